import type { FetchJsonOptions } from '../sources/fetch-json';
import { describeSourceError } from '../sources/source-error';
import type { VenueId } from '../sources/venues';
import { addCycleData, type CycleData, emptyCycleData } from './cycle-data';
import { mergeQuotes } from './merge-quotes';
import type { ScheduleState } from './schedule-state';
import type { MarketSnapshot, PollStatus, SourceHealth } from './snapshot';
import { type SourceTask, TASKS } from './tasks';
import { afterFailure, afterSuccess, FRESH_STATE, isDue } from './venue-state';

const HOUR = 3_600_000;

export interface PollResult {
  /** Null when no venue gave usable prices: the caller keeps its last good snapshot. */
  snapshot: MarketSnapshot | null;
  status: PollStatus;
  /** Everything the cycle fetched, for history. */
  data: CycleData;
  schedule: ScheduleState;
}

export interface PollDeps extends FetchJsonOptions {
  now?: () => number;
  random?: () => number;
  tasks?: readonly SourceTask[];
  schedule?: ScheduleState;
  /** Run every hourly task regardless of when it last ran (install, backfill). */
  forceHourly?: boolean;
  /** The user asked (Refresh): retry venues backing off after their own failures. */
  manual?: boolean;
}

interface VenueOutcome {
  health: SourceHealth;
  data: CycleData;
  ranHourly: string[];
}

/**
 * One poll: every venue at once, each venue's due tasks in turn. A venue in backoff or blocked in
 * this region is skipped and says so; a task that fails contributes nothing, and its venue's
 * health names the endpoint and the reason.
 */
export async function runPollCycle(deps: PollDeps = {}): Promise<PollResult> {
  const now = deps.now ?? Date.now;
  const tasks = deps.tasks ?? TASKS;
  const schedule = deps.schedule ?? { venues: {}, hourlyRanAt: {} };
  const attemptedAt = now();

  const venues = [...new Set(tasks.map((task) => task.venue))];
  const nextVenues = { ...schedule.venues };
  const outcomes = await Promise.all(
    venues.map(async (venue): Promise<VenueOutcome> => {
      const state = schedule.venues[venue] ?? FRESH_STATE;
      const data = emptyCycleData();
      if (!isDue(state, attemptedAt, deps.manual)) {
        return { health: waitingHealth(venue, state, attemptedAt), data, ranHourly: [] };
      }
      const due = tasks.filter(
        (task) => task.venue === venue && isTaskDue(task, schedule, attemptedAt, deps.forceHourly),
      );
      const ranHourly: string[] = [];
      for (const task of due) {
        try {
          addCycleData(data, await task.run(deps));
          if (task.cadence === 'hourly') ranHourly.push(task.id);
        } catch (error) {
          nextVenues[venue] = afterFailure(venue, state, error, now(), deps.random);
          const health =
            nextVenues[venue]?.blockedSince !== undefined
              ? blockedHealth(venue, now())
              : {
                  venue,
                  state: 'failing' as const,
                  at: now(),
                  error: `${describeSourceError(error)} (${task.id.split('/')[1]})`,
                };
          // What the venue's earlier tasks returned this cycle stays; the rest is skipped.
          return { health, data, ranHourly };
        }
      }
      nextVenues[venue] = afterSuccess();
      return { health: { venue, state: 'ok', at: now() }, data, ranHourly };
    }),
  );

  const data = emptyCycleData();
  const hourlyRanAt = { ...schedule.hourlyRanAt };
  for (const outcome of outcomes) {
    addCycleData(data, outcome.data);
    for (const id of outcome.ranHourly) hourlyRanAt[id] = attemptedAt;
  }
  const assets = mergeQuotes(data.spot);
  return {
    snapshot: assets.length > 0 ? { takenAt: attemptedAt, assets } : null,
    status: { attemptedAt, sources: outcomes.map((outcome) => outcome.health) },
    data,
    schedule: { venues: nextVenues, hourlyRanAt },
  };
}

function isTaskDue(task: SourceTask, schedule: ScheduleState, now: number, forceHourly = false): boolean {
  if (task.cadence === 'cycle' || forceHourly) return true;
  const last = schedule.hourlyRanAt[task.id];
  return last === undefined || now - last >= HOUR;
}

function blockedHealth(venue: VenueId, at: number): SourceHealth {
  return { venue, state: 'blocked', at, error: 'Not available in your region' };
}

function waitingHealth(venue: VenueId, state: { notBefore: number; blockedSince?: number }, at: number): SourceHealth {
  if (state.blockedSince !== undefined) return blockedHealth(venue, at);
  return {
    venue,
    state: 'waiting',
    at,
    error: 'Rate-limited: waiting before the next request',
    retryAt: state.notBefore,
  };
}
