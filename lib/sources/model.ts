import { z } from 'zod/mini';
import { MAJOR_ASSETS } from '../assets';
import { finite, nonNegative, positive } from '../finite';
import { VENUE_IDS } from './venues';

/**
 * The one typed model every venue normalises to. Units are fixed here so no caller has to ask:
 * prices and notionals in USD (USDT treated as USD), percents as percents (-1.88 means -1.88 %),
 * rates as fractions (0.0001 = 0.01 %), timestamps as ms since the epoch. Prices, open interest
 * and ratios are above zero, volumes never below it.
 * Schemas, because these also come back out of storage, and every task's findings are checked
 * against them before they count (`lib/poll/checked-part.ts`).
 */

const asset = z.enum(MAJOR_ASSETS);
const venue = z.enum(VENUE_IDS);

/** Funding per 8 h, as a fraction: no venue charges more than a whole position's worth. */
const fundingRate = finite.check(z.gte(-1), z.lte(1));

/** The largest liquidation there can be, USD: more than any market's whole open interest. */
const MAX_LIQUIDATION_USD = 1e12;

/** One venue's spot view of one asset. */
export const VenueQuoteSchema = z.object({
  asset,
  venue,
  price: positive,
  /**
   * Percent over the last 24 h. Absent where the venue has no rolling 24 h figure (Kraken's
   * open is today's, not 24 h ago), so it never enters the median.
   */
  change24hPct: z.optional(finite),
  open24h: z.optional(nonNegative),
  /** Traded value over 24 h in USD. */
  volume24hUsd: z.optional(nonNegative),
  /** When the venue's figures were taken, ms. */
  at: finite,
});

/** One venue's perpetual swap on one asset, linear (USDT) or inverse. */
export const PerpQuoteSchema = z.object({
  asset,
  venue,
  markPrice: positive,
  /** The spot index the venue marks against, USD, where it says. */
  indexPrice: z.optional(positive),
  /** Notional of open contracts (one side: every contract has a long and a short), USD. */
  openInterestUsd: z.optional(positive),
  /** The current funding rate scaled to an 8 h interval, as a fraction (0.0001 = 0.01 % per 8 h). */
  fundingRate8h: z.optional(fundingRate),
  change24hPct: z.optional(finite),
  at: finite,
});

/** Open interest at one moment, one-sided, USD. */
export const OpenInterestPointSchema = z.object({ asset, venue, at: finite, openInterestUsd: positive });

/** One settled funding payment: the rate charged at `at`, per 8 h, as a fraction. */
export const FundingPointSchema = z.object({ asset, venue, at: finite, fundingRate8h: fundingRate });

/** One candle of a venue's price history; `at` is the candle's open time. */
export const CandleSchema = z.object({
  asset,
  venue,
  at: finite,
  open: positive,
  high: positive,
  low: positive,
  close: positive,
  volumeUsd: nonNegative,
});

/** Accounts long against accounts short (Binance's global ratio): 1.8 = 1.8 longs per short. */
export const LongShortPointSchema = z.object({ asset, venue, at: finite, longShortRatio: positive });

/** Aggressive (taker) buy volume against sell volume: above 1, buyers are lifting offers. */
export const TakerFlowPointSchema = z.object({ asset, venue, at: finite, buySellRatio: positive });

/** An implied-volatility index reading (Deribit's DVOL), annualised percent. */
export const VolIndexPointSchema = z.object({ asset: z.enum(['BTC', 'ETH']), venue, at: finite, value: positive });

/**
 * Coins of an asset in circulation, as CoinMarketCap counts them: Binance's open-interest
 * statistics carry the figure along. Times a price, the asset's market cap.
 */
export const SupplyPointSchema = z.object({ asset, venue, at: finite, circulating: positive });

/** The whole crypto market's capitalisation, every coin, as an aggregator computes it, USD. */
export const GlobalMarketSchema = z.object({
  venue,
  /** When the aggregator computed it, ms. */
  at: finite,
  marketCapUsd: positive,
  /** Its change over the last 24 h, percent. */
  change24hPct: z.optional(finite),
});

/** A forced closing of a position. `long` means a long was liquidated (the venue sold). */
export const LiquidationSchema = z.object({
  asset,
  venue,
  side: z.enum(['long', 'short']),
  usd: positive.check(z.lte(MAX_LIQUIDATION_USD)),
  at: finite,
});

export type VenueQuote = z.infer<typeof VenueQuoteSchema>;
/** A venue's quote of any symbol: a major's (`VenueQuote`) or a watchlist extra's. */
export type SpotQuote<A extends string = string> = Omit<VenueQuote, 'asset'> & { asset: A };
export type PerpQuote = z.infer<typeof PerpQuoteSchema>;
export type OpenInterestPoint = z.infer<typeof OpenInterestPointSchema>;
export type FundingPoint = z.infer<typeof FundingPointSchema>;
export type Candle = z.infer<typeof CandleSchema>;
/** A candle of any symbol, as a venue sends it; only the majors' go into history. */
export type SpotCandle<A extends string = string> = Omit<Candle, 'asset'> & { asset: A };
export type LongShortPoint = z.infer<typeof LongShortPointSchema>;
export type TakerFlowPoint = z.infer<typeof TakerFlowPointSchema>;
export type VolIndexPoint = z.infer<typeof VolIndexPointSchema>;
export type Liquidation = z.infer<typeof LiquidationSchema>;
export type SupplyPoint = z.infer<typeof SupplyPointSchema>;
export type GlobalMarket = z.infer<typeof GlobalMarketSchema>;
