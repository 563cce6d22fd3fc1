import { describe, expect, it } from 'vitest';
import type { MarketFigures } from '@/lib/annotate/article-figures';
import { type Claim, MARKET } from '@/lib/annotate/claim';
import { answerable, compare } from '@/lib/annotate/compare';
import { clockTime } from '@/lib/format/plain-number';

const PUBLISHED = Date.UTC(2026, 1, 12, 8, 0);

const now: MarketFigures = {
  at: PUBLISHED + 86_400_000,
  scopes: [
    {
      asset: 'BTC',
      price: 70120,
      change: { '1h': -0.31, '24h': -0.42, '7d': 3.1 },
      oiChange: { '4h': -1.26, '24h': -3.4 },
      fundingPct: 0.01,
      fundingVenues: ['binance-futures', 'bybit', 'okx'],
      liquidated: { '24h': { long: 120e6, short: 30e6 }, '7d': { long: 1.3e9, short: 0.5e9 } },
      marketCapUsd: 1.39e12,
    },
    { asset: 'ETH', price: 1985.4, change: { '24h': -2.97 } },
    {
      asset: MARKET,
      oiChange: { '24h': -2.1, '30d': -33.8 },
      oiUsd: 85.2e9,
      liquidated: {
        '1h': { long: 9e6, short: 1e6 },
        '24h': { long: 400e6, short: 90e6 },
        '30d': { long: 21.9e3, short: 2e3, since: PUBLISHED + 86_000_000 },
      },
      marketCapUsd: 2.36e12,
    },
  ],
  liquidationVenues: ['binance-futures', 'bybit', 'okx'],
  oiAt: PUBLISHED + 82_800_000,
  marketCapAt: PUBLISHED + 86_000_000,
};
const atPublication: MarketFigures = {
  at: PUBLISHED,
  scopes: [
    { asset: 'BTC', price: 67400, change: { '24h': -1.9 } },
    { asset: 'ETH', price: 2046.2 },
    { asset: MARKET, oiChange: { '24h': -4.3 } },
  ],
};

const claim = (fields: Partial<Claim> & Pick<Claim, 'kind' | 'value'>): Claim => ({
  asset: 'BTC',
  unit: fields.kind === 'change' || fields.kind === 'oi-change' || fields.kind === 'funding' ? 'percent' : 'USD',
  start: 0,
  end: 1,
  ...fields,
});

describe('compare: the chip', () => {
  it.each([
    [claim({ kind: 'price', value: 67490 }), 'now $70,120 · +3.9%'],
    [claim({ kind: 'change', value: -1.88, window: '24h' }), 'now -0.42% 24h'],
    [claim({ kind: 'change', value: 5, window: '7d' }), 'now +3.10% 7d'],
    [claim({ kind: 'change', value: -1.88 }), 'now -0.42% 24h'],
    [claim({ kind: 'oi-change', asset: MARKET, value: -4.4, window: '24h' }), 'now -2.1% 24h'],
    [claim({ kind: 'oi-level', asset: MARKET, value: 90e9 }), 'now $85.2B · -5.3%'],
    [claim({ kind: 'liquidations', value: 237e6, side: 'long', window: '24h' }), 'now $120M longs 24h'],
    [claim({ kind: 'liquidations', asset: MARKET, value: 500e6 }), 'now $490M 24h'],
    [claim({ kind: 'funding', value: 0.01 }), 'now +0.0100%'],
    [claim({ kind: 'support', value: 75000 }), 'now $70,120 · 6.5% below'],
    [claim({ kind: 'resistance', value: 65000 }), 'now $70,120 · 7.9% above'],
  ])('%#: %o reads "%s"', (input, text) => {
    expect(compare(input, now)?.chip).toBe(text);
  });

  it.each([
    [claim({ kind: 'change', value: -0.3, window: '1h' }), 'now -0.31% 1h'],
    [claim({ kind: 'oi-change', value: -3, window: '24h' }), 'now -3.4% 24h'],
    [claim({ kind: 'oi-change', value: -1, window: '4h' }), 'now -1.3% 4h'],
    [claim({ kind: 'liquidations', asset: MARKET, value: 12e6, window: '1h' }), 'now $10M 1h'],
    [claim({ kind: 'liquidations', value: 2e9, window: '7d' }), 'now $1.8B 7d'],
    [claim({ kind: 'market-cap', value: 1.3e12 }), 'now $1.39T · +6.9%'],
    [claim({ kind: 'market-cap', asset: MARKET, value: 3.2e12 }), 'now $2.36T · -26.3%'],
  ])('%#: %o, newly measured, reads "%s"', (input, text) => {
    expect(answerable(input, now)).toBe(true);
    expect(compare(input, now)?.chip).toBe(text);
  });

  it.each([
    ['a year-to-date change', claim({ kind: 'change', value: 31, window: 'ytd' })],
    ['a one-year change', claim({ kind: 'change', value: 80, window: '1y' })],
    ["one asset's liquidations over an hour", claim({ kind: 'liquidations', value: 2e6, window: '1h' })],
    ['an asset Undertow does not follow', claim({ kind: 'price', asset: 'DOGE', value: 0.17 })],
    ['a market cap of nothing', claim({ kind: 'market-cap', asset: MARKET, value: 0 })],
  ])('has no chip for %s', (_, input) => {
    expect(answerable(input, now)).toBe(false);
    expect(compare(input, now)).toBeUndefined();
  });

  it('keeps a chip for a figure that has not arrived yet, to show when it does', () => {
    const waiting: MarketFigures = { at: now.at, scopes: [{ asset: 'BTC', price: 70120 }] };
    const liquidations = claim({ kind: 'liquidations', value: 237e6, side: 'long' });
    expect(answerable(liquidations, waiting)).toBe(true);
    expect(compare(liquidations, waiting)).toBeUndefined();
  });

  it('offers an alert at a support or resistance level', () => {
    expect(compare(claim({ kind: 'support', value: 75000 }), now)?.level).toEqual({
      asset: 'BTC',
      price: 75000,
      text: '$75,000',
    });
  });
});

