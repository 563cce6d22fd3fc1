import type { HourlyData } from '../market/cycle-data';
import type { FetchLike } from '../sources/fetch-json';
import { type PollResult, runPollCycle } from './poll-cycle';
import type { ScheduleState } from './schedule-state';

/**
 * Poll `cycles` times, one interval apart on a simulated clock, carrying state from cycle to
 * cycle as the background does, from install (so the backfill runs too). For the budget test
 * and the benchmark: an hour in seconds.
 */
export async function simulatePolling(
  fetch: FetchLike,
  cycles: number,
  intervalMs: number,
  start = Date.now(),
): Promise<PollResult[]> {
  let schedule: ScheduleState | undefined;
  let hourlyData: HourlyData = {};
  const results: PollResult[] = [];
  for (let cycle = 0; cycle < cycles; cycle++) {
    const now = start + cycle * intervalMs;
    const result = await runPollCycle({ fetch, now: () => now, schedule, hourlyData, backfill: cycle === 0 });
    schedule = result.schedule;
    hourlyData = result.hourlyData;
    results.push(result);
  }
  return results;
}
