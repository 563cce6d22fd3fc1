import { beforeEach, describe, expect, it } from 'vitest';
import type { MarketFigures } from '@/lib/annotate/article-figures';
import { type Claim, MARKET } from '@/lib/annotate/claim';
import { compare } from '@/lib/annotate/compare';
import { clockTime, percent, usd } from '@/lib/format/plain-number';
import { describeDisagreement } from '@/lib/market/disagreement';
import { inGerman } from '../helpers/in-german';

const PUBLISHED = Date.UTC(2026, 2, 12, 8, 0);
const SINCE = PUBLISHED + 86_000_000;

const now: MarketFigures = {
  at: PUBLISHED + 86_400_000,
  scopes: [
    {
      asset: 'BTC',
      price: 70_120,
      change: { '24h': -0.42, '7d': 3.1 },
      liquidated: { '24h': { long: 120e6, short: 30e6 } },
      // Two venues apart: neither can be named as the one apart.
      disagreement: {
        spreadPct: 0.92,
        prices: [
          { venue: 'coinbase', price: 69_480 },
          { venue: 'binance-spot', price: 70_120 },
        ],
      },
    },
    { asset: 'ETH', price: 1_985.4, change: { '24h': -2.97 } },
    {
      asset: MARKET,
      liquidated: { '30d': { long: 21.9e3, short: 2e3, since: SINCE } },
      marketCapUsd: 2.36e12,
    },
  ],
  liquidationVenues: ['binance-futures', 'bybit', 'okx'],
  marketCapAt: SINCE,
};
const atPublication: MarketFigures = { at: PUBLISHED, scopes: [{ asset: 'BTC', price: 67_400 }] };

const claim = (fields: Partial<Claim> & Pick<Claim, 'kind' | 'value'>): Claim => ({
  asset: 'BTC',
  unit: 'USD',
  start: 0,
  end: 1,
  ...fields,
});

/** Intl's German puts a no-break space before "$" and "%"; written here as plain spaces. */
const plain = (text: string | undefined) => text?.replaceAll('\u00a0', ' ');
const cardOf = (comparison: ReturnType<typeof compare>) => comparison?.card.map((row) => plain(row.text));
const since = clockTime(SINCE);

describe('compare, in a browser set to German', () => {
  beforeEach(inGerman);

  it('says a price, its verdict at publication and how far the venues differ in German, with German numbers', () => {
    const result = compare(claim({ kind: 'price', value: 67_490 }), now, atPublication);
    expect(plain(result?.chip)).toBe('jetzt 70.120 $ · +3,9 %');
    expect(cardOf(result)).toEqual([
      'Gelesen als: BTC · Preis jetzt',
      'Artikel: BTC-Preis 67.490 $',
      'Bei Veröffentlichung (12. März 2026, 08:00 UTC): 67.400 $, damals korrekt',
      'Jetzt: 70.120 $',
      'Die Börsen weichen um 0,92 % voneinander ab: Coinbase 69.480 $, Binance 70.120 $',
      'Der Markt hat sich seitdem bewegt.',
    ]);
  });

  it('says how far off a figure was even when written', () => {
    const result = compare(claim({ kind: 'price', value: 72_000 }), now, atPublication);
    expect(plain(result?.card[2]?.text)).toBe(
      'Bei Veröffentlichung (12. März 2026, 08:00 UTC): 67.400 $, schon damals um 6,8 % daneben',
    );
  });

  it('gives a move its window, and says which it assumed', () => {
    expect(plain(compare(claim({ kind: 'change', value: 5, unit: 'percent', window: '7d' }), now)?.chip)).toBe(
      'jetzt +3,10 % 7 Tage',
    );
    expect(cardOf(compare(claim({ kind: 'change', asset: 'ETH', value: -2.97, unit: 'percent' }), now))).toEqual([
      'Gelesen als: ETH · Bewegung (ohne Zeitraumangabe)',
      'Artikel: ETH-Preisveränderung -2,97 % (kein Zeitraum angegeben; verglichen über 24 h)',
      'Jetzt: -2,97 % 24 h',
    ]);
  });

  it('names the side of a liquidation total, and the venues it is counted from', () => {
    const longs = compare(claim({ kind: 'liquidations', value: 237e6, side: 'long', window: '24h' }), now);
    expect(plain(longs?.chip)).toBe('jetzt 120 Mio. $ Longs 24 h');
    expect(cardOf(longs)).toEqual([
      'Gelesen als: BTC · Longs liquidiert in 24 h',
      'Artikel: BTC-Liquidationen (Longs), 24 h 237 Mio. $',
      'Jetzt: 120 Mio. $ Longs 24 h',
      'Gezählt aus den Live-Liquidations-Streams von Binance Futures, Bybit und OKX.',
    ]);
  });

  it('says what the streams hold over a window they watched only part of, thousands written out', () => {
    const monthly = compare(claim({ kind: 'liquidations', asset: MARKET, value: 4.4e9, window: '30d' }), now);
    expect(plain(monthly?.chip)).toBe(`seit ${since}: 23.900 $`);
    expect(cardOf(monthly)?.slice(0, 2)).toEqual([
      'Gelesen als: gesamter Markt · Positionen liquidiert in 30 Tagen',
      'Artikel: Markt-Liquidationen, 30 Tage 4,4 Mrd. $',
    ]);
    expect(cardOf(monthly)?.slice(-2)).toEqual([
      `Seit ${since}: 23.900 $, alles, was Undertow gesehen hat.`,
      `Keine Live-Summe über 30 Tage: Die Streams werden erst seit ${since} beobachtet, und die Börsen veröffentlichen keine marktweiten Daten zur Zeit davor.`,
    ]);
  });

  it('says where the price stands against a support level', () => {
    const support = compare(claim({ kind: 'support', value: 75_000 }), now);
    expect(plain(support?.chip)).toBe('jetzt 70.120 $ · 6,5 % darunter');
    expect(cardOf(support)?.slice(0, 3)).toEqual([
      'Gelesen als: BTC · Unterstützung',
      'Artikel: BTC-Unterstützung bei 75.000 $',
      'Jetzt: 70.120 $, 6,5 % darunter',
    ]);
    expect(plain(support?.level?.text)).toBe('75.000 $');
  });

  it("names the whole market's cap as its total, and whose count it is", () => {
    expect(cardOf(compare(claim({ kind: 'market-cap', asset: MARKET, value: 3.2e12 }), now))).toEqual([
      'Gelesen als: gesamter Markt · Marktkapitalisierung jetzt',
      'Artikel: Gesamt-Marktkapitalisierung 3,2 Bio. $',
      'Jetzt: 2,36 Bio. $',
      `Alle Coins zusammen, wie CoinGecko sie um ${since} zählt.`,
    ]);
  });

  it('names a venue apart from the others', () => {
    const outlier = { venue: 'kraken' as const, price: 70_760, offPct: 0.913 };
    const unsigned = (value: number) => percent(value).replace('+', '');
    expect(plain(describeDisagreement({ spreadPct: 0.92, prices: [], outlier }, usd, unsigned))).toBe(
      'Kraken liegt mit 70.760 $ 0,91 % über den anderen Börsen und bleibt außen vor',
    );
  });
});
