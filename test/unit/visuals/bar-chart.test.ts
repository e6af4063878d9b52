import { describe, expect, it } from 'vitest';
import {
  barChartShape,
  binByMonth,
  binByYear,
  binLabel,
  timelineBins,
  valueTicks,
} from '../../../src/lib/visuals/bar-chart.ts';

describe('timeline bins', () => {
  it('counts every month between the first and the last, zeros included', () => {
    expect(binByMonth(['2024-11-30', '2025-01-02', '2025-01-31'])).toEqual([
      { key: '2024-11', count: 1 },
      { key: '2024-12', count: 0 },
      { key: '2025-01', count: 2 },
    ]);
  });

  it('counts every year between the first and the last', () => {
    expect(binByYear(['2013-05-01', '2010-01-01', '2013-12-31'])).toEqual([
      { key: '2010', count: 1 },
      { key: '2011', count: 0 },
      { key: '2012', count: 0 },
      { key: '2013', count: 2 },
    ]);
  });

  it('bins by month under two years, by year from two years', () => {
    expect(timelineBins(['2024-01-01', '2025-11-30']).unit).toBe('month');
    expect(timelineBins(['2024-01-01', '2025-12-01']).unit).toBe('year');
    expect(timelineBins([])).toEqual({ unit: 'month', bins: [] });
  });

  it('labels bins the Vietnamese way', () => {
    expect(binLabel('2021')).toBe('2021');
    expect(binLabel('2021-06')).toBe('6/2021');
  });
});

describe('bar chart geometry', () => {
  it('rounds the value axis up to whole-number ticks', () => {
    expect(valueTicks(0)).toEqual({ top: 1, ticks: [0, 1] });
    expect(valueTicks(3)).toEqual({ top: 3, ticks: [0, 1, 2, 3] });
    expect(valueTicks(7)).toEqual({ top: 8, ticks: [0, 2, 4, 6, 8] });
    expect(valueTicks(37).ticks.at(-1)).toBeGreaterThanOrEqual(37);
  });

  it('draws bars proportional to their counts, on the baseline, inside the plot', () => {
    const shape = barChartShape([
      { key: '2020', count: 2 },
      { key: '2021', count: 0 },
      { key: '2022', count: 4 },
    ]);
    const base = shape.plot.y + shape.plot.height;
    for (const bar of shape.bars) {
      expect(bar.y + bar.height).toBeCloseTo(base);
      expect(bar.x).toBeGreaterThanOrEqual(shape.plot.x);
      expect(bar.x + bar.width).toBeLessThanOrEqual(shape.plot.x + shape.plot.width + 1e-9);
    }
    expect(shape.bars[2]!.height).toBeCloseTo(2 * shape.bars[0]!.height);
    expect(shape.bars[1]!.height).toBe(0);
    expect(shape.xLabels.map((l) => l.text)).toEqual(['2020', '2021', '2022']);
  });

  it('labels January of some years on long monthly timelines', () => {
    const days = Array.from({ length: 10 }, (_, i) => `${2010 + i}-03-01`);
    const shape = barChartShape(binByMonth(days));
    expect(shape.bars.length).toBeGreaterThan(100);
    expect(shape.xLabels.length).toBeLessThanOrEqual(6);
    for (const label of shape.xLabels) expect(label.text).toMatch(/^20\d\d$/);
  });
});
