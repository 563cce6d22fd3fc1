import { z } from 'zod/mini';
import { finite } from '../finite';
import { VENUE_IDS } from '../sources/venues';
import { DerivativesSchema } from './derivatives';
import { MarketCapSchema } from './market-cap';
import { AssetQuoteSchema, ExtraFailureSchema, ExtraQuoteSchema } from './prices';

/** The last complete view of the market. Only ever replaced by another complete one. */
export const MarketSnapshotSchema = z.object({
  takenAt: finite,
  assets: z.array(AssetQuoteSchema),
  /** The watchlist's symbols beyond the majors that a venue quoted, and why the others have no quote. */
  extras: z.optional(z.array(ExtraQuoteSchema)),
  extraFailures: z.optional(z.array(ExtraFailureSchema)),
  /** Absent when no venue reported a perpetual this cycle. */
  derivatives: z.optional(DerivativesSchema),
  /** Absent until CoinGecko or Binance's statistics have said what the market is worth. */
  marketCap: z.optional(MarketCapSchema),
});

export const SourceHealthSchema = z.object({
  venue: z.enum(VENUE_IDS),
  /**
   * ok: every call answered. failing: a call failed this cycle (`error` says which and why).
   * waiting: rate-limited, backing off until `retryAt`. blocked: the venue refuses this region.
   */
  state: z.enum(['ok', 'failing', 'waiting', 'blocked']),
  at: finite,
  /**
   * What went wrong, in words a user can read; on a venue that is ok, which of its prices were
   * left out as far from the other venues'. Absent when all went right.
   */
  error: z.optional(z.string()),
  retryAt: z.optional(finite),
  /** Held back by our own budget: its figures are still in, from this time (ms). */
  figuresFrom: z.optional(finite),
});

/** How the latest poll went, venue by venue; written every cycle, good or bad. */
export const PollStatusSchema = z.object({
  attemptedAt: finite,
  sources: z.array(SourceHealthSchema),
});

/** A liquidation stream's connection as the popup shows it. */
export const StreamHealthSchema = z.object({
  venue: z.enum(VENUE_IDS),
  state: z.enum(['open', 'reconnecting']),
  /** Since when it has been in this state. */
  since: finite,
  error: z.optional(z.string()),
});
export const StreamHealthListSchema = z.array(StreamHealthSchema);
export type StreamHealth = z.infer<typeof StreamHealthSchema>;

export type MarketSnapshot = z.infer<typeof MarketSnapshotSchema>;
export type SourceHealth = z.infer<typeof SourceHealthSchema>;
export type PollStatus = z.infer<typeof PollStatusSchema>;

/** Whether a venue's figures are in the latest snapshot: it answered, or answered within the minute. */
export const hasFigures = (source: SourceHealth): boolean => source.state === 'ok' || source.figuresFrom !== undefined;

/** No venue answered the last poll (and there was one): the data shown is the last good one. */
export function everyVenueFailing(status: PollStatus | null): boolean {
  const sources = status?.sources ?? [];
  return sources.length > 0 && !sources.some(hasFigures);
}
