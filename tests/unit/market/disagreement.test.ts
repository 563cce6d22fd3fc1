import { describe, expect, it } from 'vitest';
import { MAJOR_ASSETS } from '@/lib/assets';
import { type Disagreement, describeDisagreement, disagreementOf } from '@/lib/market/disagreement';
import { mergeQuotes } from '@/lib/market/merge-quotes';
import type { VenueQuote } from '@/lib/sources/model';
import type { VenueId } from '@/lib/sources/venues';

const quote = (venue: VenueId, price: number, change24hPct = 0): VenueQuote => ({
  asset: 'BTC',
  venue,
  price,
  change24hPct,
  at: 0,
});
const usd = (value: number) => `$${value}`;
const pct = (value: number) => `${value.toFixed(2)}%`;
const described = (disagreement: Disagreement | undefined) =>
  disagreement && describeDisagreement(disagreement, usd, pct);

describe('how far venues disagree', () => {
  it('says nothing while the venues are within half a percent of each other', () => {
    expect(disagreementOf([quote('binance-spot', 67_490), quote('coinbase', 67_200)])).toBeUndefined();
    expect(disagreementOf([quote('binance-spot', 67_490)])).toBeUndefined();
  });

  it('names the one venue apart when the others agree without it, and how far off it is', () => {
    const disagreement = disagreementOf([
      quote('binance-spot', 67_490),
      quote('coinbase', 66_880),
      quote('kraken', 67_500),
    ]);
    expect(disagreement?.outlier).toEqual({ venue: 'coinbase', price: 66_880, offPct: expect.closeTo(-0.911, 3) });
    expect(disagreement?.prices.map((price) => price.venue)).toEqual(['coinbase', 'binance-spot', 'kraken']);
    expect(described(disagreement)).toBe('Coinbase at $66880 is 0.91% below the other venues, and left out');
  });

  it('names nobody when two venues disagree, or when the others disagree among themselves too', () => {
    const two = disagreementOf([quote('binance-spot', 67_490), quote('coinbase', 66_880)]);
    expect(two?.outlier).toBeUndefined();
    expect(described(two)).toBe('The venues differ by 0.91%: Coinbase $66880, Binance $67490');
    const spread = disagreementOf([quote('binance-spot', 67_490), quote('coinbase', 66_880), quote('kraken', 68_100)]);
    expect(spread?.outlier).toBeUndefined();
    expect(spread?.spreadPct).toBeCloseTo(1.824, 2);
  });
});

describe('mergeQuotes where venues disagree', () => {
  it('leaves the venue apart out of the price and the change, and says so', () => {
    const [btc] = mergeQuotes(
      [quote('binance-spot', 67_490, -1.88), quote('coinbase', 66_880, -2.8), quote('kraken', 67_500, -1.9)],
      MAJOR_ASSETS,
    );
    expect(btc).toMatchObject({ price: 67_495, change24hPct: -1.89, venues: ['binance-spot', 'kraken'] });
    expect(btc?.disagreement?.outlier?.venue).toBe('coinbase');
  });

  it('keeps every venue in the median when none can be named, and still says they differ', () => {
    const [btc] = mergeQuotes([quote('binance-spot', 67_490), quote('coinbase', 66_880)], MAJOR_ASSETS);
    expect(btc).toMatchObject({ price: 67_185, venues: ['binance-spot', 'coinbase'] });
    expect(btc?.disagreement?.spreadPct).toBeCloseTo(0.912, 2);
  });
});
