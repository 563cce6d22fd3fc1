import { z } from 'zod/mini';
import { MAJOR_ASSETS } from '../assets';
import { finite } from '../finite';
import { VENUE_IDS } from '../sources/venues';
import { BANDS } from '../stress/bands';
import { SymbolSchema } from '../watchlist/symbol';
import { MoveMemorySchema, TrailSchema } from './moves';

export const ALERT_KINDS = ['band', 'level', 'liquidations', 'venue-down', 'move'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** "Tell me when BTC crosses $80,000": fires once, then is marked done. */
export const LevelAlertSchema = z.object({
  id: z.string(),
  asset: z.enum(MAJOR_ASSETS),
  price: finite.check(z.positive()),
  /** Set from the price when the alert was made: a level above it waits for a rise. */
  direction: z.enum(['above', 'below']),
  createdAt: finite,
  /** Crossed while alerts had to wait (cool-down, quiet hours): it fires when they may. */
  crossedAt: z.optional(finite),
  firedAt: z.optional(finite),
  /** Set from an article's "alert me at this level": its notification opens the article. */
  sourceUrl: z.optional(z.string()),
});
export type LevelAlert = z.infer<typeof LevelAlertSchema>;

/** The user's level alerts: their own item, as the options page and the worker both write it. */
export const LevelAlertsSchema = z.array(LevelAlertSchema);

/**
 * What the alerting remembers between polls (local: it follows this browser's data). Every field
 * has a default, so one that breaks costs only itself: never the recent alerts or the outbox.
 */
export const AlertStateSchema = z.object({
  /** When each kind last notified, for its cool-down. */
  lastFired: z._default(z.partialRecord(z.enum(ALERT_KINDS), finite), {}),
  /** The band at the last poll: an alert needs the band to rise above it. */
  lastBand: z.optional(z.enum(BANDS)),
  /** Since when each venue has been failing, and whether that outage was already notified. */
  venueDown: z._default(z.partialRecord(z.enum(VENUE_IDS), z.object({ since: finite, notified: z.boolean() })), {}),
  /** The latest notifications, newest first, for the options page's "Recent alerts". */
  recent: z._default(
    z.array(
      z.object({
        at: finite,
        kind: z.enum(ALERT_KINDS),
        title: z.string(),
        message: z.string(),
        /** The symbol a level or move alert was about (the first, when it named several). */
        asset: z.optional(SymbolSchema),
      }),
    ),
    [],
  ),
  /**
   * Notifications decided and stored with what they change (a level marked fired), not yet shown:
   * a worker killed before showing them shows them when it starts again.
   */
  outbox: z._default(z.array(z.object({ id: z.string(), title: z.string(), message: z.string() })), []),
  /** Each move alert's memory: whether its move still holds, and when it last fired. */
  moves: z._default(MoveMemorySchema, {}),
  /** The prices an hour's moves are measured from. */
  trail: z._default(TrailSchema, {}),
});
export type AlertState = z.infer<typeof AlertStateSchema>;

export const EMPTY_ALERT_STATE: AlertState = {
  lastFired: {},
  venueDown: {},
  recent: [],
  outbox: [],
  moves: {},
  trail: {},
};

/** How many past notifications "Recent alerts" keeps. */
export const RECENT_ALERTS = 20;
