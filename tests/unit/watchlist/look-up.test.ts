import { describe, expect, it } from 'vitest';
import type { FetchLike } from '@/lib/sources/fetch-json';
import type { ListingVenue } from '@/lib/watchlist/listings';
import { decidedListing, describeLookup, lookUpListing, type VenueReadiness } from '@/lib/watchlist/look-up';

const binanceListed = {
  symbols: [{ symbol: 'DOGEUSDT', status: 'TRADING', baseAsset: 'DOGE', quoteAsset: 'USDT' }],
};
const coinbaseListed = { id: 'DOGE-USD', base_currency: 'DOGE', quote_currency: 'USD', status: 'online' };
const INVALID_SYMBOL = Response.json({ code: -1121, msg: 'Invalid symbol.' }, { status: 400 });
const NOT_FOUND = Response.json({ message: 'NotFound' }, { status: 404 });

type Answer = Response | 'unreachable';

/** Binance and Coinbase as the test says they answer, recording which hosts were asked. */
function venues(binance: () => Answer, coinbase: () => Answer) {
  const asked: string[] = [];
  const fetch: FetchLike = async (url) => {
    const host = new URL(url).host;
    asked.push(host);
    const answer = host === 'api.binance.com' ? binance() : coinbase();
    if (answer === 'unreachable') throw new TypeError('Failed to fetch');
    return answer.clone();
  };
  return { asked, fetch };
}

const allReady = (): VenueReadiness => 'ready';

describe('lookUpListing', () => {
  it('takes Binance’s word first and asks Coinbase nothing more', async () => {
    const { asked, fetch } = venues(
      () => Response.json(binanceListed),
      () => Response.json(coinbaseListed),
    );
    await expect(lookUpListing('DOGE', allReady, { fetch })).resolves.toEqual({ venue: 'binance-spot' });
    expect(asked).toEqual(['api.binance.com']);
  });

  it('falls back to Coinbase when Binance does not list the pair, or cannot be reached', async () => {
    for (const binance of [() => INVALID_SYMBOL, () => 'unreachable' as const]) {
      const { asked, fetch } = venues(binance, () => Response.json(coinbaseListed));
      await expect(lookUpListing('DOGE', allReady, { fetch })).resolves.toEqual({ venue: 'coinbase' });
      expect(asked).toEqual(['api.binance.com', 'api.exchange.coinbase.com']);
    }
  });

  it('says neither lists it only when both answered so', async () => {
    const { fetch } = venues(
      () => INVALID_SYMBOL,
      () => NOT_FOUND,
    );
    const outcome = await lookUpListing('NOPE', allReady, { fetch });
    expect(outcome).toEqual({ venue: null, asked: ['binance-spot', 'coinbase'], unreachable: [] });
    expect(describeLookup('NOPE', outcome)).toBe('Neither Binance nor Coinbase lists NOPE against the dollar.');
    expect(decidedListing(outcome, 5)).toEqual({ venue: null, at: 5 });
  });

  it('says so when the exchanges could not be reached, and keeps nothing', async () => {
    const { fetch } = venues(
      () => 'unreachable',
      () => Response.json({ message: 'Internal server error' }, { status: 500 }),
    );
    const outcome = await lookUpListing('DOGE', allReady, { fetch });
    expect(describeLookup('DOGE', outcome)).toBe('Could not reach the exchanges — try again.');
    expect(decidedListing(outcome, 5)).toBeNull();
  });

  it('names the venue that could not be reached when the other does not list the symbol', async () => {
    const { fetch } = venues(
      () => 'unreachable',
      () => NOT_FOUND,
    );
    const outcome = await lookUpListing('NOPE', allReady, { fetch });
    expect(describeLookup('NOPE', outcome)).toBe(
      'Coinbase does not list NOPE against the dollar, and Binance could not be reached — try again.',
    );
    expect(decidedListing(outcome, 5)).toBeNull();
  });

  it('never calls a venue switched off or waiting out a ban', async () => {
    const { asked, fetch } = venues(
      () => Response.json(binanceListed),
      () => NOT_FOUND,
    );
    const binanceWaiting = (venue: ListingVenue): VenueReadiness => (venue === 'binance-spot' ? 'waiting' : 'ready');
    const waiting = await lookUpListing('DOGE', binanceWaiting, { fetch });
    expect(asked).toEqual(['api.exchange.coinbase.com']);
    expect(waiting).toEqual({ venue: null, asked: ['binance-spot', 'coinbase'], unreachable: ['binance-spot'] });

    const binanceOff = (venue: ListingVenue): VenueReadiness => (venue === 'binance-spot' ? 'off' : 'ready');
    const off = await lookUpListing('DOGE', binanceOff, { fetch });
    expect(describeLookup('DOGE', off)).toBe('Coinbase does not list DOGE against the dollar.');

    const none = await lookUpListing('DOGE', () => 'off', { fetch });
    expect(describeLookup('DOGE', none)).toBe(
      'Turn Binance or Coinbase on under Venues: symbols beyond the majors come from them.',
    );
    expect(asked).toEqual(['api.exchange.coinbase.com', 'api.exchange.coinbase.com']);
  });

  it('tells which venue lists it', () => {
    expect(describeLookup('DOGE', { venue: 'binance-spot' })).toBe('Binance lists DOGE against the dollar.');
    expect(describeLookup('AERO', { venue: 'coinbase' })).toBe('Coinbase lists AERO against the dollar.');
    expect(decidedListing({ venue: 'coinbase' }, 7)).toEqual({ venue: 'coinbase', at: 7 });
  });
});
