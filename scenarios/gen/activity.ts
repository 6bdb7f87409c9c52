/** What the traffic models produce, before an export writes it in its own format. */

export type GenKind = 'dial' | 'voice_drop' | 'press1' | 'inbound' | 'callback';
export type Outcome = 'connected' | 'voicemail' | 'no-answer' | 'answered' | 'abandoned';

export interface Activity {
  /** UTC epoch seconds. */
  startSec: number;
  durationSec: number;
  /** Index into the team's agents, -1 when no agent took the call (abandoned in queue). */
  agent: number;
  kind: GenKind;
  outcome: Outcome;
  recorded: boolean;
  /** Seconds spent in the IVR and queue before an agent answered (inbound only). */
  waitSec: number;
}

/** Start order, then agent, so every run sorts the same way. */
export function byStart(a: Activity, b: Activity): number {
  return a.startSec - b.startSec || a.agent - b.agent || a.durationSec - b.durationSec;
}

/** Draws a uniform element of a list. */
export function pick<T>(rng: () => number, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}
