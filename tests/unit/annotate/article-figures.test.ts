import { describe, expect, it } from 'vitest';
import { figuresAt, figuresNow } from '@/lib/annotate/article-figures';
import { MARKET } from '@/lib/annotate/claim';
import type { MarketPoint } from '@/lib/history/market-point';
import { addLiquidations, emptyBuckets } from '@/lib/market/liquidation-buckets';
import type { MarketSnapshot } from '@/lib/market/snapshot';
import { DAY, HOUR, MINUTE } from '@/lib/time';

const NOW = Date.UTC(2026, 10, 24, 12);

/** Hourly history for 31 days: BTC rising 100 $ an hour, with the market's OI change and funding. */
const hourly: MarketPoint[] = Array.from({ length: 31 * 24 + 1 }, (_, k) => {
  const t = NOW - (31 * 24 - k) * HOUR;
  return {
    t,
    close: { BTC: 60000 + k * 100 },
    oiChange24hPct: -2,
    btcFunding8h: 0.0001,
    liqLong24hUsd: 5e6,
    liqShort24hUsd: 1e6,
  };
});
const history = { fiveMinute: [], hourly };

const snapshot: MarketSnapshot = {
  takenAt: NOW,
  assets: [{ asset: 'BTC', price: 134400, change24hPct: 1.8, venues: ['binance-spot'] }],
  derivatives: {
    assets: [
      {
        asset: 'BTC',
        openInterestUsd: 45e9,
        fundingRate8h: 0.0002,
        openInterestChangePct: { '1h': 0.4, '24h': -3.9 },
        venues: ['binance-futures', 'bybit'],
      },
    ],
    openInterestUsd: 80e9,
    openInterestChangePct: { '24h': -4.4, '30d': -34 },
    openInterestAt: NOW - 20 * MINUTE,
    dvol: {},
  },
  marketCap: { totalUsd: 3.2e12, totalAt: NOW - 4 * MINUTE, assets: { BTC: 2.66e12 } },
};

const VENUES = ['binance-futures', 'bybit', 'okx'] as const;

describe('figuresNow', () => {
  it("takes the venues' 24 h change, longer changes from history, and live liquidations", () => {
    const buckets = addLiquidations(
      emptyBuckets(NOW - 2 * DAY),
      [{ venue: 'binance-futures', asset: 'BTC', side: 'long', usd: 3e6, at: NOW - HOUR }],
      NOW,
    );
    const figures = figuresNow(snapshot, history, { buckets, venues: [...VENUES] }, NOW);
    const btc = figures.scopes.find((scope) => scope.asset === 'BTC');
    expect(btc?.change?.['24h']).toBe(1.8);
    expect(btc?.change?.['7d']).toBeCloseTo((134400 / (134400 - 168 * 100) - 1) * 100, 6);
    expect(btc).toMatchObject({
      price: 134400,
      oiUsd: 45e9,
      oiChange: { '1h': 0.4, '24h': -3.9 },
      fundingPct: 0.02,
      fundingVenues: ['binance-futures', 'bybit'],
      liquidated: { '24h': { long: 3e6, short: 0 } },
      marketCapUsd: 2.66e12,
    });
    expect(btc?.liquidated?.['30d']).toEqual({ long: 3e6, short: 0, since: NOW - 2 * DAY });
    expect(figures.scopes.find((scope) => scope.asset === MARKET)).toMatchObject({
      oiChange: { '24h': -4.4, '30d': -34 },
      oiUsd: 80e9,
      liquidated: { '24h': { long: 3e6, short: 0 } },
      marketCapUsd: 3.2e12,
    });
    expect(figures).toMatchObject({
      liquidationVenues: VENUES,
      oiAt: NOW - 20 * MINUTE,
      marketCapAt: NOW - 4 * MINUTE,
    });
  });

  it('says when the liquidation watch began inside a window', () => {
    const figures = figuresNow(snapshot, history, { buckets: emptyBuckets(NOW - 3 * HOUR), venues: [] }, NOW);
    const market = figures.scopes.find((scope) => scope.asset === MARKET);
    expect(market?.liquidated?.['1h']).toEqual({ long: 0, short: 0 });
    expect(market?.liquidated?.['4h']).toEqual({ long: 0, short: 0, since: NOW - 3 * HOUR });
  });

  it('has no liquidations while the streams are not heard from', () => {
    const figures = figuresNow(snapshot, history, null, NOW);
    expect(figures.scopes.every((scope) => scope.liquidated === undefined)).toBe(true);
  });

  it('measures hour windows from five-minute points only, within a tenth of the window', () => {
    // Five-minute closes for the last 13 hours: BTC 10 $ higher each five minutes.
    const fiveMinute: MarketPoint[] = Array.from({ length: 13 * 12 + 1 }, (_, k) => ({
      t: NOW - (13 * 12 - k) * 5 * MINUTE,
      close: { BTC: 134400 - (13 * 12 - k) * 10 },
    }));
    const btc = figuresNow(snapshot, { fiveMinute, hourly }, null, NOW).scopes[0];
    expect(btc?.change?.['1h']).toBeCloseTo((134400 / (134400 - 120) - 1) * 100, 6);
    expect(btc?.change?.['4h']).toBeCloseTo((134400 / (134400 - 480) - 1) * 100, 6);
    expect(btc?.change?.['12h']).toBeCloseTo((134400 / (134400 - 1440) - 1) * 100, 6);
    // Hourly points alone, half an hour off, do not make a past hour.
    const offHour = hourly.map((point) => ({ ...point, t: point.t - 30 * MINUTE }));
    const coarse = figuresNow(snapshot, { fiveMinute: [], hourly: offHour }, null, NOW).scopes[0];
    expect(coarse?.change?.['1h']).toBeUndefined();
    expect(coarse?.change?.['12h']).toBeUndefined();
    expect(coarse?.change?.['7d']).toBeDefined();
  });
});

describe('figuresAt', () => {
  it('reads the market at a past moment from the nearest hourly point', () => {
    const t = NOW - 5 * DAY + 10 * 60_000;
    const figures = figuresAt(history, t);
    const btc = figures?.scopes.find((scope) => scope.asset === 'BTC');
    const close = 60000 + (31 * 24 - 5 * 24) * 100;
    expect(figures?.at).toBe(NOW - 5 * DAY);
    expect(btc?.price).toBe(close);
    expect(btc?.change?.['24h']).toBeCloseTo((close / (close - 2400) - 1) * 100, 6);
    expect(btc?.fundingPct).toBeCloseTo(0.01, 10);
    expect(figures?.scopes.find((scope) => scope.asset === MARKET)).toMatchObject({
      oiChange: { '24h': -2 },
      liquidated: { '24h': { long: 5e6, short: 1e6 } },
    });
  });

  it('has nothing for a moment history does not reach', () => {
    expect(figuresAt(history, NOW - 60 * DAY)).toBeUndefined();
  });
});
