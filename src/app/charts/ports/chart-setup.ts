/**
 * Chart.js for the Ports charts: the app's shared setup plus the log scale the blocking chart
 * offers (blocking spans several powers of ten across a range of port counts).
 */
import { LogarithmicScale } from 'chart.js';
import { Chart } from '../chart-setup.ts';

Chart.register(LogarithmicScale);

export { Chart };

/** Colours of the Ports charts, from the app's Okabe–Ito palette. */
export const PORTS_COLORS = {
  simulated: '#1F4E8C',
  band: 'rgba(91, 155, 213, 0.28)',
  busyHour: '#D55E00',
  erlangB: '#3D4752',
  target: '#009E73',
  bar: '#5B9BD5',
  barOver: '#E69F00',
  fitted: '#D55E00',
} as const;
