import { describe, expect, it } from 'vitest';
import { buildDerivatives, mergePerps, openInterestChange } from '@/lib/market/derivatives';
import type { OpenInterestPoint, PerpQuote } from '@/lib/sources/model';
import { HOUR } from '@/lib/time';

const NOW = 1_770_885_000_000;

const perp = (over: Partial<PerpQuote>): PerpQuote => ({
  asset: 'BTC',
  venue: 'binance-futures',
  markPrice: 67476.5,
  indexPrice: 67490,
  openInterestUsd: 18e9,
  fundingRate8h: 0.0001,
  at: NOW,
  ...over,
});

const point = (venue: OpenInterestPoint['venue'], agoHours: number, usd: number): OpenInterestPoint => ({
  asset: 'BTC',
  venue,
  at: NOW - agoHours * HOUR,
  openInterestUsd: usd,
});

describe('mergePerps', () => {
  it('sums open interest, weights funding by it, and takes the median basis', () => {
    const [btc] = mergePerps([
      perp({ openInterestUsd: 30e9, fundingRate8h: 0.0001 }),
      perp({ venue: 'bybit', openInterestUsd: 10e9, fundingRate8h: -0.0003, markPrice: 67490 }),
    ]);
    expect(btc?.openInterestUsd).toBe(40e9);
    expect(btc?.fundingRate8h).toBeCloseTo((30 * 0.0001 + 10 * -0.0003) / 40, 12);
    expect(btc?.basisPct).toBeCloseTo((((67476.5 - 67490) / 67490) * 100) / 2, 9);
    expect(btc?.venues).toEqual(['binance-futures', 'bybit']);
  });

  it('leaves a figure out rather than inventing it', () => {
    const [btc] = mergePerps([perp({ openInterestUsd: undefined, fundingRate8h: undefined, indexPrice: undefined })]);
    expect(btc).toEqual({ asset: 'BTC', venues: ['binance-futures'] });
  });
});

describe('openInterestChange', () => {
  it('finds the article’s deleveraging: −4.4 % in 24 h, −34 % in 30 days', () => {
    const history = [
      point('binance-futures', 0, 18e9),
      point('binance-futures', 24, 18e9 / 0.956),
      point('binance-futures', 720, 18e9 / 0.66),
      point('bybit', 0, 11e9),
      point('bybit', 24, 11e9 / 0.956),
      point('bybit', 720, 11e9 / 0.66),
    ];
    const change = openInterestChange(history);
    expect(change['24h']).toBeCloseTo(-4.4, 9);
    expect(change['30d']).toBeCloseTo(-34, 9);
    expect(change['1h']).toBeUndefined();
  });

  it('compares each venue only with itself, so a venue joining is no change', () => {
    const history = [
      point('binance-futures', 0, 18e9),
      point('binance-futures', 24, 18e9),
      // OKX has no point 24 h ago: its 5 B must not read as growth.
      point('okx', 0, 5e9),
    ];
    expect(openInterestChange(history)['24h']).toBe(0);
  });

  it('measures the hours between: four and twelve', () => {
    const history = [0, 4, 12].map((ago) => point('binance-futures', ago, 18e9 * (1 + ago / 100)));
    const change = openInterestChange(history);
    expect(change['4h']).toBeCloseTo((1 / 1.04 - 1) * 100, 9);
    expect(change['12h']).toBeCloseTo((1 / 1.12 - 1) * 100, 9);
  });

  it('needs a point near the window start', () => {
    const history = [point('binance-futures', 0, 18e9), point('binance-futures', 20, 19e9)];
    expect(openInterestChange(history)['24h']).toBeUndefined();
  });
});

describe('buildDerivatives', () => {
  it('is null without perpetuals, so the popup can say so', () => {
    expect(
      buildDerivatives({ perps: [], openInterestHistory: [], volIndex: [], longShort: [], takerFlow: [] }),
    ).toBeNull();
  });

  it('takes the latest BTC long/short, taker flow and DVOL', () => {
    const derivatives = buildDerivatives({
      perps: [perp({})],
      openInterestHistory: [],
      volIndex: [
        { asset: 'BTC', venue: 'deribit', at: NOW - HOUR, value: 52 },
        { asset: 'BTC', venue: 'deribit', at: NOW, value: 58.4 },
      ],
      longShort: [{ asset: 'BTC', venue: 'binance-futures', at: NOW, longShortRatio: 1.92 }],
      takerFlow: [{ asset: 'BTC', venue: 'binance-futures', at: NOW, buySellRatio: 0.82 }],
    });
    expect(derivatives).toMatchObject({
      openInterestUsd: 18e9,
      fundingRate8h: 0.0001,
      longShortRatio: 1.92,
      takerBuySellRatio: 0.82,
      dvol: { BTC: 58.4 },
    });
  });

  it('gives each asset its own open-interest change, and says when the changes end', () => {
    const eth = (agoHours: number, usd: number): OpenInterestPoint => ({
      ...point('bybit', agoHours, usd),
      asset: 'ETH',
    });
    const derivatives = buildDerivatives({
      perps: [perp({}), perp({ asset: 'ETH', venue: 'bybit', markPrice: 1985, indexPrice: 1985.4 })],
      openInterestHistory: [
        point('binance-futures', 1, 18e9),
        point('binance-futures', 25, 18e9 / 0.956),
        eth(1, 9e9),
        eth(25, 9e9 / 1.02),
      ],
      volIndex: [],
      longShort: [],
      takerFlow: [],
    });
    const change = (asset: string) =>
      derivatives?.assets.find((entry) => entry.asset === asset)?.openInterestChangePct?.['24h'];
    expect(change('BTC')).toBeCloseTo(-4.4, 9);
    expect(change('ETH')).toBeCloseTo(2, 9);
    expect(derivatives?.openInterestChangePct['24h']).toBeCloseTo((27 / (18 / 0.956 + 9 / 1.02) - 1) * 100, 9);
    expect(derivatives?.openInterestAt).toBe(NOW - HOUR);
  });

  it('leaves an asset with no history of its own without a change', () => {
    const derivatives = buildDerivatives({
      perps: [perp({})],
      openInterestHistory: [],
      volIndex: [],
      longShort: [],
      takerFlow: [],
    });
    expect(derivatives?.assets[0]).not.toHaveProperty('openInterestChangePct');
    expect(derivatives).not.toHaveProperty('openInterestAt');
  });
});
