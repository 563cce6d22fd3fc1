import type { VenueId } from '../sources/venues';
import { MINUTE } from '../time';

/** Requests a venue allows within a window of seconds, besides its limit per minute. */
export interface ShortLimit {
  requests: number;
  ms: number;
}

/**
 * Each venue's documented public rate limit, as requests per minute from one IP, and the budget
 * Undertow allows itself: at most a tenth of it, whatever the user clicks. Where a venue counts
 * weight rather than requests, the limit is converted at the weight of our calls. Where it also
 * limits a window of seconds (`short`), its requests are spaced to stay inside that too
 * (`request-pacer.ts`): a cycle's burst, or cycles straight after each other, could overfill it.
 */
export const RATE_LIMITS: Record<VenueId, { documentedPerMinute: number; short?: ShortLimit; source: string }> = {
  // 6,000 weight/min; a 24 h ticker for ≤ 20 symbols weighs 2.
  'binance-spot': { documentedPerMinute: 3000, source: 'Binance spot REST: 6,000 request weight per minute' },
  // /futures/data/* allows 1,000 requests per 5 minutes, the tightest of the futures limits we touch.
  'binance-futures': { documentedPerMinute: 200, source: 'Binance USDⓈ-M: /futures/data 1,000 requests / 5 min' },
  bybit: {
    documentedPerMinute: 7200,
    short: { requests: 600, ms: 5000 },
    source: 'Bybit v5: 600 requests / 5 s per IP',
  },
  // Per endpoint 20 requests / 2 s; rubik statistics 5 / 2 s, which every OKX call is held to.
  okx: {
    documentedPerMinute: 150,
    short: { requests: 5, ms: 2000 },
    source: 'OKX v5 rubik statistics: 5 requests / 2 s',
  },
  deribit: {
    documentedPerMinute: 1200,
    short: { requests: 20, ms: 1000 },
    source: 'Deribit non-matching engine: about 20 requests / s',
  },
  coinbase: {
    documentedPerMinute: 600,
    short: { requests: 10, ms: 1000 },
    source: 'Coinbase Exchange public: 10 requests / s',
  },
  kraken: {
    documentedPerMinute: 60,
    short: { requests: 1, ms: 1000 },
    source: 'Kraken public REST: about 1 request / s',
  },
  // 1,200 weight/min; metaAndAssetCtxs weighs 20.
  hyperliquid: { documentedPerMinute: 60, source: 'Hyperliquid info: 1,200 weight / min, weight 20 per call' },
  // Keyless callers are limited by IP without a published figure; "a few calls a minute" is taken
  // as 10. Asked once every 10 minutes, a hundredth of that.
  coingecko: { documentedPerMinute: 10, source: 'CoinGecko keyless: limited by IP, unpublished; taken as 10 / min' },
};

/** The share of a documented limit we allow ourselves. */
export const BUDGET_SHARE = 0.1;

export function budgetPerMinute(venue: VenueId): number {
  return Math.floor(RATE_LIMITS[venue].documentedPerMinute * BUDGET_SHARE);
}

/** Requests spent in the current minute window. */
export interface RequestWindow {
  start: number;
  used: number;
}

/**
 * How early a poll may come and still open a new window. The minute alarm that drives polls can
 * fire a few milliseconds short of a minute after the poll that opened the window; without this,
 * such a poll would find last minute's budget spent, and work that needs a fresh minute's budget
 * (Binance Futures' backfill) could wait for ever.
 */
const ALARM_EARLY_MS = 1_000;

/**
 * Spend `requests` from the venue's minute budget if it allows; returns the new window, or null
 * when the call would go over (the caller skips the venue this time). A window lasts a minute,
 * less the alarm's earliness: at most one budget per poll of the minute alarm.
 */
export function spend(
  venue: VenueId,
  window: RequestWindow | undefined,
  requests: number,
  now: number,
): RequestWindow | null {
  return spendWithin(budgetPerMinute(venue), window, requests, now);
}

/** `spend` against a budget of its own: calls outside the poll, such as the watchlist's lookups. */
export function spendWithin(
  budget: number,
  window: RequestWindow | undefined,
  requests: number,
  now: number,
): RequestWindow | null {
  const current = window && now - window.start < MINUTE - ALARM_EARLY_MS ? window : { start: now, used: 0 };
  if (current.used + requests > budget) return null;
  return { start: current.start, used: current.used + requests };
}
