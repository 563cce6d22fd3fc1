import { afterEach, describe, expect, it, vi } from 'vitest';
import { runPollCycle } from '@/lib/poll/poll-cycle';
import { RATE_LIMITS } from '@/lib/poll/rate-budget';
import { createPacer, venuePacers } from '@/lib/poll/request-pacer';
import { TASKS } from '@/lib/poll/tasks';
import type { FetchLike } from '@/lib/sources/fetch-json';
import { VENUE_IDS, VENUES } from '@/lib/sources/venues';
import { NOW, replayAnswer } from '../helpers/venue-answers';

describe('a venue’s short limit', () => {
  it('spaces a burst larger than its window, a window at a time', () => {
    const pace = createPacer({ requests: 10, ms: 1000 });
    const times = Array.from({ length: 25 }, () => pace(0));
    expect(times.filter((at) => at === 0)).toHaveLength(10);
    expect(new Set(times)).toEqual(new Set([0, 1100, 2200]));
  });

  it('lets requests through at once while they come slower than it allows', () => {
    const pace = createPacer({ requests: 1, ms: 1000 });
    expect([0, 1500, 3000].map(pace)).toEqual([0, 1500, 3000]);
  });
});

describe('Refresh pressed again and again', () => {
  afterEach(() => vi.useRealTimers());

  it('keeps every venue inside its per-second limit as well as its minute budget', async () => {
    const tasks = TASKS.filter((task) => task.cadence === 'cycle');
    // The replay's answers, read once with the real clock: under the fake one only timers run.
    const answers = new Map<string, string>();
    const key = (input: string, init?: RequestInit) => `${input} ${typeof init?.body === 'string' ? init.body : ''}`;
    await runPollCycle({
      tasks,
      fetch: async (input, init) => {
        const post = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
        answers.set(key(input, init), JSON.stringify(await replayAnswer(input, post)));
        return new Response(answers.get(key(input, init)));
      },
    });

    vi.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const sent: Array<{ host: string; at: number }> = [];
    const fetch: FetchLike = async (input, init) => {
      sent.push({ host: new URL(input).host, at: Date.now() });
      return new Response(answers.get(key(input, init)));
    };
    const pacers = venuePacers();
    let done = false;
    const cycles = (async () => {
      let last: Awaited<ReturnType<typeof runPollCycle>> | undefined;
      // Each cycle straight after the one before, as the popup's Refresh queues them.
      for (let click = 0; click < 5; click++) {
        last = await runPollCycle({
          tasks,
          fetch,
          pacers,
          manual: true,
          ...(last && { schedule: last.schedule, recent: last.recent }),
        });
      }
      done = true;
    })();
    while (!done) await vi.advanceTimersByTimeAsync(100);
    await cycles;

    for (const venue of VENUE_IDS) {
      const limit = RATE_LIMITS[venue].short;
      if (!limit) continue;
      const times = sent
        .filter(({ host }) => (VENUES[venue].hosts as readonly string[]).includes(host))
        .map(({ at }) => at);
      expect(times.length, venue).toBeGreaterThan(limit.requests === 1 ? 1 : 0);
      const busiest = Math.max(...times.map((from) => times.filter((at) => at >= from && at < from + limit.ms).length));
      expect(busiest, venue).toBeLessThanOrEqual(limit.requests);
    }
  });
});
