/**
 * Chart work (creating a chart, redrawing it with new numbers) waits its turn here: one piece a
 * task, each after the frame that shows the piece before. A page that receives a run's results
 * then creates and draws its charts one by one instead of all in one task, which on a simulation
 * page took 160 ms (the page must never stall for 50 ms).
 */

type Job = () => void;

const queue: Job[] = [];
let scheduled = false;

/**
 * Runs `job` in a task of its own once the jobs queued before it have run, each after a frame.
 * Returns a function that takes the job off the queue if it has not run yet.
 */
export function queueChartWork(job: Job): () => void {
  queue.push(job);
  schedule();
  return () => {
    const at = queue.indexOf(job);
    if (at >= 0) queue.splice(at, 1);
  };
}

function schedule(): void {
  if (scheduled || queue.length === 0) return;
  scheduled = true;
  afterNextFrame(() => {
    scheduled = false;
    const job = queue.shift();
    try {
      job?.();
    } finally {
      schedule();
    }
  });
}

/**
 * Runs `run` in a task after the next frame: a timer set from requestAnimationFrame runs after
 * that frame's style, layout and paint, so the work and the frame are two tasks. Where frames are
 * not drawn (a test DOM), a timer stands in. Returns a function that cancels it.
 */
export function afterNextFrame(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(run, 16);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => (timer = setTimeout(run, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
