import type { MarketPoint } from '../../lib/history/market-point';

/**
 * What the score is judged against besides the events of the record: BTC over the days after
 * day i, from its closes alone. None of it is an input to the score, which only sees day i and
 * before; each is undefined where the data ends.
 */

/** The days ahead each target looks at. */
export const AHEAD = 7;
/** The fall, percent below day i's close, that counts as a crash ahead. */
export const FALL_AHEAD_PCT = 10;

/**
 * BTC's realised volatility over the AHEAD days after day i: the sample standard deviation of its
 * daily log returns, annualised, percent.
 */
export function nextWeekVolPct(days: readonly MarketPoint[], i: number): number | undefined {
  const returns: number[] = [];
  for (let k = i + 1; k <= i + AHEAD; k++) {
    const now = days[k]?.close.BTC;
    const before = days[k - 1]?.close.BTC;
    if (now === undefined || before === undefined) return undefined;
    returns.push(Math.log(now / before));
  }
  const mean = returns.reduce((a, b) => a + b, 0) / returns.length;
  const variance = returns.reduce((a, r) => a + (r - mean) ** 2, 0) / (returns.length - 1);
  return Math.sqrt(variance * 365) * 100;
}

/** The largest fall of BTC's close from a peak to a later trough over day i and the AHEAD after it, percent. */
export function nextWeekMaxDrawdownPct(days: readonly MarketPoint[], i: number): number | undefined {
  let peak = days[i]?.close.BTC;
  if (peak === undefined || i + AHEAD >= days.length) return undefined;
  let drawdown = 0;
  for (let k = i + 1; k <= i + AHEAD; k++) {
    const close = days[k]?.close.BTC;
    if (close === undefined) return undefined;
    peak = Math.max(peak, close);
    drawdown = Math.max(drawdown, (1 - close / peak) * 100);
  }
  return drawdown;
}

/** Whether BTC closes FALL_AHEAD_PCT or more below day i's close within the AHEAD days after it. */
export function fallsAhead(days: readonly MarketPoint[], i: number): boolean | undefined {
  const now = days[i]?.close.BTC;
  if (now === undefined || i + AHEAD >= days.length) return undefined;
  for (let k = i + 1; k <= i + AHEAD; k++) {
    const later = days[k]?.close.BTC;
    if (later !== undefined && (later / now - 1) * 100 <= -FALL_AHEAD_PCT) return true;
  }
  return false;
}
