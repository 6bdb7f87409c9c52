// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bandChartSeries, withAlpha } from '../../../../src/app/charts/common/band-chart-data.ts';
import { gridCells, heatColor } from '../../../../src/app/charts/common/grid-heatmap-data.ts';

describe('bandChartSeries(bands, lines)', () => {
  it('draws each band as its upper edge filled to its lower edge, then the lines; stacked areas fill to the line before', () => {
    const s = bandChartSeries(
      [{ label: 'p5–p95', color: '#0072B2', lo: [1, 2], hi: [3, 4] }],
      [
        { label: 'Records', color: '#E69F00', y: [1, 1], area: true },
        { label: 'Recordings', color: '#009E73', y: [2, NaN], area: true },
      ],
    );
    expect(s.map((x) => [x.label, x.fill, x.listed])).toEqual([
      ['p5–p95', '+1', true],
      ['p5–p95 (lower)', false, false],
      ['Records', 'origin', true],
      ['Recordings', '-1', true],
    ]);
    expect(s[3]!.data).toEqual([2, null]);
  });
  it('withAlpha turns #RRGGBB into rgba()', () => {
    expect(withAlpha('#0072B2', 0.5)).toBe('rgba(0, 114, 178, 0.5)');
  });
});

describe('gridCells(spec)', () => {
  it('places each value on the scale between lo and hi, clamps outside it, and keeps the marks', () => {
    const cells = gridCells({
      rows: ['a', 'b'],
      cols: ['x', 'y'],
      values: [0, 0.5, 2, NaN],
      text: (v) => v.toFixed(1),
      label: (r, c, v) => `${r}${c}:${v}`,
      lo: 0,
      hi: 1,
      marks: { '1,0': ['best'] },
    });
    expect(cells.map((row) => row.map((c) => c.intensity))).toEqual([[0, 0.5], [1, NaN]]);
    expect(cells[1]![1]!.text).toBe('—');
    expect(cells[1]![0]!.marks).toEqual(['best']);
    expect(heatColor(0)).toBe('rgb(255, 247, 220)');
    expect(heatColor(1)).toBe('rgb(150, 40, 20)');
    expect(heatColor(NaN)).toBe('transparent');
  });
});
