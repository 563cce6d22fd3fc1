import { z } from 'zod/mini';
import { MAJOR_ASSETS } from '../assets';
import { finite, positive } from '../finite';

/**
 * The market at one moment, as history keeps it and the stress score reads it. Every field but
 * `t` is optional: a venue that did not answer leaves a hole, never a zero. Windowed figures are
 * the 24 h ending at `t`, so points 24 h apart are the days the score compares.
 */
export const MarketPointSchema = z.object({
  t: finite,
  /** Spot price per asset, USD (the median across venues live; Binance's close in the backtest). */
  close: z.partialRecord(z.enum(MAJOR_ASSETS), positive),
  /** Open interest's change over the 24 h ending at `t`, percent. */
  oiChange24hPct: z.optional(finite),
  /** BTC perpetual funding per 8 h, as a fraction. */
  btcFunding8h: z.optional(finite),
  /** BTC perpetual mark over spot, percent. */
  btcBasisPct: z.optional(finite),
  /** Longs and shorts liquidated over the 24 h ending at `t`, USD. */
  liqLong24hUsd: z.optional(finite),
  liqShort24hUsd: z.optional(finite),
  /** The streams watched only part of those 24 h: the sums are a floor, not the total. */
  liqPartial: z.optional(z.boolean()),
  /** Deribit's BTC implied-volatility index, annualised percent. */
  btcDvol: z.optional(finite),
  /** Binance's BTC accounts long per account short. */
  btcLongShort: z.optional(finite),
  /** The stress score computed at `t`, kept for the history chart. */
  score: z.optional(finite),
});
export type MarketPoint = z.infer<typeof MarketPointSchema>;
