import { dailySeries } from '../history/daily';
import type { MarketPoint } from '../history/market-point';
import type { History } from '../history/store';
import type { Band } from './bands';
import { withExtremes } from './extremes';
import type { StressResult } from './result';
import { scoreLatest } from './score';

/**
 * The score now: today's point against the days the hourly history holds, each day's highs and
 * lows from the five-minute history, each reading against the shipped long-run record.
 */
export function scoreNow(
  history: Pick<History, 'hourly' | 'fiveMinute'>,
  now: MarketPoint,
  previousBand?: Band,
): StressResult | undefined {
  const days = withExtremes(dailySeries(history.hourly, now), [...history.fiveMinute, now]);
  return scoreLatest(days, previousBand ? { previousBand } : {});
}
