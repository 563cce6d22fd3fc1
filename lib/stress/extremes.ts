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
 * The majors' prices at a point in MAJOR_ASSETS order, read by name: looking each one up by a
 * variable key costs V8 about twenty times as much, and this runs over a week of five-minute
 * points at every poll. The unit test checks the order against MAJOR_ASSETS.
 */
export function majorPrices({ BTC, ETH, SOL, XRP, BNB }: MarketPoint['close']): Array<number | undefined> {
  return [BTC, ETH, SOL, XRP, BNB];
}

/**
 * The days with each major's 24 h high and low, taken from `points` (the five-minute history,
 * ordered by time) in the 24 h ending at each day, together with the day's own close and the
 * close before it. Five-minute closes miss the wicks between them, so live extremes can read a
 * little inside the candles' the backtest uses. An asset priced in fewer than COVERED_HOURS of
 * the hours gets no extremes that day: older than the five-minute history, or the browser was off.
 */
export function withExtremes(days: readonly MarketPoint[], points: readonly MarketPoint[]): StressDay[] {
  const earliest = points[0]?.t ?? Number.POSITIVE_INFINITY;
  const count = MAJOR_ASSETS.length;
  return days.map((day, i) => {
    // A window that ends before the first point cannot be covered: skip the scan.
    if (day.t < earliest) return day;
    const start = day.t - DAY;
    const highest = new Float64Array(count).fill(Number.NEGATIVE_INFINITY);
    const lowest = new Float64Array(count).fill(Number.POSITIVE_INFINITY);
    const hours = new Float64Array(count);
    const lastHour = new Float64Array(count).fill(-1);
    for (let k = firstAfter(points, start); k < points.length; k++) {
      const point = points[k] as MarketPoint;
      if (point.t > day.t) break;
      // Points are in time order, so each new hour shows as a change of hour.
      const hour = Math.floor((point.t - start - 1) / HOUR);
      majorPrices(point.close).forEach((price, a) => {
        if (price === undefined) return;
        highest[a] = Math.max(highest[a] as number, price);
        lowest[a] = Math.min(lowest[a] as number, price);
        if (hour !== lastHour[a]) {
          hours[a] = (hours[a] as number) + 1;
          lastHour[a] = hour;
        }
      });
    }
    const high: StressDay['high'] = {};
    const low: StressDay['low'] = {};
    MAJOR_ASSETS.forEach((asset, a) => {
      const open = days[i - 1]?.close[asset];
      const close = day.close[asset];
      if ((hours[a] as number) < COVERED_HOURS || open === undefined || close === undefined) return;
      high[asset] = Math.max(highest[a] as number, open, close);
      low[asset] = Math.min(lowest[a] as number, open, close);
    });
    return Object.keys(high).length > 0 ? { ...day, high, low } : day;
  });
}
