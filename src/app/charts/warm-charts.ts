/**
 * The first chart a page creates pays for compiling Chart.js's code: about 48 ms of the page's
 * thread on the Contract page, in the middle of showing a run's results. So once the app is idle
 * after it starts, a small line chart with a band and a floating-bar chart (the shapes the result
 * pages draw) are created, filled, painted and dropped out of sight, each step a task of its own
 * (chart-queue.ts). Where a page already made its charts (Ports), this costs a few ms.
 */
import { queueChartWork } from './chart-queue.ts';
import { Chart } from './chart-setup.ts';

export function warmChartsWhenIdle(): void {
  // Browsers only: a test DOM has neither idle callbacks nor a canvas to draw on.
  if (typeof requestIdleCallback !== 'function') return;
  requestIdleCallback(() => warmCharts(), { timeout: 5000 });
}

function warmCharts(): void {
  const canvas = (width: number, height: number) => Object.assign(document.createElement('canvas'), { width, height });
  const labels = Array.from({ length: 12 }, (_, i) => `M${i + 1}`);
  const ramp = (k: number) => labels.map((_, i) => k * (i + 1));
  const options = { responsive: false, plugins: { legend: { position: 'bottom' as const } } };
  let line: Chart<'line', number[], string> | null = null;
  let bars: Chart<'bar', [number, number][], string> | null = null;
  queueChartWork(() => {
    line = new Chart(canvas(480, 240), {
      type: 'line',
      data: {
        labels,
        datasets: [
          { label: 'high', data: ramp(3), fill: '+1', pointRadius: 0 },
          { label: 'low', data: ramp(1), pointRadius: 0 },
          { label: 'mean', data: ramp(2), pointRadius: 0, borderDash: [4, 3] },
        ],
      },
      options,
    });
  });
  queueChartWork(() => {
    if (!line) return;
    line.data.datasets[2]!.data = ramp(2.5);
    line.update('none');
  });
  queueChartWork(() => {
    bars = new Chart(canvas(480, 240), {
      type: 'bar',
      data: { labels: ['a', 'b'], datasets: [{ label: 'low', data: [[5, 3], [5, 4]] }, { label: 'high', data: [[5, 8], [5, 6]] }] },
      options: { ...options, indexAxis: 'y' },
    });
  });
  queueChartWork(() => {
    line?.destroy();
    bars?.destroy();
  });
}
