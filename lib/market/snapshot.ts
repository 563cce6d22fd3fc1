import { z } from 'zod/mini';
import { MAJOR_ASSETS } from '../assets';
import { VENUE_IDS } from '../sources/venues';
import { DerivativesSchema } from './derivatives';

const finite = z.number().check(z.refine(Number.isFinite, 'must be finite'));

export const AssetQuoteSchema = z.object({
  asset: z.enum(MAJOR_ASSETS),
  price: finite,
  /** Percent, not fraction; absent when no venue had a rolling 24 h figure. */
  change24hPct: z.optional(finite),
  venues: z.array(z.enum(VENUE_IDS)),
});

/** The last complete view of the market. Only ever replaced by another complete one. */
export const MarketSnapshotSchema = z.object({
  takenAt: finite,
  assets: z.array(AssetQuoteSchema),
  /** Absent when no venue reported a perpetual this cycle. */
  derivatives: z.optional(DerivativesSchema),
});

export const SourceHealthSchema = z.object({
  venue: z.enum(VENUE_IDS),
  /**
   * ok: every call answered. failing: a call failed this cycle (`error` says which and why).
   * waiting: rate-limited, backing off until `retryAt`. blocked: the venue refuses this region.
   */
  state: z.enum(['ok', 'failing', 'waiting', 'blocked']),
  at: finite,
  /** What went wrong, in words a user can read; absent when ok. */
  error: z.optional(z.string()),
  retryAt: z.optional(finite),
});

/** How the latest poll went, venue by venue; written every cycle, good or bad. */
export const PollStatusSchema = z.object({
  attemptedAt: finite,
  sources: z.array(SourceHealthSchema),
});

export type AssetQuote = z.infer<typeof AssetQuoteSchema>;
export type MarketSnapshot = z.infer<typeof MarketSnapshotSchema>;
export type SourceHealth = z.infer<typeof SourceHealthSchema>;
export type PollStatus = z.infer<typeof PollStatusSchema>;
