import { describe, expect, it } from 'vitest';
import type { CycleData } from '@/lib/market/cycle-data';
import { runPollCycle } from '@/lib/poll/poll-cycle';
import type { SourceTask } from '@/lib/poll/tasks';
import { parseMetaAndAssetCtxs } from '@/lib/sources/hyperliquid';
import type { PerpQuote, VenueQuote } from '@/lib/sources/model';
import type { VenueId } from '@/lib/sources/venues';

const AT = 1_770_885_000_000;

const task = (venue: VenueId, part: Partial<CycleData> | (() => Partial<CycleData>)): SourceTask => ({
  id: `${venue}/test`,
  venue,
  cadence: 'cycle',
  requests: 1,
  run: async () => (typeof part === 'function' ? part() : part),
});
const spot = (venue: VenueId, asset: VenueQuote['asset'], price: number): VenueQuote => ({
  asset,
  venue,
  price,
  at: AT,
});
const perp = (venue: VenueId, asset: PerpQuote['asset'], markPrice: number): PerpQuote => ({
  asset,
  venue,
  markPrice,
  at: AT,
});
const poll = (tasks: SourceTask[]) => runPollCycle({ now: () => AT, tasks });
const priceOf = (result: Awaited<ReturnType<typeof poll>>, asset: string) =>
  result.snapshot?.assets.find((quote) => quote.asset === asset)?.price;
const healthOf = (result: Awaited<ReturnType<typeof poll>>, venue: VenueId) =>
  result.status.sources.find((source) => source.venue === venue);

describe('one venue’s outlier cannot drag the merged figure', () => {
  it('leaves out a price far from the other venues’, of two spot venues, and says so on its row', async () => {
    const result = await poll([
      task('binance-spot', { spot: [spot('binance-spot', 'BTC', 67_490)] }),
      task('coinbase', { spot: [spot('coinbase', 'BTC', 6749)] }),
      task('bybit', { perps: [perp('bybit', 'BTC', 67_476.5)] }),
    ]);
    expect(priceOf(result, 'BTC')).toBe(67_490);
    expect(healthOf(result, 'coinbase')).toMatchObject({
      state: 'ok',
      error: 'BTC at $6,749.00 left out, far from the venues’ $67,477',
    });
    expect(healthOf(result, 'binance-spot')).toEqual({ venue: 'binance-spot', state: 'ok', at: AT });
  });

  it('checks BNB, which one spot venue quotes, against the perpetuals’ marks', async () => {
    const result = await poll([
      task('binance-spot', { spot: [spot('binance-spot', 'BTC', 67_490), spot('binance-spot', 'BNB', 6.225)] }),
      task('binance-futures', { perps: [perp('binance-futures', 'BNB', 622.4)] }),
      task('bybit', { perps: [perp('bybit', 'BNB', 622.5)] }),
    ]);
    expect(priceOf(result, 'BNB')).toBeUndefined();
    expect(priceOf(result, 'BTC')).toBe(67_490);
    expect(healthOf(result, 'binance-spot')?.error).toMatch(/^BNB at \$6\.2250 left out/);
  });

  it('leaves out both of two prices a tenth apart: neither can be told right', async () => {
    const result = await poll([
      task('binance-spot', { spot: [spot('binance-spot', 'BTC', 67_490), spot('binance-spot', 'ETH', 1985.4)] }),
      task('coinbase', { spot: [spot('coinbase', 'BTC', 50_000)] }),
    ]);
    expect(priceOf(result, 'BTC')).toBeUndefined();
    expect(priceOf(result, 'ETH')).toBe(1985.4);
  });

  it('keeps prices that agree within a tenth, as the median of the venues', async () => {
    const result = await poll([
      task('binance-spot', { spot: [spot('binance-spot', 'BTC', 67_490)] }),
      task('coinbase', { spot: [spot('coinbase', 'BTC', 67_500)] }),
      task('kraken', { spot: [spot('kraken', 'BTC', 67_480)] }),
    ]);
    expect(priceOf(result, 'BTC')).toBe(67_490);
    expect(result.status.sources.every((source) => source.error === undefined)).toBe(true);
  });
});

describe('figures that multiply past what a double holds', () => {
  it('fail their venue, with the reason, and reach no snapshot', async () => {
    const huge = `1${'0'.repeat(300)}`;
    const answer = [
      { universe: [{ name: 'BTC' }] },
      [{ markPx: huge, oraclePx: huge, prevDayPx: '67000', funding: '0.0000125', openInterest: huge }],
    ];
    const result = await poll([
      task('binance-spot', { spot: [spot('binance-spot', 'BTC', 67_490)] }),
      task('hyperliquid', () => ({ perps: parseMetaAndAssetCtxs(answer, AT) })),
    ]);
    expect(healthOf(result, 'hyperliquid')).toMatchObject({
      state: 'failing',
      error: expect.stringMatching(
        /^Hyperliquid sent figures that cannot be right \(perps\.0\.openInterestUsd: expected a finite number, got Infinity\)/,
      ),
    });
    expect(result.snapshot?.derivatives).toBeUndefined();
  });
});
