/** Small Ports tornado inputs, built by factories over the simulation tests' models. */
import type { PortsSensitivityInput } from '../../../../src/app/sensitivity/ports-sensitivity.ts';
import type { TrafficModel, WhatIf } from '../../../../src/core/ports/types.ts';
import { DAY_MS, MONDAY, officeModel, options, whatIf } from '../../ports/simulate-fixtures.ts';

/** Office-hours traffic (10 E in the busy hour) over four weeks from a Monday, ports 10..26, a 1 % busy-hour target. */
export function portsInput(patch: { model?: TrafficModel; whatIf?: Partial<WhatIf>; rangeIsDefault?: boolean } = {}): PortsSensitivityInput {
  return {
    model: patch.model ?? officeModel(),
    opts: options({ portsLo: 10, portsHi: 26, endMs: MONDAY + 28 * DAY_MS, whatIf: whatIf(patch.whatIf), seed: 'tornado' }),
    target: { busyHourBlocking: 0.01 },
    rangeIsDefault: patch.rangeIsDefault ?? false,
  };
}

/**
 * A model as a data set gives it: resampled observed days, a voice-drop stream with observed
 * holding times and a press-1 stream with a fitted lognormal.
 */
export function dataModel(): TrafficModel {
  return {
    timeZone: 'UTC',
    streams: [
      { kind: 'voice_drop', ratePerHour: new Float64Array(168).fill(30), holding: { kind: 'empirical', samplesSec: Float64Array.of(20, 40, 60), meanSec: 40 } },
      { kind: 'press1', ratePerHour: new Float64Array(168).fill(10), holding: { kind: 'lognormal', meanSec: 200, cv: 1 } },
    ],
    arrivals: 'days',
    days: {
      weekday: Uint8Array.of(0),
      dayStart: Uint32Array.of(0, 2),
      offsetSec: Float64Array.of(36_000, 36_100),
      durationSec: Float64Array.of(30, 90),
      kind: Uint8Array.of(1, 4),
    },
    source: 'test data',
  };
}
