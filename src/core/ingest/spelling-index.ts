import { copyString } from './copy-string.ts';

/** Up to this many spellings the index probes its own table; past it, a Map takes over. */
const TABLE_LIMIT = 512;
const SLOTS = 2048;
/** Longest probe run; a spelling that would need more goes to the Map, so a look-up stays short. */
const MAX_PROBE = 16;

/**
 * A cheap hash of a cell: its length and four of its characters, read inline. Cells are fresh
 * strings every row, and a Map hashes every character of each (measured 70–110 ns a look-up
 * against 30–60 ns here); four characters tell apart the spellings of an activity, direction or
 * agent column well enough, and a full comparison confirms every hit.
 */
function sampleHash(text: string): number {
  const n = text.length;
  if (n === 0) return 0;
  let h = Math.imul(n, 0x9e3779b1);
  h = Math.imul(h ^ text.charCodeAt(0), 0x85ebca6b);
  h = Math.imul(h ^ text.charCodeAt(n - 1), 0xc2b2ae35);
  h = Math.imul(h ^ text.charCodeAt(n >> 1), 0x27d4eb2f);
  h = Math.imul(h ^ text.charCodeAt(n > 2 ? n - 2 : 0), 0x165667b1);
  return h ^ (h >>> 15);
}

/**
 * Cell text → small non-negative code, for the builder's per-row look-ups (activity label,
 * direction, recorded flag, user). The first 512 spellings live in an open-addressing table probed
 * by `sampleHash` and confirmed with `===`; later ones, and any that would need a long probe, go to
 * a Map, so a column with millions of distinct values still costs about one Map look-up per row.
 * Keys are copied (`copyString`): the index never keeps a parser chunk alive.
 * Example: const ix = new SpellingIndex(); ix.set('Inbound', 1); ix.get('Inbound') === 1; ix.get('x') === -1.
 */
export class SpellingIndex {
  private readonly slots = new Int32Array(SLOTS).fill(-1);
  private readonly keys: string[] = [];
  private readonly codes: number[] = [];
  private readonly overflow = new Map<string, number>();

  /** Spellings stored. */
  get size(): number {
    return this.keys.length + this.overflow.size;
  }

  /** The code stored for `text`, or -1. */
  get(text: string): number {
    const mask = SLOTS - 1;
    let slot = sampleHash(text) & mask;
    for (let probe = 0; probe < MAX_PROBE; probe++, slot = (slot + 1) & mask) {
      const k = this.slots[slot];
      if (k < 0) break;
      if (this.keys[k] === text) return this.codes[k];
    }
    if (this.overflow.size === 0) return -1;
    const code = this.overflow.get(text);
    return code === undefined ? -1 : code;
  }

  /** Stores `code` for `text` (a copy of it); `text` must not be stored yet. */
  set(text: string, code: number): void {
    const key = copyString(text);
    const mask = SLOTS - 1;
    let slot = sampleHash(key) & mask;
    let probe = 0;
    while (this.slots[slot] >= 0 && probe < MAX_PROBE) {
      slot = (slot + 1) & mask;
      probe++;
    }
    if (this.keys.length >= TABLE_LIMIT || probe === MAX_PROBE) {
      this.overflow.set(key, code);
      return;
    }
    this.slots[slot] = this.keys.length;
    this.keys.push(key);
    this.codes.push(code);
  }
}
