import type { CallTable } from './types.ts';

const INITIAL_CAPACITY = 1024;

/**
 * The typed arrays behind a CallTable while it is being filled: grown by doubling, trimmed to the
 * record count by `toTable`. Fields are public so the builder's hot path writes them directly.
 * Example: const c = new CallColumns(); const i = c.claim(); c.startMs[i] = 0; c.toTable([''], ['']).count === 1.
 */
export class CallColumns {
  count = 0;
  capacity = 0;
  startMs = new Float64Array(0);
  durationSec = new Float32Array(0);
  kind = new Uint8Array(0);
  typeLabel = new Uint16Array(0);
  direction = new Uint8Array(0);
  user = new Uint32Array(0);
  recorded = new Uint8Array(0);
  recordingBytes = new Float32Array(0);
  costCents = new Float32Array(0);
  billableMin = new Float32Array(0);
  line = new Uint32Array(0);

  constructor(capacity = INITIAL_CAPACITY) {
    this.resize(capacity);
  }

  /** Index of a new record at the end (every column must then be written at it). */
  claim(): number {
    if (this.count === this.capacity) this.resize(this.capacity * 2);
    return this.count++;
  }

  /** The records as a CallTable with arrays of exactly `count` (copies); the builder's arrays are let go. */
  toTable(typeLabels: string[], users: string[]): CallTable {
    const n = this.count;
    const table: CallTable = {
      count: n,
      startMs: this.startMs.slice(0, n),
      durationSec: this.durationSec.slice(0, n),
      kind: this.kind.slice(0, n),
      typeLabel: this.typeLabel.slice(0, n),
      typeLabels,
      direction: this.direction.slice(0, n),
      user: this.user.slice(0, n),
      users,
      recorded: this.recorded.slice(0, n),
      recordingBytes: this.recordingBytes.slice(0, n),
      costCents: this.costCents.slice(0, n),
      billableMin: this.billableMin.slice(0, n),
      line: this.line.slice(0, n),
    };
    this.count = 0;
    this.resize(0);
    return table;
  }

  private resize(capacity: number): void {
    const keep = Math.min(this.count, capacity);
    const moved = <T extends Float64Array | Float32Array | Uint8Array | Uint16Array | Uint32Array>(old: T, next: T): T => {
      next.set(old.subarray(0, keep));
      return next;
    };
    this.startMs = moved(this.startMs, new Float64Array(capacity));
    this.durationSec = moved(this.durationSec, new Float32Array(capacity));
    this.kind = moved(this.kind, new Uint8Array(capacity));
    this.typeLabel = moved(this.typeLabel, new Uint16Array(capacity));
    this.direction = moved(this.direction, new Uint8Array(capacity));
    this.user = moved(this.user, new Uint32Array(capacity));
    this.recorded = moved(this.recorded, new Uint8Array(capacity));
    this.recordingBytes = moved(this.recordingBytes, new Float32Array(capacity));
    this.costCents = moved(this.costCents, new Float32Array(capacity));
    this.billableMin = moved(this.billableMin, new Float32Array(capacity));
    this.line = moved(this.line, new Uint32Array(capacity));
    this.capacity = capacity;
  }
}
