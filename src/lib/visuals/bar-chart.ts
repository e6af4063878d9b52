/**
 * Timelines as bar charts: counts of dated items binned by year, or by month when they span less than
 * two years, and the geometry of the chart (bars, value axis with whole-number ticks, time labels).
 * Dates are Vietnam calendar days `YYYY-MM-DD`; the drawing is src/components/BarChart.astro.
 */

export interface Bin {
  /** `YYYY` or `YYYY-MM`. */
  key: string;
  count: number;
}

export type BinUnit = 'year' | 'month';

function monthIndex(ym: string): number {
  return Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
}

function monthKey(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from the first to the last date's, zeros included. */
export function binByMonth(days: readonly string[]): Bin[] {
  if (days.length === 0) return [];
  const counts = new Map<number, number>();
  for (const day of days) counts.set(monthIndex(day), (counts.get(monthIndex(day)) ?? 0) + 1);
  const first = Math.min(...counts.keys());
  const last = Math.max(...counts.keys());
  return Array.from({ length: last - first + 1 }, (_, i) => ({
    key: monthKey(first + i),
    count: counts.get(first + i) ?? 0,
  }));
}

/** Every year from the first to the last date's, zeros included. */
export function binByYear(days: readonly string[]): Bin[] {
  if (days.length === 0) return [];
  const counts = new Map<number, number>();
  for (const day of days) counts.set(Number(day.slice(0, 4)), (counts.get(Number(day.slice(0, 4))) ?? 0) + 1);
  const first = Math.min(...counts.keys());
  const last = Math.max(...counts.keys());
  return Array.from({ length: last - first + 1 }, (_, i) => ({
    key: String(first + i),
    count: counts.get(first + i) ?? 0,
  }));
}

/** By month when the dates span less than two years (fewer than 24 months), else by year. */
export function timelineBins(days: readonly string[]): { unit: BinUnit; bins: Bin[] } {
  const months = binByMonth(days);
  return months.length < 24 ? { unit: 'month', bins: months } : { unit: 'year', bins: binByYear(days) };
}

/** Vietnamese label of a bin: `2021`, `6/2021`. */
export function binLabel(key: string): string {
  return key.length === 4 ? key : `${Number(key.slice(5, 7))}/${key.slice(0, 4)}`;
}

/** A round top for the value axis and its whole-number ticks (at most `maxTicks` + 1 of them, 0 included). */
export function valueTicks(max: number, maxTicks = 4): { top: number; ticks: number[] } {
  const target = Math.max(1, max);
  let step = 1;
  for (const base of [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000]) {
    step = base;
    if (Math.ceil(target / base) <= maxTicks) break;
  }
  const top = Math.ceil(target / step) * step;
  return { top, ticks: Array.from({ length: top / step + 1 }, (_, i) => i * step) };
}

export interface ChartBox {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export interface BarShape {
  key: string;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BarChartShape {
  width: number;
  height: number;
  /** The plot area. */
  plot: { x: number; y: number; width: number; height: number };
  bars: BarShape[];
  yTicks: Array<{ value: number; y: number }>;
  xLabels: Array<{ key: string; text: string; x: number }>;
}

export const DEFAULT_BOX: ChartBox = { width: 480, height: 210, margin: { top: 26, right: 10, bottom: 46, left: 36 } };

/**
 * Bars side by side across the plot, heights on the value axis. Time labels: every bin when few, else
 * evenly thinned (monthly bins over many years: January of some years, labelled by the year).
 */
export function barChartShape(bins: readonly Bin[], box: ChartBox = DEFAULT_BOX, maxLabels = 6): BarChartShape {
  const { margin } = box;
  const plot = {
    x: margin.left,
    y: margin.top,
    width: box.width - margin.left - margin.right,
    height: box.height - margin.top - margin.bottom,
  };
  const { top, ticks } = valueTicks(Math.max(0, ...bins.map((b) => b.count)));
  const slot = bins.length === 0 ? 0 : plot.width / bins.length;
  const gap = slot > 6 ? Math.min(slot * 0.2, 8) : 0;
  const scaleY = (v: number) => plot.y + plot.height - (v / top) * plot.height;
  const bars = bins.map((b, i) => {
    const y = scaleY(b.count);
    // A lone bar stays a bar, not a slab: at most 40 units wide, centred in its slot.
    const width = Math.min(slot - gap, 40);
    return {
      key: b.key,
      count: b.count,
      x: plot.x + i * slot + (slot - width) / 2,
      y,
      width,
      height: plot.y + plot.height - y,
    };
  });
  const manyMonths = bins.length > 24 && bins[0]?.key.length === 7;
  let labelled = bins.map((b, i) => ({ b, i }));
  if (manyMonths) labelled = labelled.filter(({ b }) => b.key.endsWith('-01'));
  const every = Math.max(1, Math.ceil(labelled.length / maxLabels));
  const xLabels = labelled
    .filter((_, n) => n % every === 0)
    .map(({ b, i }) => ({
      key: b.key,
      text: manyMonths ? b.key.slice(0, 4) : binLabel(b.key),
      x: plot.x + i * slot + slot / 2,
    }));
  return {
    width: box.width,
    height: box.height,
    plot,
    bars,
    yTicks: ticks.map((value) => ({ value, y: scaleY(value) })),
    xLabels,
  };
}
