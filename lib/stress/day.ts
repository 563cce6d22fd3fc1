import type { AssetId } from '../assets';
import type { MarketPoint } from '../history/market-point';

/**
 * A day as the score reads it: the market point at its end and, per major, the highest and lowest
 * price of the 24 h before it. Live, the extremes come from the five-minute history (extremes.ts);
 * in the backtest, from the daily candles. Either way the window includes the day's opening
 * price, the close of the day before.
 */
export interface StressDay extends MarketPoint {
  high?: Partial<Record<AssetId, number>>;
  low?: Partial<Record<AssetId, number>>;
}
