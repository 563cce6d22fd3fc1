import { describe, expect, it } from 'vitest';
import { figuresAt, figuresNow } from '@/lib/annotate/article-figures';
import { MARKET } from '@/lib/annotate/claim';
import type { MarketPoint } from '@/lib/history/market-point';
import { addLiquidations, emptyBuckets } from '@/lib/market/liquidation-buckets';
import type { MarketSnapshot } from '@/lib/market/snapshot';
import { DAY, HOUR } from '@/lib/time';

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
    assets: [{ asset: 'BTC', openInterestUsd: 45e9, fundingRate8h: 0.0002, venues: ['binance-futures'] }],
    openInterestUsd: 80e9,
    openInterestChangePct: { '24h': -4.4, '30d': -34 },
    dvol: {},
  },
};

describe('figuresNow', () => {
  it("takes the venues' 24 h change, longer changes from history, and live liquidations", () => {
    const buckets = addLiquidations(
      emptyBuckets(NOW - 2 * DAY),
      [{ venue: 'binance-futures', asset: 'BTC', side: 'long', usd: 3e6, at: NOW - HOUR }],
      NOW,
    );
    const figures = figuresNow(snapshot, history, buckets, NOW);
    const btc = figures.scopes.find((scope) => scope.asset === 'BTC');
    expect(btc?.change?.['24h']).toBe(1.8);
    expect(btc?.change?.['7d']).toBeCloseTo((134400 / (134400 - 168 * 100) - 1) * 100, 6);
    expect(btc).toMatchObject({ price: 134400, oiUsd: 45e9, fundingPct: 0.02, liqLong: 3e6, liqShort: 0 });
    expect(figures.scopes.find((scope) => scope.asset === MARKET)).toMatchObject({
      oiChange: { '24h': -4.4, '30d': -34 },
      oiUsd: 80e9,
      liqLong: 3e6,
    });
    expect(figures.liqSince).toBeUndefined();
  });

  it('says when the liquidation watch began inside the day', () => {
    const figures = figuresNow(snapshot, history, emptyBuckets(NOW - 3 * HOUR), NOW);
    expect(figures.liqSince).toBe(NOW - 3 * HOUR);
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
      liqLong: 5e6,
    });
  });

  it('has nothing for a moment history does not reach', () => {
    expect(figuresAt(history, NOW - 60 * DAY)).toBeUndefined();
  });
});
