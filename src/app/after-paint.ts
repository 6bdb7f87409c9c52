/**
 * Runs `fn` once the browser has laid out and painted what the current task changed: a frame,
 * then a task of its own. Work that measures the page (Chart.js sizing a canvas, scrolling a row
 * into view) then reads a layout already done, instead of forcing the whole new DOM's layout in
 * the task that inserted it (over 100 ms when a million-call data set arrives).
 * Returns a cancel function, for an $effect's teardown.
 */
export function afterPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
