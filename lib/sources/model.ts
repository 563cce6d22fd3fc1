import type { AssetId } from '../assets';
import type { VenueId } from './venues';

/**
 * The one typed model every venue normalises to. Units are fixed here so no caller has to ask:
 * prices and notionals in USD (USDT treated as USD), percents as percents (-1.88 means -1.88 %),
 * rates as fractions (0.0001 = 0.01 %), timestamps as ms since the epoch.
 */

/** One venue's spot view of one asset. */
export interface VenueQuote {
  asset: AssetId;
  venue: VenueId;
  price: number;
  /**
   * Percent over the last 24 h. Undefined where the venue has no rolling 24 h figure (Kraken's
   * open is today's, not 24 h ago), so it never enters the median.
   */
  change24hPct?: number;
  open24h?: number;
  /** Traded value over 24 h in USD. */
  volume24hUsd?: number;
  /** When the venue's figures were taken, ms. */
  at: number;
}

/** One venue's perpetual swap on one asset, linear (USDT) or inverse. */
export interface PerpQuote {
  asset: AssetId;
  venue: VenueId;
  markPrice: number;
  /** The spot index the venue marks against, USD, where it says. */
  indexPrice?: number;
  /** Notional of open contracts (one side: every contract has a long and a short), USD. */
  openInterestUsd?: number;
  /** The current funding rate scaled to an 8 h interval, as a fraction (0.0001 = 0.01 % per 8 h). */
  fundingRate8h?: number;
  change24hPct?: number;
  at: number;
}

/** Open interest at one moment, one-sided, USD. */
export interface OpenInterestPoint {
  asset: AssetId;
  venue: VenueId;
  at: number;
  openInterestUsd: number;
}

/** One candle of a venue's price history. */
export interface Candle {
  asset: AssetId;
  venue: VenueId;
  /** Candle open time, ms. */
  at: number;
  open: number;
  high: number;
  low: number;
  close: number;
  volumeUsd: number;
}

/** Accounts long against accounts short (Binance's global ratio), as a ratio: 1.8 = 1.8 longs per short. */
export interface LongShortPoint {
  asset: AssetId;
  venue: VenueId;
  at: number;
  longShortRatio: number;
}

/** Aggressive (taker) buy volume against sell volume: above 1, buyers are lifting offers. */
export interface TakerFlowPoint {
  asset: AssetId;
  venue: VenueId;
  at: number;
  buySellRatio: number;
}

/** An implied-volatility index reading (Deribit's DVOL), annualised percent. */
export interface VolIndexPoint {
  asset: 'BTC' | 'ETH';
  venue: VenueId;
  at: number;
  value: number;
}

/** A forced closing of a position. `long` means a long was liquidated (the venue sold). */
export interface Liquidation {
  asset: AssetId;
  venue: VenueId;
  side: 'long' | 'short';
  usd: number;
  at: number;
}