describe('compare: right when written?', () => {
  it('says a figure matched the market at publication, and that the market has moved since', () => {
    const result = compare(claim({ kind: 'price', value: 67490 }), now, atPublication);
    expect(result?.verdict).toBe('right');
    expect(result?.card.map((row) => row.text)).toEqual([
      'Read as: BTC · price now',
      'Article: BTC price $67,490',
      expect.stringMatching(/^At publication \(12 Feb 2026, 08:00 UTC\): \$67,400, right when written$/),
      'Now: $70,120',
      'The market has moved since.',
    ]);
  });

  it('says how far off a figure was even when written', () => {
    const result = compare(claim({ kind: 'price', asset: 'ETH', value: 2150 }), now, atPublication);
    expect(result?.verdict).toBe('off');
    expect(result?.card[2]?.text).toMatch(/\$2,046\.20, off by 5\.1% even when written$/);
  });

  it('judges a change in percentage points, allowing for rounding', () => {
    const right = compare(claim({ kind: 'change', value: -1.88, window: '24h' }), now, atPublication);
    const off = compare(claim({ kind: 'change', value: -6, window: '24h' }), now, atPublication);
    expect([right?.verdict, off?.verdict]).toEqual(['right', 'off']);
    expect(off?.card[2]?.text).toMatch(/-1\.90%, off even when written$/);
  });

  it('gives no verdict when history has nothing at publication', () => {
    const result = compare(claim({ kind: 'funding', value: 0.01 }), now, atPublication);
    expect(result?.verdict).toBeUndefined();
    expect(result?.card.map((row) => row.text)).toEqual([
      'Read as: BTC · funding rate now',
      'Article: BTC funding per 8 h +0.0100%',
      'Now: +0.0100%',
      'Weighted by open interest across Binance Futures, Bybit and OKX.',
    ]);
  });
});

describe('compare: the card', () => {
  it('says when the article gave no period and which one it is compared over', () => {
    const result = compare(claim({ kind: 'change', asset: 'ETH', value: -2.97 }), now);
    expect(result?.card[1]?.text).toBe('Article: ETH change -2.97% (no period given; compared over 24h)');
    const stated = compare(claim({ kind: 'change', asset: 'ETH', value: -2.97, window: '24h' }), now);
    expect(stated?.card[1]?.text).toBe('Article: ETH change, 24h -2.97%');
  });

  it('opens with what Undertow read the figure as, so a misreading shows', () => {
    expect(compare(claim({ kind: 'change', asset: 'ETH', value: -2.97, window: '24h' }), now)?.card[0]?.text).toBe(
      'Read as: ETH · 24 h move',
    );
    expect(compare(claim({ kind: 'price', value: 67490 }), now)?.card[0]?.text).toBe('Read as: BTC · price now');
    expect(compare(claim({ kind: 'support', value: 65000 }), now)?.card[0]?.text).toBe('Read as: BTC · support level');
  });
});

