import { z } from 'zod/mini';
import { finite } from '../finite';
import { DAY, HOUR } from '../time';
import { WATCHLIST_MAX } from './symbol';

/**
 * Where a symbol beyond the majors is quoted, in the order asked: Binance against USDT (the deeper
 * book, and it has hourly klines for the sparkline), else Coinbase against the dollar.
 */
export const LISTING_VENUES = ['binance-spot', 'coinbase'] as const;
export type ListingVenue = (typeof LISTING_VENUES)[number];

/** A symbol's venue as last looked up (null: neither lists it), and when. Kept locally, per browser. */
export const ListingSchema = z.object({ venue: z.nullable(z.enum(LISTING_VENUES)), at: finite });
export const ListingsSchema = z.record(z.string(), ListingSchema);
export type Listing = z.infer<typeof ListingSchema>;
export type Listings = z.infer<typeof ListingsSchema>;

/** "None" is looked up again after a day: a venue may list the symbol since. */
const UNLISTED_RECHECK_MS = DAY;

/** Whether the poll should look the symbol up: never looked up here, or found nowhere a day ago. */
export function needsLookup(listing: Listing | undefined, now: number): boolean {
  return listing === undefined || (listing.venue === null && now - listing.at >= UNLISTED_RECHECK_MS);
}

/** A symbol looked up on the options page but not saved yet is kept this long, so Save needs no second lookup. */
const UNSAVED_KEEP_MS = HOUR;

/**
 * The listings worth keeping: the watchlist's extras, and recent lookups of symbols not (yet)
 * saved, newest first, at most twice the watchlist's bound in all.
 */
export function keepListings(listings: Listings, extras: readonly string[], now: number): Listings {
  const kept = Object.entries(listings)
    .filter(([symbol, listing]) => extras.includes(symbol) || now - listing.at < UNSAVED_KEEP_MS)
    .sort(([a, x], [b, y]) => Number(extras.includes(b)) - Number(extras.includes(a)) || y.at - x.at)
    .slice(0, 2 * WATCHLIST_MAX);
  return Object.fromEntries(kept);
}
