/**
 * One run at a time for a pool: starting a run aborts the one before it, and the caller's own
 * signal aborts the run it started. Both pools (browser workers, worker_threads) use it.
 */
export class LatestRun {
  #current: AbortController | null = null;

  /** The signal the new run obeys, and `release` to call once it has settled. */
  begin(signal?: AbortSignal): { signal: AbortSignal; release: () => void } {
    this.#current?.abort();
    const controller = new AbortController();
    this.#current = controller;
    const forward = () => controller.abort();
    if (signal?.aborted) controller.abort();
    else signal?.addEventListener('abort', forward, { once: true });
    return {
      signal: controller.signal,
      release: () => {
        signal?.removeEventListener('abort', forward);
        if (this.#current === controller) this.#current = null;
      },
    };
  }

  /** Aborts the run in progress, if any. */
  abort(): void {
    this.#current?.abort();
    this.#current = null;
  }
}