describe('compare: liquidations, told as watched', () => {
  const since = clockTime(PUBLISHED + 86_000_000);

  it('says what the streams hold over a window they watched only part of, never as the whole window', () => {
    const monthly = compare(claim({ kind: 'liquidations', asset: MARKET, value: 4.4e9, window: '30d' }), now);
    expect(monthly?.chip).toBe(`since ${since}: $23.9K`);
    expect(monthly?.chip).not.toMatch(/30d|24h/);
    expect(monthly?.verdict).toBeUndefined();
    expect(monthly?.card.map((row) => row.text)).toEqual([
      'Read as: whole market · positions liquidated, 30 d',
      'Article: Market liquidations, 30d $4.4B',
      'Counted from the live liquidation streams of Binance Futures, Bybit and OKX.',
      `Since ${since}: $23.9K, all Undertow has seen.`,
      `No live 30d total: the streams have been watched only since ${since}, and the venues publish no market-wide record of the time before.`,
    ]);
  });

  it("quotes the article's total as precisely as it was written", () => {
    const weekly = compare(claim({ kind: 'liquidations', value: 2.16e9, window: '7d' }), now);
    expect(weekly?.card[1]?.text).toBe('Article: BTC liquidations, 7d $2.16B');
  });

  it('names the side it counts', () => {
    const longs = compare(
      claim({ kind: 'liquidations', asset: MARKET, side: 'long', value: 4.4e9, window: '30d' }),
      now,
    );
    expect(longs?.chip).toBe(`since ${since}: $21.9K longs`);
  });

  it('gives a window the streams watched whole as the live total, with the venues it covers', () => {
    const weekly = compare(claim({ kind: 'liquidations', value: 2e9, window: '7d' }), now);
    expect(weekly?.card.slice(2).map((row) => row.text)).toEqual([
      'Now: $1.8B 7d',
      'Counted from the live liquidation streams of Binance Futures, Bybit and OKX.',
    ]);
  });
});

describe('compare: where a figure comes from', () => {
  it("ends an open-interest change at the venues' latest hourly figure", () => {
    const result = compare(claim({ kind: 'oi-change', value: -3, window: '24h' }), now);
    expect(result?.card.at(-1)?.text).toBe(
      `To the venues' latest hourly figure, ${clockTime(PUBLISHED + 82_800_000)}.`,
    );
  });

  it("says whose market cap it is: CoinGecko's for the whole market, price times supply for one asset", () => {
    const total = compare(claim({ kind: 'market-cap', asset: MARKET, value: 3.2e12 }), now);
    expect(total?.card.map((row) => row.text)).toEqual([
      'Read as: whole market · market cap now',
      'Article: Total market cap $3.2T',
      'Now: $2.36T',
      `Every coin's, as CoinGecko counts it at ${clockTime(PUBLISHED + 86_000_000)}.`,
    ]);
    const btc = compare(claim({ kind: 'market-cap', value: 1.3e12 }), now);
    expect(btc?.card.at(-1)?.text).toBe('Its price times the coins in circulation (CoinMarketCap’s count).');
  });
});

describe('compare: venues that disagree', () => {
  const apart: MarketFigures = {
    ...now,
    scopes: now.scopes.map((scope) =>
      scope.asset === 'BTC'
        ? {
            ...scope,
            disagreement: {
              spreadPct: 0.92,
              prices: [
                { venue: 'coinbase', price: 69_480 },
                { venue: 'binance-spot', price: 70_120 },
                { venue: 'kraken', price: 70_120 },
              ],
              outlier: { venue: 'coinbase', price: 69_480, offPct: -0.913 },
            },
          }
        : scope,
    ),
  };

  it('names the venue apart on a price’s card and on a level’s, and nowhere else', () => {
    const row = 'Coinbase at $69,480 is 0.91% below the other venues, and left out';
    expect(compare(claim({ kind: 'price', value: 67490 }), apart)?.card.map((line) => line.text)).toContain(row);
    expect(compare(claim({ kind: 'support', value: 65000 }), apart)?.card.map((line) => line.text)).toContain(row);
    expect(compare(claim({ kind: 'change', value: -1.88 }), apart)?.card.map((line) => line.text)).not.toContain(row);
    expect(compare(claim({ kind: 'price', value: 67490 }), now)?.card).toHaveLength(3);
  });
});
