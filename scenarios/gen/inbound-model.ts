/**
 * An inbound toll-free ACD desk: calls arrive as a Poisson process whose rate follows the day's
 * shape, pass the IVR, wait in one FIFO queue for the agent idle longest, and hang up if the wait
 * outlasts their patience. The ACD call holds its port from arrival, through IVR and queue, to the
 * end of the conversation. After some calls the agent places an outbound callback.
 */
import { childSeed, createStream, sampleExponential, sampleLognormal, samplePoisson, type RandomStream } from '../../src/core/random/index.ts';
import { byStart, type Activity } from './activity.ts';
import { shapeAt, wallSec, type Day, type HourShape } from './calendar.ts';
import type { Lognormal } from './outbound-model.ts';
import { wallToUtcSec } from './zone.ts';

export interface InboundDesk {
  seed: string;
  timeZone: string;
  agents: number;
  days: readonly Day[];
  /** Expected calls offered on a day (0 when closed). */
  dailyCalls: (day: Day) => number;
  /** Arrival shape of a day by local hour; only its relative levels matter. */
  arrivals: (day: Day) => HourShape;
  /** Working blocks of an agent on a day, in local hours. */
  shifts: (day: Day, agent: number, rng: RandomStream) => (readonly [number, number])[];
  ivrSec: Lognormal;
  talkSec: Lognormal;
  callbackSec: Lognormal;
  wrapSec: number;
  patienceSec: number;
  recordShare: number;
  callbackShare: number;
}

/** All calls of the desk over its days, in start order. */
export function simulateInbound(desk: InboundDesk): Activity[] {
  const out: Activity[] = [];
  desk.days.forEach((day, dayIndex) => {
    const rng = createStream(childSeed(desk.seed, dayIndex));
    const blocks = Array.from({ length: desk.agents }, (_, agent) =>
      desk.shifts(day, agent, rng).map(([a, b]) => [toUtc(desk, day, a), toUtc(desk, day, b)] as const),
    );
    const freeAt = new Array<number>(desk.agents).fill(0);
    for (const arrival of arrivals(desk, day, rng)) serve(desk, rng, arrival, blocks, freeAt, out);
  });
  return out.sort(byStart);
}

const toUtc = (desk: InboundDesk, day: Day, hour: number) => wallToUtcSec(desk.timeZone, wallSec(day, hour));
const draw = (rng: RandomStream, d: Lognormal) => Math.max(1, Math.round(sampleLognormal(rng, d.mean, d.cv)));

/** Arrival instants of one day: a Poisson count per minute, spread uniformly over the minute. */
function arrivals(desk: InboundDesk, day: Day, rng: RandomStream): number[] {
  const total = desk.dailyCalls(day);
  if (total <= 0) return [];
  const shape = desk.arrivals(day);
  const weights: number[] = [];
  let sum = 0;
  for (let m = 0; m < 1440; m++) {
    const w = shapeAt(shape, (m + 0.5) / 60);
    weights.push(w);
    sum += w;
  }
  const times: number[] = [];
  for (let m = 0; m < 1440; m++) {
    if (weights[m] === 0) continue;
    const n = samplePoisson(rng, (total * weights[m]!) / sum);
    if (n === 0) continue;
    const minuteStart = toUtc(desk, day, m / 60);
    const inMinute = Array.from({ length: n }, () => minuteStart + Math.floor(rng() * 60)).sort((a, b) => a - b);
    times.push(...inMinute);
  }
  return times;
}

/** The first instant at or after `t` inside one of the agent's blocks, Infinity when none is left. */
function availableFrom(blocks: readonly (readonly [number, number])[], t: number): number {
  for (const [a, b] of blocks) {
    if (t < a) return a;
    if (t < b) return t;
  }
  return Infinity;
}

function serve(
  desk: InboundDesk,
  rng: RandomStream,
  arrival: number,
  blocks: readonly (readonly (readonly [number, number])[])[],
  freeAt: number[],
  out: Activity[],
) {
  const ivr = draw(rng, desk.ivrSec);
  const queued = arrival + ivr;
  let agent = -1;
  let answer = Infinity;
  for (let i = 0; i < desk.agents; i++) {
    const s = availableFrom(blocks[i]!, Math.max(queued, freeAt[i]!));
    if (s < answer || (s === answer && agent >= 0 && freeAt[i]! < freeAt[agent]!)) {
      agent = i;
      answer = s;
    }
  }
  const patience = Math.max(5, Math.round(sampleExponential(rng, desk.patienceSec)));
  if (answer - queued > patience) {
    out.push({ startSec: arrival, durationSec: ivr + patience, agent: -1, kind: 'inbound', outcome: 'abandoned', recorded: false, waitSec: ivr + patience });
    return;
  }
  const talk = draw(rng, desk.talkSec);
  const recorded = rng() < desk.recordShare;
  out.push({ startSec: arrival, durationSec: answer + talk - arrival, agent, kind: 'inbound', outcome: 'answered', recorded, waitSec: answer - arrival });
  let free = answer + talk + Math.round(sampleExponential(rng, desk.wrapSec));
  if (rng() < desk.callbackShare) {
    const durationSec = draw(rng, desk.callbackSec);
    out.push({ startSec: free, durationSec, agent, kind: 'callback', outcome: 'connected', recorded, waitSec: 0 });
    free += durationSec + Math.round(sampleExponential(rng, desk.wrapSec));
  }
  freeAt[agent] = free;
}
