/**
 * An outbound sales team, agent by agent: each agent works a shift (arriving 7:50–9:00, a staggered
 * lunch, leaving from 4:30 pm with a few staying late), dials between bouts of CRM work, leaves a
 * voice drop on some voicemails (the drop plays on a port while the agent dials on), and takes the
 * odd press-1 connect from a prospect answering an automated message.
 */
import { childSeed, createStream, sampleExponential, sampleLognormal, type RandomStream } from '../../src/core/random/index.ts';
import { byStart, type Activity } from './activity.ts';
import { FRIDAY, SATURDAY, SUNDAY, shapeAt, wallSec, type Day, type HourShape } from './calendar.ts';
import { offsetSec, wallToUtcSec } from './zone.ts';

export interface Lognormal {
  mean: number;
  cv: number;
}

export interface OutboundTeam {
  seed: string;
  timeZone: string;
  agents: number;
  days: readonly Day[];
  /** Share of dial attempts answered by a person / reaching voicemail (the rest ring out). */
  connectRate: number;
  voicemailRate: number;
  /** Share of voicemails on which the agent leaves a voice drop. */
  dropRate: number;
  /** Share of agent actions that are press-1 connects rather than dials. */
  press1Share: number;
  /** Share of conversations (connected dials, press-1 connects) that are recorded. */
  recordShare: number;
  talkSec: Lognormal;
  press1Sec: Lognormal;
  ringSec: Lognormal;
  voicemailSec: Lognormal;
  dropSec: Lognormal;
  /** Mean seconds of after-call work following a conversation. */
  wrapSec: number;
  /** Mean seconds of CRM work between attempts at intensity 1. */
  idleSec: number;
  /** Dialing intensity by local hour (1 = normal pace). */
  intensity: HourShape;
  /** Probability an agent works on a weekday, a Saturday, a Sunday. */
  presence: readonly [number, number, number];
}

type Block = readonly [number, number];

/** Working blocks of one agent on one day, in local hours. */
function shift(team: OutboundTeam, day: Day, rng: RandomStream): Block[] {
  const [weekday, saturday, sunday] = team.presence;
  if (day.weekday === SATURDAY || day.weekday === SUNDAY) {
    if (rng() >= (day.weekday === SATURDAY ? saturday : sunday)) return [];
    const start = 9 + rng() * 1.5;
    return [[start, start + 2.5 + rng() * 2]];
  }
  if (rng() >= weekday) return [];
  const start = 7 + 50 / 60 + rng() * (70 / 60);
  const lunch = 11.75 + rng() * 1.75;
  const lunchEnd = lunch + 0.5 + rng() * 0.5;
  let end = 16.5 + rng() * 1.25 + (rng() < 0.2 ? rng() * 1.5 : 0);
  if (day.weekday === FRIDAY) end -= 0.5;
  return [[start, lunch], [lunchEnd, end]];
}

const draw = (rng: RandomStream, d: Lognormal) => Math.max(1, Math.round(sampleLognormal(rng, d.mean, d.cv)));

/** All activities of the team over its days, in start order. */
export function simulateOutbound(team: OutboundTeam): Activity[] {
  const out: Activity[] = [];
  for (let agent = 0; agent < team.agents; agent++) {
    const rng = createStream(childSeed(team.seed, agent));
    for (const day of team.days) {
      for (const [fromH, toH] of shift(team, day, rng)) {
        const from = wallToUtcSec(team.timeZone, wallSec(day, fromH));
        const to = wallToUtcSec(team.timeZone, wallSec(day, toH));
        work(team, agent, rng, from, to, out);
      }
    }
  }
  return out.sort(byStart);
}

function work(team: OutboundTeam, agent: number, rng: RandomStream, from: number, to: number, out: Activity[]) {
  const push = (a: Omit<Activity, 'agent' | 'waitSec'>) => out.push({ ...a, agent, waitSec: 0 });
  let t = from;
  for (;;) {
    const hour = (((t + offsetSec(team.timeZone, t)) % 86_400) + 86_400) % 86_400 / 3600;
    t += Math.round(sampleExponential(rng, team.idleSec / Math.max(0.2, shapeAt(team.intensity, hour))));
    if (t >= to) return;
    if (rng() < team.press1Share) {
      const durationSec = draw(rng, team.press1Sec);
      push({ startSec: t, durationSec, kind: 'press1', outcome: 'connected', recorded: rng() < team.recordShare });
      t += durationSec + Math.round(sampleExponential(rng, team.wrapSec));
      continue;
    }
    const u = rng();
    if (u < team.connectRate) {
      const durationSec = draw(rng, team.talkSec);
      push({ startSec: t, durationSec, kind: 'dial', outcome: 'connected', recorded: rng() < team.recordShare });
      t += durationSec + Math.round(sampleExponential(rng, team.wrapSec));
    } else if (u < team.connectRate + team.voicemailRate) {
      const durationSec = draw(rng, team.voicemailSec);
      push({ startSec: t, durationSec, kind: 'dial', outcome: 'voicemail', recorded: false });
      t += durationSec;
      // The drop starts as the greeting ends and plays on its own port; the agent moves on.
      if (rng() < team.dropRate) {
        push({ startSec: t, durationSec: draw(rng, team.dropSec), kind: 'voice_drop', outcome: 'voicemail', recorded: false });
      }
      t += 2 + Math.round(rng() * 6);
    } else {
      const durationSec = draw(rng, team.ringSec);
      push({ startSec: t, durationSec, kind: 'dial', outcome: 'no-answer', recorded: false });
      t += durationSec + 2 + Math.round(rng() * 6);
    }
  }
}
