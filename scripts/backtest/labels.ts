import type { MarketPoint } from '../../lib/history/market-point';
import { median } from '../../lib/market/merge-quotes';
import { returnPct } from '../../lib/stress/metrics';

/** A drawdown-with-deleveraging day, as the backtest's report counts them. */
export const STRESS_DAY = {
  /** BTC falls at least this much, percent, over the day… */
  btcFallPct: 5,
  /** …and open interest falls at least this much, percent… */
  oiFallPct: 3,
  /** …or long liquidations run at this multiple of their median of the 30 days before. */
  liquidationMultiple: 3,
} as const;

/**
 * Whether day i was a large drawdown-with-deleveraging move; undefined when the day lacks the
 * data to tell (no price move, or neither open interest nor liquidations).
 */
export function isStressDay(days: readonly MarketPoint[], i: number): boolean | undefined {
  const move = returnPct(days, i, 'BTC');
  const day = days[i];
  if (move === undefined || !day) return undefined;
  const oi = day.oiChange24hPct;
  const long = day.liqLong24hUsd;
  const earlier = days
    .slice(Math.max(0, i - 30), i)
    .map((d) => d.liqLong24hUsd)
    .filter((v): v is number => v !== undefined);
  const liquidationBurst =
    long !== undefined && earlier.length >= 10 ? long >= STRESS_DAY.liquidationMultiple * median(earlier) : undefined;
  if (oi === undefined && liquidationBurst === undefined) return undefined;
  const deleveraging = (oi !== undefined && oi <= -STRESS_DAY.oiFallPct) || liquidationBurst === true;
  return move <= -STRESS_DAY.btcFallPct && deleveraging;
}

/** Days ahead, and the fall from day i's close, that make a "crash ahead" day. */
export const CRASH_AHEAD = { days: 7, fallPct: 10 } as const;

/**
 * Whether BTC closes at least CRASH_AHEAD.fallPct below day i's close within the next
 * CRASH_AHEAD.days: a question about the future, which no component measures directly, so it
 * checks the score is not just restating its own inputs. Undefined where the data ends.
 */
export function isCrashAhead(days: readonly MarketPoint[], i: number): boolean | undefined {
  const now = days[i]?.close.BTC;
  if (now === undefined || i + CRASH_AHEAD.days >= days.length) return undefined;
  for (let k = i + 1; k <= i + CRASH_AHEAD.days; k++) {
    const later = days[k]?.close.BTC;
    if (later !== undefined && (later / now - 1) * 100 <= -CRASH_AHEAD.fallPct) return true;
  }
  return false;
}
