import { MAJOR_ASSETS } from '../../lib/assets';
import { snapshotPoint } from '../../lib/history/snapshot-point';
import { addLiquidations, emptyBuckets } from '../../lib/market/liquidation-buckets';
import { median } from '../../lib/market/median';
import { runPollCycle } from '../../lib/poll/poll-cycle';
import { POLLED_VENUES } from '../../lib/poll/polled-venues';
import { budgetPerMinute, RATE_LIMITS } from '../../lib/poll/rate-budget';
import { recordCycle } from '../../lib/poll/record-cycle';
import { simulatePolling } from '../../lib/poll/simulate';
import { TASKS } from '../../lib/poll/tasks';
import type { FetchLike } from '../../lib/sources/fetch-json';
import type { Liquidation } from '../../lib/sources/model';
import { VENUES, type VenueId } from '../../lib/sources/venues';
import { scoreNow } from '../../lib/stress/live';
import { MINUTE } from '../../lib/time';
import { startReplayServer } from '../../replay/server';
import { replayFetch } from '../../tests/harness/replay-fetch';
import { fullHistory } from './full-history';

export interface PollBench {
  /** An ordinary minute's cycle: tickers, marks, open interest, funding. */
  cycleMedianMs: number;
  /** The same, plus scoring it against 90 days of history and adding it to history. */
  cycleWithScoreMedianMs: number;
  /** Scoring one snapshot alone, microseconds. */
  scoreMedianUs: number;
  /** The once-an-hour cycle that also parses the history series. */
  hourlyCycleMedianMs: number;
  cycleRuns: number;
  perVenue: Array<{ venue: VenueId; perMinute: number; peakMinute: number; budget: number; documented: number }>;
  storageBytes: number;
}

/** Answers recorded from the replay exchange, served from memory: the cycle's own work, no I/O. */
function recorded(fetch: FetchLike): { fetch: FetchLike; record: FetchLike } {
  const bodies = new Map<string, { body: string; status: number }>();
  return {
    record: async (url, init) => {
      const response = await fetch(url, init);
      const body = await response.text();
      bodies.set(`${url} ${init?.body ?? ''}`, { body, status: response.status });
      return new Response(body, { status: response.status });
    },
    fetch: async (url, init) => {
      const hit = bodies.get(`${url} ${init?.body ?? ''}`);
      if (!hit) throw new Error(`not recorded: ${url}`);
      return new Response(hit.body, { status: hit.status });
    },
  };
}

/** The liquidation buckets at their bound: an event in every minute of a week, for every asset and side. */
function fullLiquidationBuckets() {
  const now = Date.now();
  const events: Liquidation[] = [];
  for (let minute = 0; minute < 7 * 24 * 60; minute++) {
    for (const asset of MAJOR_ASSETS) {
      events.push({ asset, venue: 'bybit', side: 'long', usd: 123_456.78, at: now - minute * 60_000 });
      events.push({ asset, venue: 'bybit', side: 'short', usd: 23_456.78, at: now - minute * 60_000 });
    }
  }
  return addLiquidations(emptyBuckets(now - 7 * 86_400_000), events, now);
}

export async function benchPollCycle(runs = 200): Promise<PollBench> {
  const server = await startReplayServer({ scenario: 'article-day' });
  try {
    const memory = recorded(replayFetch(server));
    const first = await runPollCycle({ fetch: memory.record, forceHourly: true });
    const time = async (hourly: boolean) => {
      const times: number[] = [];
      for (let run = 0; run < runs; run++) {
        const start = performance.now();
        // After the first cycle the history is an hour from due: only the minute's tasks run.
        await runPollCycle({ fetch: memory.fetch, forceHourly: hourly, schedule: { ...first.schedule, requests: {} } });
        times.push(performance.now() - start);
      }
      return median(times);
    };
    const cycleMedianMs = await time(false);
    const hourlyCycleMedianMs = await time(true);

    const now = Date.now();
    const history = fullHistory(now);
    const buckets = fullLiquidationBuckets();
    const withScore: number[] = [];
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      const result = await runPollCycle({ fetch: memory.fetch, schedule: { ...first.schedule, requests: {} } });
      recordCycle(history, result, buckets, 'high', now);
      withScore.push(performance.now() - start);
    }
    const point = snapshotPoint(first.snapshot as NonNullable<typeof first.snapshot>, buckets);
    const scoring: number[] = [];
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      scoreNow(history, point, 'high');
      scoring.push(performance.now() - start);
    }

    server.resetCounts();
    const hour = await simulatePolling(replayFetch(server), 60, MINUTE);
    const counts = server.requestCounts();
    const perVenue = POLLED_VENUES.map((venue) => {
      const hosts = VENUES[venue].hosts as readonly string[];
      const total = Object.entries(counts)
        .filter(([key]) => hosts.includes(key.split(' ')[0] ?? ''))
        .reduce((sum, [, count]) => sum + count, 0);
      // The cycle's and the hourly tasks' requests; a backfill only ever takes what the budget leaves.
      const peakMinute = TASKS.filter((task) => task.venue === venue && task.cadence !== 'backfill').reduce(
        (sum, task) => sum + task.requests,
        0,
      );
      return {
        venue,
        perMinute: total / 60,
        peakMinute,
        budget: budgetPerMinute(venue),
        documented: RATE_LIMITS[venue].documentedPerMinute,
      };
    });

    // What the background keeps in storage.local after the hour: every item it writes.
    const last = hour.at(-1);
    const stored = {
      snapshot: last?.snapshot,
      pollStatus: last?.status,
      schedule: last?.schedule,
      hourlyData: last?.hourlyData,
      stress: scoreNow(history, point, 'high'),
      liquidations: buckets,
      ...history,
    };
    const storageBytes = new TextEncoder().encode(JSON.stringify(stored)).length;
    return {
      cycleMedianMs,
      cycleWithScoreMedianMs: median(withScore),
      scoreMedianUs: median(scoring) * 1000,
      hourlyCycleMedianMs,
      cycleRuns: runs,
      perVenue,
      storageBytes,
    };
  } finally {
    await server.close();
  }
}
