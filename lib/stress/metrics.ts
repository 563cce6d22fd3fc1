import { type AssetId, MAJOR_ASSETS } from '../assets';
import type { MarketPoint } from '../history/market-point';
import { median } from '../market/merge-quotes';

/**
 * Raw measures over a daily series: `days` ascending, one point per 24 h, `i` the day measured.
 * Each looks only at days up to `i`, so the backtest can never see the future.
 */

/** Percent return of an asset over the 24 h ending at day i: the venues' own figure where given. */
export function returnPct(days: readonly MarketPoint[], i: number, asset: AssetId): number | undefined {
  const given = days[i]?.change24hPct?.[asset];
  if (given !== undefined) return given;
  const now = days[i]?.close[asset];
  const before = days[i - 1]?.close[asset];
  return now !== undefined && before !== undefined && before > 0 ? (now / before - 1) * 100 : undefined;
}

/** Percent BTC stands below its highest close of the last 30 days (needs a week of closes). */
export function drawdownPct(days: readonly MarketPoint[], i: number): number | undefined {
  const now = days[i]?.close.BTC;
  if (now === undefined) return undefined;
  const closes = definedBack(days, i, 30, (day) => day.close.BTC);
  if (closes.length < 7) return undefined;
  return Math.max(0, (1 - now / Math.max(...closes)) * 100);
}

export interface Breadth {
  falling: number;
  counted: number;
  /** Mean fall across the counted majors, rises counting as zero, percent. */
  meanFallPct: number;
}

/** How many majors fell over the day and how hard; needs at least three with both closes. */
export function breadth(days: readonly MarketPoint[], i: number): Breadth | undefined {
  const returns = MAJOR_ASSETS.map((asset) => returnPct(days, i, asset)).filter((r): r is number => r !== undefined);
  if (returns.length < 3) return undefined;
  const falls = returns.map((r) => Math.max(0, -r));
  return {
    falling: returns.filter((r) => r < 0).length,
    counted: returns.length,
    meanFallPct: falls.reduce((a, b) => a + b, 0) / falls.length,
  };
}

/** BTC's realised volatility over the last 7 daily log returns, annualised, percent. */
export function realisedVolPct(days: readonly MarketPoint[], i: number): number | undefined {
  const returns: number[] = [];
  for (let k = i; k > i - 7; k--) {
    const now = days[k]?.close.BTC;
    const before = days[k - 1]?.close.BTC;
    if (now === undefined || before === undefined) return undefined;
    returns.push(Math.log(now / before));
  }
  const mean = returns.reduce((a, b) => a + b, 0) / returns.length;
  const variance = returns.reduce((a, r) => a + (r - mean) ** 2, 0) / (returns.length - 1);
  return Math.sqrt(variance * 365) * 100;
}

/**
 * Forced deleveraging: open interest and price falling together. The geometric mean of the two
 * falls, so it is zero unless both fall, and a 4.4 % drop in OI with BTC −1.9 % reads 2.9.
 */
export function deleveraging(oiChangePct: number, btcReturnPct: number): number {
  return Math.sqrt(Math.max(0, -oiChangePct) * Math.max(0, -btcReturnPct));
}

/**
 * How far a value stands from its own median of the 30 days before: extremes and sign flips both
 * show as distance from the norm. Needs a week of earlier values.
 */
export function distanceFromNorm(
  days: readonly MarketPoint[],
  i: number,
  read: (day: MarketPoint) => number | undefined,
): { value: number; norm: number; distance: number } | undefined {
  const value = days[i] ? read(days[i]) : undefined;
  if (value === undefined) return undefined;
  const earlier = definedBack(days, i - 1, 30, read);
  if (earlier.length < 7) return undefined;
  const norm = median(earlier);
  return { value, norm, distance: Math.abs(value - norm) };
}

/** The defined values of `read` over the `count` days ending at `last`. */
function definedBack<T>(
  days: readonly MarketPoint[],
  last: number,
  count: number,
  read: (day: MarketPoint) => T | undefined,
): T[] {
  const values: T[] = [];
  for (let k = Math.max(0, last - count + 1); k <= last; k++) {
    const day = days[k];
    const value = day ? read(day) : undefined;
    if (value !== undefined) values.push(value);
  }
  return values;
}
