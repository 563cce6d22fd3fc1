import { describe, expect, it } from 'vitest';
import { MAJOR_ASSETS } from '@/lib/assets';
import { median } from '@/lib/market/median';
import { mergeQuotes } from '@/lib/market/merge-quotes';
import type { VenueQuote } from '@/lib/sources/model';

const quote = (asset: VenueQuote['asset'], price: number, change24hPct = 0): VenueQuote => ({
  asset,
  venue: 'binance-spot',
  price,
  change24hPct,
  open24h: price,
  volume24hUsd: 1,
  at: 0,
});

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(RangeError);
  });
});

describe('mergeQuotes', () => {
  it('gives one quote per asset in watchlist order, with the venues that quoted it', () => {
    const merged = mergeQuotes([quote('ETH', 2000, -3), quote('BTC', 67490, -1.88)], MAJOR_ASSETS);
    expect(merged).toEqual([
      { asset: 'BTC', price: 67490, change24hPct: -1.88, venues: ['binance-spot'] },
      { asset: 'ETH', price: 2000, change24hPct: -3, venues: ['binance-spot'] },
    ]);
  });

  it('is not dragged by one venue with a bad print', () => {
    const [btc] = mergeQuotes([quote('BTC', 67490), quote('BTC', 67510), quote('BTC', 1)], MAJOR_ASSETS);
    expect(btc?.price).toBe(67490);
  });
});
