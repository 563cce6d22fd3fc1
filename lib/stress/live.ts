import { dailySeries } from '../history/daily';
import type { MarketPoint } from '../history/market-point';
import type { Band } from './bands';
import { REFERENCE } from './reference';
import type { StressResult } from './result';
import { scoreLatest } from './score';

/**
 * The score now: today's point against the days the hourly history holds, each component's
 * reading leaning on the long-run reference until the extension has history of its own.
 */
export function scoreNow(
  hourly: readonly MarketPoint[],
  now: MarketPoint,
  previousBand?: Band,
): StressResult | undefined {
  return scoreLatest(
    dailySeries(hourly, now),
    previousBand ? { reference: REFERENCE, previousBand } : { reference: REFERENCE },
  );
}
