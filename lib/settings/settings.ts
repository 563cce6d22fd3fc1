import { z } from 'zod/mini';
import { AlertSettingsSchema } from '../alerts/alert-settings';
import { moveKey } from '../alerts/moves';
import { MAJOR_ASSETS } from '../assets';
import { BadgeChoiceSchema, DEFAULT_BADGE_CHOICE } from '../badge/badge-choice';
import { QUOTE_CURRENCIES } from '../format/quote-currency';
import { isSiteHost } from '../sites/user-sites';
import { VENUE_IDS, VENUES } from '../sources/venues';
import { SymbolSchema, WATCHLIST_MAX } from '../watchlist/symbol';
import { t, uiLocale } from '../words';

/** The intervals the options page offers, in minutes. Every venue's budget holds at one. */
export const POLL_INTERVALS = [1, 2, 5, 10, 15] as const;

/**
 * The user's settings: small, so they sync across the user's browsers; the market data itself
 * stays local. Each field has a default, so a missing or partial value still reads whole.
 */
export const SettingsSchema = z.object({
  /** Hold the exchanges' liquidation WebSockets open. Off saves a little battery and traffic. */
  liquidationStreams: z._default(z.boolean(), true),
  pollIntervalMinutes: z._default(
    z.number().check(z.refine((n) => (POLL_INTERVALS as readonly number[]).includes(n))),
    1,
  ),
  /** Venues the user turned off: neither polled nor streamed. */
  disabledVenues: z._default(z.array(z.enum(VENUE_IDS)), []),
  /**
   * The symbols the popup lists, in the user's order: the majors and any symbol Binance or Coinbase
   * lists against the dollar (looked up when it is added, `lib/watchlist/look-up.ts`).
   */
  watchlist: z._default(z.array(SymbolSchema).check(z.maxLength(WATCHLIST_MAX)), [...MAJOR_ASSETS]),
  /** The currency the popup shows prices and notionals in. Alerts and article chips stay in USD. */
  quoteCurrency: z._default(z.enum(QUOTE_CURRENCIES), 'USD'),
  /** News sites (their host names) where the user turned the article chips off: default or added. */
  disabledNewsSites: z._default(z.array(z.string()), []),
  /**
   * Sites the user added with "Always on this site" (host names). Synced as the user's wish; each
   * browser runs the chips there only once it has granted that site's permission.
   */
  userNewsSites: z._default(z.array(z.string().check(z.refine(isSiteHost))), []),
  alerts: z._default(AlertSettingsSchema, () => AlertSettingsSchema.parse({})),
  /** What the toolbar badge shows. A field with defaults, so settings stored before it read as before. */
  badge: z._default(BadgeChoiceSchema, () => ({ ...DEFAULT_BADGE_CHOICE })),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

const asObject = (value: unknown): object => (typeof value === 'object' && value !== null ? value : {});

/**
 * Version 1 held only `liquidationStreams`. Version 2 adds the options page's fields; an older
 * value keeps what the user chose and takes the defaults for the rest. Version 3 adds the sites
 * the user added (none yet). Version 4 adds the quote currency (USD, as every version before showed).
 * Version 5 widens the watchlist from the five majors to any listed symbol: a version-4 list is a
 * valid version-5 list and carries over as it is.
 */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  2: (old) => ({ ...DEFAULT_SETTINGS, ...asObject(old) }),
  3: (old) => ({ ...asObject(old), userNewsSites: (asObject(old) as { userNewsSites?: unknown }).userNewsSites ?? [] }),
  4: (old) => ({ ...asObject(old), quoteCurrency: 'USD' }),
  5: (old) => old,
};

/** The stored settings' version: one more than the last migration. */
export const SETTINGS_VERSION = 5;

/**
 * The most one item of the browser's synced storage holds, its key and its JSON together
 * (`storage.sync.QUOTA_BYTES_PER_ITEM`): settings larger than this could not be saved at all.
 */
export const SYNC_ITEM_BYTES = 8192;

/** The bytes the settings take as the synced item `settings`. */
export function syncBytes(settings: Settings): number {
  return 'settings'.length + new TextEncoder().encode(JSON.stringify(settings)).length;
}

/**
 * Settings as a page submits them: the schema's checks plus the rules that keep the extension
 * working. Returns the settings to store, or the messages to show and nothing stored.
 */
export function validateSettings(input: unknown): { settings: Settings } | { errors: string[] } {
  const parsed = SettingsSchema.safeParse(input);
  if (!parsed.success) return { errors: [t('options.unreadable')] };
  const settings = parsed.data;
  const errors: string[] = [];
  if (settings.watchlist.length === 0) errors.push(t('options.emptyWatchlist'));
  if (new Set(settings.watchlist).size < settings.watchlist.length) errors.push(t('options.symbolTwice'));
  if (settings.badge.shows !== 'score' && !settings.watchlist.includes(settings.badge.symbol)) {
    errors.push(t('options.badgeUnwatched', { symbol: settings.badge.symbol }));
  }
  const moves = settings.alerts.moves;
  const unwatched = [...new Set(moves.map((rule) => rule.symbol))].filter(
    (symbol) => !settings.watchlist.includes(symbol),
  );
  if (unwatched.length > 0) {
    const symbols = new Intl.ListFormat(uiLocale()).format(unwatched);
    errors.push(t('options.movesUnwatched', unwatched.length, { symbols }));
  }
  if (new Set(moves.map(moveKey)).size < moves.length) errors.push(t('options.moveTwice'));
  if (VENUE_IDS.every((venue) => !VENUES[venue].spot || settings.disabledVenues.includes(venue))) {
    errors.push(t('options.noSpotVenue'));
  }
  if (syncBytes(settings) > SYNC_ITEM_BYTES) {
    errors.push(t('options.tooBigToSync'));
  }
  return errors.length > 0 ? { errors } : { settings };
}
