// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { Chart } from '../../../../src/app/charts/chart-setup.ts';
import { layOutOnly } from '../../../../src/app/charts/lay-out-only.ts';

describe('layOutOnly(chart)', () => {
  const plugin = Chart.registry.getPlugin('layOutOnly') as unknown as { beforeRender: (chart: object) => boolean };

  it('updates the chart while Chart.js is told not to paint it, and lets it paint again afterwards', () => {
    const painting: boolean[] = [];
    const chart = { update: (mode: string) => painting.push(mode === 'none' && plugin.beforeRender(chart)) };
    expect(plugin.beforeRender(chart)).toBe(true);
    layOutOnly(chart);
    expect(painting).toEqual([false]);
    expect(plugin.beforeRender(chart)).toBe(true);
  });

  it('lets the chart paint again even when its update throws', () => {
    const chart = {
      update: () => {
        throw new Error('bad data');
      },
    };
    expect(() => layOutOnly(chart)).toThrow('bad data');
    expect(plugin.beforeRender(chart)).toBe(true);
  });
});
