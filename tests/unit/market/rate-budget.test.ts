import { describe, expect, it } from 'vitest';
import { runPollCycle } from '@/lib/market/poll-cycle';
import { BUDGET_SHARE, budgetPerMinute, RATE_LIMITS, spend } from '@/lib/market/rate-budget';
import { type SourceTask, TASKS } from '@/lib/market/tasks';
import { VENUE_IDS } from '@/lib/sources/venues';

const MINUTE = 60_000;

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

  it('holds a venue back when refreshes come faster than its budget allows', async () => {
    let calls = 0;
    const ticker: SourceTask = {
      id: 'kraken/ticker',
      venue: 'kraken',
      cadence: 'cycle',
      requests: 1,
      run: async () => {
        calls++;
        return {};
      },
    };
    let schedule: Awaited<ReturnType<typeof runPollCycle>>['schedule'] | undefined;
    let last: Awaited<ReturnType<typeof runPollCycle>> | undefined;
    for (let click = 0; click < 20; click++) {
      last = await runPollCycle({ now: () => click * 1000, tasks: [ticker], schedule, manual: true });
      schedule = last.schedule;
    }
    expect(calls).toBe(budgetPerMinute('kraken'));
    expect(last?.status.sources[0]).toMatchObject({
      state: 'waiting',
      error: 'Holding back to stay within its rate limit',
    });
  });
});
