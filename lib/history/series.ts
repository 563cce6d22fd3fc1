import type { MarketPoint } from './market-point';

export interface SeriesPoint {
  t: number;
  value: number;
}

/** One figure's values from `from` on, skipping points that lack it: what a chart draws. */
export function seriesOf(
  points: readonly MarketPoint[],
  read: (point: MarketPoint) => number | undefined,
  from: number,
): SeriesPoint[] {
  const series: SeriesPoint[] = [];
  for (const point of points) {
    if (point.t < from) continue;
    const value = read(point);
    if (value !== undefined) series.push({ t: point.t, value });
  }
  return series;
}
