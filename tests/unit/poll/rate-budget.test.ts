import { describe, expect, it } from 'vitest';
import { runPollCycle } from '@/lib/poll/poll-cycle';
import { BUDGET_SHARE, budgetPerMinute, RATE_LIMITS, spend } from '@/lib/poll/rate-budget';
import { EMPTY_SCHEDULE } from '@/lib/poll/schedule-state';
import { type SourceTask, TASKS } from '@/lib/poll/tasks';
import { VENUE_IDS } from '@/lib/sources/venues';
import { MINUTE } from '@/lib/time';

describe('rate budget', () => {
  it.each(VENUE_IDS)('%s: the busiest minute (every cycle task and every hourly one) fits the budget', (venue) => {
    const own = TASKS.filter((task) => task.venue === venue);
    const requests = (cadences: string[]) =>
      own.filter((task) => cadences.includes(task.cadence)).reduce((sum, task) => sum + task.requests, 0);
    expect(requests(['cycle', 'hourly'])).toBeLessThanOrEqual(budgetPerMinute(venue));
    // A backfill may have to wait a minute for the hourly tasks, but then fits beside the cycle.
    for (const task of own.filter((t) => t.cadence === 'backfill')) {
      expect(requests(['cycle']) + task.requests).toBeLessThanOrEqual(budgetPerMinute(venue));
    }
    expect(budgetPerMinute(venue)).toBeLessThanOrEqual(RATE_LIMITS[venue].documentedPerMinute * BUDGET_SHARE);
  });

  it('spends within a minute and starts afresh after it', () => {
    const budget = budgetPerMinute('kraken');
    let window = spend('kraken', undefined, budget, 0);
    expect(window).toEqual({ start: 0, used: budget });
    expect(spend('kraken', window ?? undefined, 1, 30_000)).toBeNull();
    window = spend('kraken', window ?? undefined, 1, MINUTE);
    expect(window).toEqual({ start: MINUTE, used: 1 });
  });

  it('gives the next minute alarm a fresh budget even when it fires a little early', () => {
    const budget = budgetPerMinute('binance-futures');
    const spent = spend('binance-futures', undefined, budget, 0) ?? undefined;
    // The alarm was set a few milliseconds before the poll that opened the window.
    expect(spend('binance-futures', spent, 5, MINUTE - 6)).toEqual({ start: MINUTE - 6, used: 5 });
    // A click on Refresh in the same minute shares the window.
    expect(spend('binance-futures', spent, 5, 40_000)).toBeNull();
  });

  describe('a venue held back by our own budget', () => {
    let calls = 0;
    let clock = 0;
    /** Kraken's ticker: each call quotes BTC at the time it was made. */
    const ticker: SourceTask = {
      id: 'kraken/ticker',
      venue: 'kraken',
      cadence: 'cycle',
      requests: 1,
      run: async () => {
        calls++;
        const at = clock;
        return { spot: [{ asset: 'BTC', venue: 'kraken', price: 67_000 + at / 1000, at }] };
      },
    };
    type Cycle = Awaited<ReturnType<typeof runPollCycle>>;
    /** Clicks on Refresh at these times (ms), each cycle handing the next its state. */
    async function clicks(times: readonly number[]): Promise<Cycle[]> {
      calls = 0;
      const cycles: Cycle[] = [];
      for (const at of times) {
        clock = at;
        const last = cycles.at(-1);
        cycles.push(
          await runPollCycle({
            now: () => at,
            tasks: [ticker],
            manual: true,
            ...(last && { schedule: last.schedule, recent: last.recent }),
          }),
        );
      }
      return cycles;
    }

    it('is not called past its budget when refreshes come faster than the budget allows', async () => {
      const cycles = await clicks(Array.from({ length: 20 }, (_, click) => click * 1000));
      expect(calls).toBe(budgetPerMinute('kraken'));
      expect(cycles.at(-1)?.status.sources[0]).toMatchObject({
        state: 'waiting',
        error: 'Holding back to stay within its rate limit',
      });
    });

    it('keeps the figures it gave within the minute, and says from when', async () => {
      const budget = budgetPerMinute('kraken');
      const cycles = await clicks(Array.from({ length: budget + 2 }, (_, click) => click * 1000));
      const lastCalled = (budget - 1) * 1000;
      for (const held of cycles.slice(budget)) {
        expect(held.status.sources[0]).toMatchObject({ state: 'waiting', figuresFrom: lastCalled });
        expect(held.snapshot?.assets).toEqual([
          { asset: 'BTC', price: 67_000 + lastCalled / 1000, venues: ['kraken'] },
        ]);
      }
    });

    it('never passes off figures older than a minute as its own', async () => {
      const now = 10 * MINUTE;
      const spent = { kraken: { start: now - 10_000, used: budgetPerMinute('kraken') } };
      const figures = { spot: [{ asset: 'BTC' as const, venue: 'kraken' as const, price: 67_000, at: 0 }] };
      const held = (lastAt: number) =>
        runPollCycle({
          now: () => now,
          tasks: [ticker],
          manual: true,
          schedule: { ...EMPTY_SCHEDULE, requests: spent },
          recent: { 'kraken/ticker': { at: lastAt, part: figures } },
        });
      expect((await held(now - MINUTE)).status.sources[0]?.figuresFrom).toBe(now - MINUTE);
      const stale = await held(now - MINUTE - 1);
      expect(stale.status.sources[0]).toEqual({
        venue: 'kraken',
        state: 'waiting',
        at: now,
        error: 'Holding back to stay within its rate limit',
      });
      expect(stale.snapshot).toBeNull();
      expect(stale.recent).toEqual({});
    });
  });
});
