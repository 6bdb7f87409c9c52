/**
 * The check of a scenario's shared traffic model (valibot), worded like the rest of the scenario
 * file: "$.trafficModel.streams[0].ratePerHour: expected 168 rates (one per hour of the week), got 167".
 * Anything the simulator would refuse (a negative rate, a rate list of the wrong length, quantiles
 * out of order) is refused here, so an opened scenario never fails later on the Ports page.
 */
import * as v from 'valibot';
import { isValidTimeZone } from '../ingest/time/zone-offset.ts';
import { ACTIVITY_KINDS } from '../ingest/types.ts';
import { got, numberIn, object, oneOf, show, text } from '../scenario/schema-parts.ts';
import type { SharedHolding, SharedTrafficModel } from './shared-traffic-model.ts';

/** Longer than any real call: a week. */
const MAX_HOLDING_SEC = 7 * 86_400;
const MAX_RATE_PER_HOUR = 1e7;
const MAX_QUANTILES = 1001;

const timeZone = v.pipe(text('an IANA time zone such as "America/Chicago"'), v.check(isValidTimeZone, got('an IANA time zone such as "America/Chicago"')));

const rates = v.pipe(
  v.array(numberIn(0, MAX_RATE_PER_HOUR), got('a list of 168 arrival rates (calls per hour)')),
  v.length(168, (i) => `expected 168 rates (one per hour of the week, Monday 00:00 first), got ${(i.input as unknown[]).length}`),
);

const quantiles = v.pipe(
  v.array(numberIn(0, MAX_HOLDING_SEC), got('a list of holding-time quantiles in seconds')),
  v.minLength(2, (i) => `expected at least 2 quantiles (the shortest and the longest), got ${(i.input as unknown[]).length}`),
  v.maxLength(MAX_QUANTILES, (i) => `expected at most ${MAX_QUANTILES} quantiles, got ${(i.input as unknown[]).length}`),
  v.check(
    (q) => q.every((x, k) => k === 0 || x >= q[k - 1]!),
    (i) => {
      const q = i.input as number[];
      const k = q.findIndex((x, j) => j > 0 && x < q[j - 1]!);
      return `expected quantiles that never decrease, got ${show(q[k])} after ${show(q[k - 1])} at [${k}]`;
    },
  ),
);

const HOLDING_KINDS = ['exponential', 'lognormal', 'constant', 'empirical'] as const;

const holding = v.pipe(
  object(
    {
      kind: oneOf(HOLDING_KINDS),
      meanSec: numberIn(0, MAX_HOLDING_SEC),
      cv: v.optional(numberIn(0, 100)),
      quantilesSec: v.optional(quantiles),
    },
    'a holding model { kind, meanSec, … }',
  ),
  v.check((h) => h.kind !== 'lognormal' || h.cv !== undefined, 'a lognormal holding model needs "cv" (its coefficient of variation)'),
  v.check((h) => h.kind !== 'empirical' || h.quantilesSec !== undefined, 'an empirical holding model needs "quantilesSec"'),
  v.transform((h): SharedHolding => {
    if (h.kind === 'lognormal') return { kind: 'lognormal', meanSec: h.meanSec, cv: h.cv! };
    if (h.kind === 'empirical') return { kind: 'empirical', meanSec: h.meanSec, quantilesSec: h.quantilesSec! };
    return { kind: h.kind, meanSec: h.meanSec };
  }),
);

const stream = object({ kind: oneOf(ACTIVITY_KINDS), ratePerHour: rates, holding }, 'a stream { kind, ratePerHour, holding }');

/** A SharedTrafficModel, checked field by field; each activity kind at most once. */
export const sharedTrafficModelSchema: v.GenericSchema<unknown, SharedTrafficModel> = object(
  {
    timeZone,
    source: v.pipe(text('a description of the data'), v.maxLength(500, (i) => `expected at most 500 characters, got ${(i.input as string).length}`)),
    dataEndMs: v.pipe(v.number(got('a time in UTC milliseconds')), v.check((x) => Number.isFinite(x), got('a time in UTC milliseconds'))),
    streams: v.pipe(
      v.array(stream, got('a list of streams')),
      v.maxLength(ACTIVITY_KINDS.length, (i) => `expected at most ${ACTIVITY_KINDS.length} streams (one per activity kind), got ${(i.input as unknown[]).length}`),
      v.check(
        (s) => new Set(s.map((x) => x.kind)).size === s.length,
        'expected each activity kind at most once',
      ),
    ),
  },
  'a traffic model { timeZone, source, dataEndMs, streams }',
);

/** A stored copy of a shared model when it is still a valid one, else null (a copy is never trusted blindly). */
export function readSharedTrafficModel(value: unknown): SharedTrafficModel | null {
  const result = v.safeParse(sharedTrafficModelSchema, value);
  return result.success ? result.output : null;
}
