import { takingTurns } from '@/lib/one-at-a-time';
import { type RequestWindow, spendWithin } from '@/lib/poll/rate-budget';
import { FRESH_STATE, isDue } from '@/lib/poll/venue-state';
import { readSettings } from '@/lib/storage/items';
import { listingsItem } from '@/lib/storage/listings';
import { keepListings, type Listings, type ListingVenue, needsLookup } from '@/lib/watchlist/listings';
import { decidedListing, type LookupOutcome, lookUpListing, type VenueReadiness } from '@/lib/watchlist/look-up';
import { extrasOf } from '@/lib/watchlist/symbol';
import { readSchedule } from './schedule';

/**
 * Lookups a minute at most, the user's and the poll's together. Binance weighs each 20 of the
 * 6,000 it allows a minute, so this keeps them to 2 % of its limit however often Add is pressed.
 */
const LOOKUPS_PER_MINUTE = 6;
let lookups: RequestWindow | undefined;

/** Every change to the stored listings, one at a time, so none writes over another. */
const listingsInTurn = takingTurns();

/**
 * Look a symbol up and keep the answer for the poll. Null when over the minute's lookups. A venue
 * switched off is not asked; one the poll is backing off from (a ban, an outage) is not called either.
 */
export const lookUp = (symbol: string) => listingsInTurn(() => lookUpNow(symbol));

async function lookUpNow(symbol: string): Promise<LookupOutcome | null> {
  const spent = spendWithin(LOOKUPS_PER_MINUTE, lookups, 1, Date.now());
  if (!spent) return null;
  lookups = spent;
  const [settings, schedule] = await Promise.all([readSettings(), readSchedule()]);
  const readiness = (venue: ListingVenue): VenueReadiness => {
    if (settings.disabledVenues.includes(venue)) return 'off';
    return isDue(schedule?.venues[venue] ?? FRESH_STATE, Date.now()) ? 'ready' : 'waiting';
  };
  const outcome = await lookUpListing(symbol, readiness);
  const decided = decidedListing(outcome, Date.now());
  if (decided) {
    const listings = { ...(await listingsItem.get()), [symbol]: decided };
    await listingsItem.set(keepListings(listings, extrasOf(settings.watchlist), Date.now()));
  }
  return outcome;
}

/**
 * Forget where the symbols Binance lists no more were found, so the next poll looks them up
 * again: Coinbase may list them.
 */
export function forgetListings(symbols: readonly string[]): Promise<void> {
  return listingsInTurn(async () => {
    const listings = { ...(await listingsItem.get()) };
    for (const symbol of symbols) delete listings[symbol];
    await listingsItem.set(listings);
  });
}

/**
 * The listings the poll quotes the extras by, after looking up one extra that has none yet (a
 * symbol added in another browser: where it trades can differ here) or was found nowhere a day ago.
 */
export async function listingsFor(extras: readonly string[]): Promise<Listings> {
  const stored = (await listingsItem.get()) ?? {};
  const unknown = extras.find((symbol) => needsLookup(stored[symbol], Date.now()));
  if (unknown === undefined) return stored;
  await lookUp(unknown);
  return (await listingsItem.get()) ?? {};
}
