import { DAY, HOUR } from '../time';
import type { MarketPoint } from './market-point';

/** How far a stored point may sit from the moment it stands for. */
const TOLERANCE = HOUR;

/**
 * The days the stress score compares, from hourly history: `now` last, then the points nearest
 * to 24 h, 48 h, … before it, as far back as history goes. A day history has no point for is
 * an empty point, so day k is always k × 24 h back and a gap reads as missing data.
 */
export function dailySeries(hourly: readonly MarketPoint[], now: MarketPoint): MarketPoint[] {
  const oldest = hourly[0]?.t;
  const days: MarketPoint[] = [now];
  if (oldest === undefined) return days;
  for (let t = now.t - DAY; t >= oldest - TOLERANCE; t -= DAY) {
    const point = nearest(hourly, t);
    days.push(point && Math.abs(point.t - t) <= TOLERANCE ? point : { t, close: {} });
  }
  return days.reverse();
}

/** The point nearest `t` in a series ordered by time (binary search). */
export function nearest(series: readonly MarketPoint[], t: number): MarketPoint | undefined {
  let lo = 0;
  let hi = series.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((series[mid] as MarketPoint).t < t) lo = mid + 1;
    else hi = mid;
  }
  const after = series[lo];
  const before = series[lo - 1];
  if (!before) return after;
  if (!after) return before;
  return t - before.t <= after.t - t ? before : after;
}
