import { describe, expect, it } from 'vitest';
import { HOUR } from '@/lib/time';
import { keepListings, type Listings, needsLookup } from '@/lib/watchlist/listings';

const NOW = 1_770_885_000_000;

describe('needsLookup', () => {
  it('looks up a symbol never looked up here, and one found nowhere a day ago', () => {
    expect(needsLookup(undefined, NOW)).toBe(true);
    expect(needsLookup({ venue: 'binance-spot', at: NOW - 90 * 24 * HOUR }, NOW)).toBe(false);
    expect(needsLookup({ venue: null, at: NOW - 23 * HOUR }, NOW)).toBe(false);
    expect(needsLookup({ venue: null, at: NOW - 24 * HOUR }, NOW)).toBe(true);
  });
});

describe('keepListings', () => {
  it('keeps the watchlist’s extras, and lookups of the last hour not saved yet', () => {
    const listings: Listings = {
      DOGE: { venue: 'binance-spot', at: NOW - 48 * HOUR },
      LINK: { venue: 'coinbase', at: NOW - 10 * 60_000 },
      AVAX: { venue: 'binance-spot', at: NOW - 2 * HOUR },
    };
    expect(Object.keys(keepListings(listings, ['DOGE'], NOW)).sort()).toEqual(['DOGE', 'LINK']);
  });

  it('stays bounded however many symbols were looked up, the watchlist’s first', () => {
    const listings: Listings = Object.fromEntries(
      Array.from({ length: 60 }, (_, k) => [`S${k}A`, { venue: 'binance-spot' as const, at: NOW - k * 1000 }]),
    );
    const kept = keepListings(listings, ['S59A'], NOW);
    expect(Object.keys(kept)).toHaveLength(40);
    expect(kept).toHaveProperty('S59A');
    expect(kept).toHaveProperty('S0A');
    expect(kept).not.toHaveProperty('S58A');
  });
});
