/** The run was cancelled (its signal aborted, or a newer run replaced it). */
export class SimCancelledError extends Error {
  constructor(message = 'The simulation was cancelled.') {
    super(message);
    this.name = 'SimCancelledError';
  }
}

/** The run could not finish; the message is for people. */
export class SimFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SimFailedError';
  }
}

/** A lane's worker died; the pool has already dropped it and starts a fresh one on the next chunk. */
export class WorkerCrashError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerCrashError';
  }
}
