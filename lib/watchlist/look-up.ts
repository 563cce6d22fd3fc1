import { binanceListsPair } from '../sources/binance-spot';
import { coinbaseListsPair } from '../sources/coinbase';
import type { FetchJsonOptions } from '../sources/fetch-json';
import { VENUES } from '../sources/venues';
import { t, uiLocale } from '../words';
import { LISTING_VENUES, type Listing, type ListingVenue } from './listings';

/**
 * A venue as the lookup finds it: switched off by the user (not asked), waiting out a ban or a
 * backoff (not asked, counted as not reached), or ready.
 */
export type VenueReadiness = 'off' | 'waiting' | 'ready';

export type LookupOutcome =
  | { venue: ListingVenue }
  | { venue: null; asked: ListingVenue[]; unreachable: ListingVenue[] };

const LISTS_PAIR: Record<ListingVenue, (base: string, options?: FetchJsonOptions) => Promise<boolean>> = {
  'binance-spot': binanceListsPair,
  coinbase: coinbaseListsPair,
};

/**
 * Ask Binance, then Coinbase, whether it trades `symbol` against the dollar. A venue that fails
 * (down, rate-limited, blocked here) is counted as not reached, so "not listed" is said only when
 * every venue asked answered.
 */
export async function lookUpListing(
  symbol: string,
  readiness: (venue: ListingVenue) => VenueReadiness,
  options?: FetchJsonOptions,
): Promise<LookupOutcome> {
  const asked: ListingVenue[] = [];
  const unreachable: ListingVenue[] = [];
  for (const venue of LISTING_VENUES) {
    const ready = readiness(venue);
    if (ready === 'off') continue;
    asked.push(venue);
    if (ready === 'waiting') {
      unreachable.push(venue);
      continue;
    }
    try {
      if (await LISTS_PAIR[venue](symbol, options)) return { venue };
    } catch {
      unreachable.push(venue);
    }
  }
  return { venue: null, asked, unreachable };
}

/** The outcome worth keeping: a venue, or "none" once every venue asked has said so. */
export function decidedListing(outcome: LookupOutcome, at: number): Listing | null {
  if (outcome.venue !== null) return { venue: outcome.venue, at };
  return outcome.asked.length > 0 && outcome.unreachable.length === 0 ? { venue: null, at } : null;
}

const label = (venue: ListingVenue) => VENUES[venue].label;

/**
 * The outcome in a sentence for the options page. Two venues are asked (LISTING_VENUES): when
 * neither lists the symbol, both answered; when one does not, the other either was off or was not reached.
 */
export function describeLookup(symbol: string, outcome: LookupOutcome): string {
  if (outcome.venue !== null) return t('options.venueLists', { venue: label(outcome.venue), symbol });
  const { asked, unreachable } = outcome;
  if (asked.length === 0) return t('options.turnListingVenuesOn');
  if (unreachable.length === asked.length) return t('options.exchangesUnreachable');
  const [first = '', second] = asked.filter((venue) => !unreachable.includes(venue)).map(label);
  if (second !== undefined) return t('options.neitherLists', { first, second, symbol });
  if (unreachable.length === 0) return t('options.doesNotList', { venue: first, symbol });
  return t('options.doesNotListOtherUnreachable', {
    venue: first,
    symbol,
    unreachable: new Intl.ListFormat(uiLocale()).format(unreachable.map(label)),
  });
}
