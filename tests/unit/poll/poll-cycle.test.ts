import { describe, expect, it } from 'vitest';
import { runPollCycle } from '@/lib/poll/poll-cycle';
import type { SourceTask } from '@/lib/poll/tasks';
import type { VenueQuote } from '@/lib/sources/model';
import { SourceError } from '@/lib/sources/source-error';
import { HOUR, MINUTE } from '@/lib/time';

const btc: VenueQuote = { asset: 'BTC', venue: 'binance-spot', price: 67490, change24hPct: -1.88, at: 0 };

const task = (over: Partial<SourceTask> & Pick<SourceTask, 'run'>): SourceTask => ({
  id: 'binance-spot/ticker-24h',
  venue: 'binance-spot',
  cadence: 'cycle',
  requests: 1,
  ...over,
});
const spot = task({ run: async () => ({ spot: [btc] }) });
const failing = (error: unknown) =>
  task({
    run: async () => {
      throw error;
    },
  });

describe('runPollCycle', () => {
  it('builds a snapshot from what validated and marks the venue healthy', async () => {
    const result = await runPollCycle({ now: () => 1000, tasks: [spot] });
    expect(result.snapshot).toEqual({
      takenAt: 1000,
      assets: [{ asset: 'BTC', price: 67490, change24hPct: -1.88, venues: ['binance-spot'] }],
    });
    expect(result.status).toEqual({ attemptedAt: 1000, sources: [{ venue: 'binance-spot', state: 'ok', at: 1000 }] });
  });

  it('gives no snapshot when every venue failed, and says which call failed and why', async () => {
    const result = await runPollCycle({
      now: () => 5,
      tasks: [failing(new SourceError('http', 'api.binance.com answered HTTP 503', 503))],
    });
    expect(result.snapshot).toBeNull();
    expect(result.status.sources).toEqual([
      { venue: 'binance-spot', state: 'failing', at: 5, error: 'api.binance.com answered HTTP 503 (ticker-24h)' },
    ]);
  });

  it('never lets an unexpected throw escape', async () => {
    const result = await runPollCycle({ tasks: [failing(new Error('boom'))] });
    expect(result.status.sources[0]?.error).toBe('Unexpected error: boom (ticker-24h)');
  });

  it('waits out a rate limit, then calls again', async () => {
    const limited = failing(new SourceError('http', 'api.binance.com answered HTTP 429', 429, 2 * MINUTE));
    const first = await runPollCycle({ now: () => 0, random: () => 0, tasks: [limited] });
    let calls = 0;
    const counting = task({
      run: async () => {
        calls++;
        return { spot: [btc] };
      },
    });
    const during = await runPollCycle({ now: () => MINUTE, tasks: [counting], schedule: first.schedule });
    expect(calls).toBe(0);
    expect(during.status.sources[0]).toMatchObject({ state: 'waiting', retryAt: 2 * MINUTE });
    const after = await runPollCycle({ now: () => 2 * MINUTE, tasks: [counting], schedule: during.schedule });
    expect(calls).toBe(1);
    expect(after.status.sources[0]?.state).toBe('ok');
  });

  it('hands on what each live-figure task returned, and nothing for one that failed since', async () => {
    const first = await runPollCycle({ now: () => 0, tasks: [spot] });
    expect(first.recent).toEqual({ 'binance-spot/ticker-24h': { at: 0, part: { spot: [btc] } } });
    const failed = await runPollCycle({
      now: () => 1000,
      tasks: [failing(new SourceError('http', 'api.binance.com answered HTTP 503', 503))],
      schedule: first.schedule,
      recent: first.recent,
    });
    expect(failed.recent).toEqual({});
  });

  it('says a geo-blocked venue is not available here, and the others carry on', async () => {
    const blocked = failing(new SourceError('http', 'api.binance.com answered HTTP 451', 451));
    const other = task({
      id: 'coinbase/stats',
      venue: 'coinbase',
      run: async () => ({ spot: [{ ...btc, venue: 'coinbase' }] }),
    });
    const result = await runPollCycle({ now: () => 0, tasks: [blocked, other] });
    expect(result.status.sources).toEqual([
      { venue: 'binance-spot', state: 'blocked', at: 0, error: 'Not available in your region' },
      { venue: 'coinbase', state: 'ok', at: 0 },
    ]);
    expect(result.snapshot?.assets[0]).toMatchObject({ price: 67490, venues: ['coinbase'] });
  });

  it('runs hourly tasks once an hour and remembers when', async () => {
    let runs = 0;
    const history = task({
      id: 'binance-spot/klines',
      cadence: 'hourly',
      run: async () => {
        runs++;
        return {};
      },
    });
    const first = await runPollCycle({ now: () => 0, tasks: [spot, history] });
    await runPollCycle({ now: () => 30 * MINUTE, tasks: [spot, history], schedule: first.schedule });
    expect(runs).toBe(1);
    await runPollCycle({ now: () => 60 * MINUTE, tasks: [spot, history], schedule: first.schedule });
    expect(runs).toBe(2);
  });

  it('runs a task with a period of its own at that period: CoinGecko every ten minutes', async () => {
    let runs = 0;
    const global = task({
      id: 'coingecko/global',
      venue: 'coingecko',
      cadence: 'hourly',
      everyMs: 10 * MINUTE,
      run: async () => {
        runs++;
        return { global: [{ venue: 'coingecko', at: 0, marketCapUsd: 2.4e12 }] };
      },
    });
    let schedule = (await runPollCycle({ now: () => 0, tasks: [spot, global] })).schedule;
    for (const minute of [1, 5, 9, 10, 11, 19, 20]) {
      schedule = (await runPollCycle({ now: () => minute * MINUTE, tasks: [spot, global], schedule })).schedule;
    }
    // At 0, 10 and 20 minutes.
    expect(runs).toBe(3);
  });

  it('keeps an hourly task’s history for the cycles in between, in the snapshot’s derivatives', async () => {
    const perps = task({
      id: 'binance-futures/premium-index',
      venue: 'binance-futures',
      run: async () => ({
        perps: [{ asset: 'BTC', venue: 'binance-futures', markPrice: 67476, openInterestUsd: 18e9, at: 0 }],
      }),
    });
    const history = task({
      id: 'binance-futures/open-interest-hist',
      venue: 'binance-futures',
      cadence: 'hourly',
      run: async () => ({
        openInterestHistory: [
          { asset: 'BTC', venue: 'binance-futures', at: 0, openInterestUsd: 18e9 / 0.956 },
          { asset: 'BTC', venue: 'binance-futures', at: 24 * HOUR, openInterestUsd: 18e9 },
        ],
      }),
    });
    const first = await runPollCycle({ now: () => 24 * HOUR, tasks: [spot, perps, history] });
    const later = await runPollCycle({
      now: () => 24 * HOUR + 5 * MINUTE,
      tasks: [spot, perps, history],
      schedule: first.schedule,
      hourlyData: first.hourlyData,
    });
    expect(later.data.openInterestHistory).toEqual([]);
    expect(later.snapshot?.derivatives?.openInterestUsd).toBe(18e9);
    expect(later.snapshot?.derivatives?.openInterestChangePct['24h']).toBeCloseTo(-4.4, 9);
  });

  describe('backfill', () => {
    const counter = () => {
      const calls: string[] = [];
      const backfill = (id: string, requests: number): SourceTask =>
        task({
          id,
          cadence: 'backfill',
          requests,
          run: async () => {
            calls.push(id);
            return {
              candles: [
                { asset: 'BTC', venue: 'binance-spot', at: 0, open: 1, high: 1, low: 1, close: 1, volumeUsd: 1 },
              ],
            };
          },
        });
      return { calls, backfill };
    };

    it('runs only when history has a gap, and hands its data over apart from the snapshot', async () => {
      const { calls, backfill } = counter();
      const tasks = [spot, backfill('binance-spot/backfill-klines', 5)];
      const quiet = await runPollCycle({ now: () => 0, tasks });
      expect(calls).toEqual([]);
      const filled = await runPollCycle({ now: () => 0, tasks, backfill: true });
      expect(calls).toEqual(['binance-spot/backfill-klines']);
      expect(filled.backfill.candles).toHaveLength(1);
      expect(filled.data.candles).toEqual([]);
      expect(quiet.schedule.backfillFrom).toBeUndefined();
      expect(filled.schedule.backfillFrom).toBeUndefined();
    });

    it('finishes a backfill the budget held back on the next minute, once, even after the gap closes', async () => {
      const { calls, backfill } = counter();
      // Kraken allows 6 requests a minute: the cycle's 1 and a 5-request backfill, not two of them.
      const tasks = [
        task({
          id: 'kraken/ticker',
          venue: 'kraken',
          run: async () => ({ spot: [{ ...btc, venue: 'kraken' as const }] }),
        }),
        { ...backfill('kraken/backfill-a', 5), venue: 'kraken' as const },
        { ...backfill('kraken/backfill-b', 5), venue: 'kraken' as const },
      ];
      const first = await runPollCycle({ now: () => 0, tasks, backfill: true });
      expect(calls).toEqual(['kraken/backfill-a']);
      expect(first.schedule.backfillFrom).toBe(0);
      // The first backfill filled the gap, so the worker no longer asks; the pending one still runs.
      const second = await runPollCycle({ now: () => MINUTE, tasks, schedule: first.schedule });
      expect(calls).toEqual(['kraken/backfill-a', 'kraken/backfill-b']);
      expect(second.schedule.backfillFrom).toBeUndefined();
      await runPollCycle({ now: () => 2 * MINUTE, tasks, schedule: second.schedule });
      expect(calls).toHaveLength(2);
    });
  });
});
