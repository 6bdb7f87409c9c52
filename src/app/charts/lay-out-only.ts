/**
 * A chart redraw in two steps: `layOutOnly` updates a chart with new numbers but skips painting
 * (the old picture stays on the canvas), and `chart.render()` paints it later, in another task.
 * Laying out and painting a chart with new numbers are each about half of its redraw, so apart
 * they keep each task on the page's thread short while a run streams its results in.
 */
import { Chart } from './chart-setup.ts';

/** Charts in the middle of layOutOnly: Chart.js asks before it paints, and is told no. */
const layingOut = new WeakSet<object>();

Chart.register({ id: 'layOutOnly', beforeRender: (chart: object) => !layingOut.has(chart) });

export function layOutOnly(chart: { update(mode: 'none'): void }): void {
  layingOut.add(chart);
  try {
    chart.update('none');
  } finally {
    layingOut.delete(chart);
  }
}
