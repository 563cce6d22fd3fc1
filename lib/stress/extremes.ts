import { MAJOR_ASSETS } from '../assets';
import type { MarketPoint } from '../history/market-point';
import { DAY, HOUR } from '../time';
import type { StressDay } from './day';

/** A day's extremes need prices in at least this many of its 24 hours, or they could miss the move. */
export const COVERED_HOURS = 20;

/** Index of the first point after `t` in a series ordered by time. */
function firstAfter(points: readonly MarketPoint[], t: number): number {
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((points[mid] as MarketPoint).t <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The days with each major's 24 h high and low, taken from `points` (the five-minute history,
 * ordered by time) in the 24 h ending at each day, together with the day's own close and the
 * close before it. Five-minute closes miss the wicks between them, so live extremes can read a
 * little inside the candles' the backtest uses. An asset priced in fewer than COVERED_HOURS of
 * the hours gets no extremes that day: older than the five-minute history, or the browser was off.
 */
export function withExtremes(days: readonly MarketPoint[], points: readonly MarketPoint[]): StressDay[] {
  return days.map((day, i) => {
    const start = day.t - DAY;
    const from = firstAfter(points, start);
    const high: StressDay['high'] = {};
    const low: StressDay['low'] = {};
    for (const asset of MAJOR_ASSETS) {
      const hours = new Set<number>();
      const prices: number[] = [];
      for (let k = from; k < points.length && (points[k] as MarketPoint).t <= day.t; k++) {
        const point = points[k] as MarketPoint;
        const price = point.close[asset];
        if (price === undefined) continue;
        prices.push(price);
        hours.add(Math.floor((point.t - start - 1) / HOUR));
      }
      const open = days[i - 1]?.close[asset];
      const close = day.close[asset];
      if (hours.size < COVERED_HOURS || open === undefined || close === undefined) continue;
      prices.push(open, close);
      high[asset] = Math.max(...prices);
      low[asset] = Math.min(...prices);
    }
    return Object.keys(high).length > 0 ? { ...day, high, low } : day;
  });
}
