import { MAJOR_ASSETS } from '../assets';
import { formatTime } from '../format/number';
import { addCycleData, type CycleData, emptyCycleData, type HourlyData } from '../market/cycle-data';
import { buildDerivatives } from '../market/derivatives';
import { buildMarketCap } from '../market/market-cap';
import { mergeExtras } from '../market/merge-extras';
import { mergeQuotes } from '../market/merge-quotes';
import { type Outlier, outlierNote, withoutOutliers } from '../market/outliers';
import { type MarketSnapshot, MarketSnapshotSchema, type PollStatus, type SourceHealth } from '../market/snapshot';
import { salvage } from '../salvage';
import type { FetchJsonOptions } from '../sources/fetch-json';
import { describeSourceError } from '../sources/source-error';
import type { VenueId } from '../sources/venues';
import { HOUR, MINUTE } from '../time';
import { t } from '../words';
import { checkedPart } from './checked-part';
import { type RequestWindow, spend } from './rate-budget';
import { type Pacers, pacedFetch } from './request-pacer';
import { EMPTY_SCHEDULE, type ScheduleState } from './schedule-state';
import type { LastTaskResults } from './task-results';
import { type SourceTask, TASKS } from './tasks';
import { afterFailure, afterSuccess, FRESH_STATE, isDue, type VenueState } from './venue-state';

export interface PollResult {
  /** Null when no venue gave usable prices: the caller keeps its last good snapshot. */
  snapshot: MarketSnapshot | null;
  status: PollStatus;
  /** Everything the live figures came from: fetched this time, or kept from a venue held back. */
  data: CycleData;
  /** What each live-figure task returned within the last minute, for the next cycle. */
  recent: LastTaskResults;
  schedule: ScheduleState;
  /** The hourly tasks' latest results, with this cycle's runs replacing older ones. */
  hourlyData: HourlyData;
  /** What the backfill tasks fetched this cycle, for the history store; empty when none ran. */
  backfill: CycleData;
}

export interface PollDeps extends FetchJsonOptions {
  now?: () => number;
  /** Each venue's spacing of requests within its short limit, kept across cycles by the caller. */
  pacers?: Pacers;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  tasks?: readonly SourceTask[];
  schedule?: ScheduleState;
  hourlyData?: HourlyData;
  /** Run every hourly task regardless of when it last ran (install, backfill). */
  forceHourly?: boolean;
  /** The user asked (Refresh): retry venues backing off after their own failures. */
  manual?: boolean;
  /** Stored history has a gap: backfill it (each task once, retried at most hourly). */
  backfill?: boolean;
  /** The last cycle's `recent`. */
  recent?: LastTaskResults;
}

interface VenueOutcome {
  health: SourceHealth;
  data: CycleData;
  recent: LastTaskResults;
  hourly: Record<string, Partial<CycleData>>;
  backfill: Record<string, Partial<CycleData>>;
}

/**
 * One poll: every venue at once, each venue's due tasks in turn. A venue in backoff or blocked in
 * this region is skipped and says so; a task that fails contributes nothing, and its venue's
 * health names the endpoint and the reason.
 */
export async function runPollCycle(deps: PollDeps = {}): Promise<PollResult> {
  const now = deps.now ?? Date.now;
  const tasks = deps.tasks ?? TASKS;
  const attemptedAt = now();
  const given = deps.schedule ?? EMPTY_SCHEDULE;
  // A gap starts a backfill; one still found an hour after the last began starts it afresh, so a
  // task that ran before it runs again (each task still at most hourly).
  const renew = deps.backfill && (given.backfillFrom === undefined || attemptedAt - given.backfillFrom >= HOUR);
  const backfillFrom = renew ? attemptedAt : given.backfillFrom;
  const schedule: ScheduleState = backfillFrom === undefined ? given : { ...given, backfillFrom };

  const venues = [...new Set(tasks.map((task) => task.venue))];
  const nextVenues = { ...schedule.venues };
  const nextRequests = { ...schedule.requests };
  const outcomes = await Promise.all(
    venues.map(async (venue) => {
      const run = await runVenue(venue, tasks, schedule, attemptedAt, deps);
      nextVenues[venue] = run.state;
      nextRequests[venue] = run.window;
      return run.outcome;
    }),
  );

  const fetched = emptyCycleData();
  const backfill = emptyCycleData();
  const recent: LastTaskResults = {};
  const hourlyRanAt = { ...schedule.hourlyRanAt };
  const hourlyData: HourlyData = { ...deps.hourlyData };
  for (const outcome of outcomes) {
    addCycleData(fetched, outcome.data);
    Object.assign(recent, outcome.recent);
    for (const [id, part] of Object.entries(outcome.hourly)) {
      hourlyRanAt[id] = attemptedAt;
      hourlyData[id] = part;
    }
    for (const [id, part] of Object.entries(outcome.backfill)) {
      hourlyRanAt[id] = attemptedAt;
      addCycleData(backfill, part);
    }
  }
  // Done once every backfill task ran since it began, leaving out venues that refuse this region.
  const backfilled = tasks
    .filter((task) => task.cadence === 'backfill' && nextVenues[task.venue]?.blockedSince === undefined)
    .every((task) => (hourlyRanAt[task.id] ?? -1) >= (backfillFrom ?? 0));
  const { data, outliers } = withoutOutliers(fetched);
  return {
    snapshot: buildSnapshot(attemptedAt, data, hourlyData),
    status: { attemptedAt, sources: outcomes.map((outcome) => withOutliers(outcome.health, outliers)) },
    data,
    recent,
    schedule: {
      venues: nextVenues,
      requests: nextRequests,
      hourlyRanAt,
      ...(backfillFrom === undefined || backfilled ? {} : { backfillFrom }),
    },
    hourlyData,
    backfill,
  };
}

interface VenueRun {
  outcome: VenueOutcome;
  state: VenueState;
  window: RequestWindow | undefined;
}

/**
 * How old a held-back venue's figures may be and still stand in for it. A cycle task is held back
 * only once the venue's cycle tasks have spent its budget within the minute, so its last figures
 * are from that minute; anything older is not carried.
 */
const RECENT_MS = MINUTE;

/**
 * One venue's due tasks, in order: cycle tasks first, then history. Each spends from the venue's
 * minute budget; a cycle task that would overspend makes the venue wait, its figures from earlier
 * in the minute standing in for it, and an hourly one simply waits for a later cycle. The first
 * failure ends the venue's turn.
 */
async function runVenue(
  venue: VenueId,
  tasks: readonly SourceTask[],
  schedule: ScheduleState,
  attemptedAt: number,
  deps: PollDeps,
): Promise<VenueRun> {
  const now = deps.now ?? Date.now;
  const state = schedule.venues[venue] ?? FRESH_STATE;
  let window = schedule.requests[venue];
  const data = emptyCycleData();
  const recent: LastTaskResults = {};
  const hourly: Record<string, Partial<CycleData>> = {};
  const backfill: Record<string, Partial<CycleData>> = {};
  const outcome = (health: SourceHealth): VenueOutcome => ({ health, data, recent, hourly, backfill });
  const options = pacedOptions(venue, deps);
  if (!isDue(state, attemptedAt, deps.manual)) {
    return { outcome: outcome(waitingHealth(venue, state, attemptedAt)), state, window };
  }
  const due = tasks
    .filter((task) => task.venue === venue && isTaskDue(task, schedule, attemptedAt, deps))
    .sort((a, b) => CADENCE_ORDER[a.cadence] - CADENCE_ORDER[b.cadence]);
  for (const [index, task] of due.entries()) {
    const spent = spend(venue, window, task.requests, attemptedAt);
    if (!spent) {
      if (task.cadence !== 'cycle') continue;
      const kept = lastMinuteResults(due.slice(index), deps.recent ?? {}, attemptedAt);
      addCycleData(data, kept.data);
      Object.assign(recent, kept.recent);
      const health: SourceHealth = {
        venue,
        state: 'waiting',
        at: now(),
        error: t('market.holdingBack'),
        ...(kept.from !== undefined && { figuresFrom: kept.from }),
      };
      return { outcome: outcome(health), state, window };
    }
    window = spent;
    try {
      const part = checkedPart(venue, await task.run(options));
      if (task.cadence === 'hourly') hourly[task.id] = part;
      else if (task.cadence === 'backfill') backfill[task.id] = part;
      else {
        addCycleData(data, part);
        recent[task.id] = { at: attemptedAt, part };
      }
    } catch (error) {
      const next = afterFailure(venue, state, error, now(), deps.random);
      const health: SourceHealth =
        next.blockedSince !== undefined
          ? blockedHealth(venue, now())
          : { venue, state: 'failing', at: now(), error: `${describeSourceError(error)} (${task.id.split('/')[1]})` };
      // What the venue's earlier tasks returned this cycle stays; the rest is skipped.
      return { outcome: outcome(health), state: next, window };
    }
  }
  return { outcome: outcome({ venue, state: 'ok', at: now() }), state: afterSuccess(), window };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The fetch options a venue's tasks run with: their requests spaced by its pacer, if it has one. */
function pacedOptions(venue: VenueId, deps: PollDeps): FetchJsonOptions {
  const pacer = deps.pacers?.[venue];
  if (!pacer) return deps;
  const fetch = deps.fetch ?? globalThis.fetch.bind(globalThis);
  return { ...deps, fetch: pacedFetch(fetch, pacer, { now: deps.now ?? Date.now, sleep: deps.sleep ?? sleep }) };
}

/** Live figures first, then history, then the backfill: the cheap, urgent calls get the budget. */
const CADENCE_ORDER: Record<SourceTask['cadence'], number> = { cycle: 0, hourly: 1, backfill: 2 };

/**
 * Prices are the heart of a snapshot: without the majors', there is none. History fills in the
 * derivatives and the extras' sparklines. Held to its schema before it counts: a figure derived
 * from sound ones can still overflow (open interest summed, weighted, divided), and is left out.
 */
export function buildSnapshot(takenAt: number, data: CycleData, hourlyData: HourlyData): MarketSnapshot | null {
  const built = assembleSnapshot(takenAt, data, hourlyData);
  return built && (salvage(MarketSnapshotSchema, built) ?? null);
}

function assembleSnapshot(takenAt: number, data: CycleData, hourlyData: HourlyData): MarketSnapshot | null {
  const assets = mergeQuotes(data.spot, MAJOR_ASSETS);
  if (assets.length === 0) return null;
  const history = addCycleData(emptyCycleData(), data);
  for (const part of Object.values(hourlyData)) addCycleData(history, part);
  const derivatives = buildDerivatives(history);
  const marketCap = buildMarketCap(assets, history.supply, history.global);
  const extras = mergeExtras(data.extras, history.extraCloses);
  return {
    takenAt,
    assets,
    ...(derivatives && { derivatives }),
    ...(marketCap && { marketCap }),
    ...(extras.length > 0 && { extras }),
    ...(data.extraFailures.length > 0 && { extraFailures: data.extraFailures }),
  };
}

/**
 * Cycle tasks always; hourly ones once an hour, or at their own period (or when forced); a
 * backfill task while a backfill is pending and it has not run since the gap was found, retried
 * at most hourly.
 */
function isTaskDue(task: SourceTask, schedule: ScheduleState, now: number, deps: PollDeps): boolean {
  if (task.cadence === 'cycle') return true;
  const last = schedule.hourlyRanAt[task.id];
  if (task.cadence === 'hourly')
    return deps.forceHourly === true || last === undefined || now - last >= (task.everyMs ?? HOUR);
  const pending = schedule.backfillFrom;
  if (pending === undefined) return false;
  return last === undefined || (last < pending && now - last >= HOUR);
}

/**
 * For a venue our own budget holds back: what the cycle tasks it could not run this time returned
 * within the last minute, and from when (the oldest), to stand in for them.
 */
function lastMinuteResults(tasks: readonly SourceTask[], given: LastTaskResults, attemptedAt: number) {
  const data = emptyCycleData();
  const recent: LastTaskResults = {};
  let from: number | undefined;
  for (const task of tasks) {
    const last = given[task.id];
    if (task.cadence !== 'cycle' || !last || attemptedAt - last.at > RECENT_MS) continue;
    addCycleData(data, last.part);
    recent[task.id] = last;
    from = Math.min(from ?? last.at, last.at);
  }
  return { data, recent, from };
}

/** A venue's health, saying which of its prices were left out as far from the others'. */
function withOutliers(health: SourceHealth, outliers: readonly Outlier[]): SourceHealth {
  const own = outliers.filter((outlier) => outlier.venue === health.venue);
  if (own.length === 0) return health;
  return { ...health, error: [health.error, outlierNote(own)].filter(Boolean).join('; ') };
}

function blockedHealth(venue: VenueId, at: number): SourceHealth {
  return { venue, state: 'blocked', at, error: t('market.notInRegion') };
}

/** A venue skipped this cycle: blocked here, asked us to wait, or backing off after its own failures. */
function waitingHealth(venue: VenueId, state: VenueState, at: number): SourceHealth {
  if (state.blockedSince !== undefined) return blockedHealth(venue, at);
  if (!state.rateLimited) {
    const error = t('market.notAnswering', { time: formatTime(state.notBefore) });
    return { venue, state: 'failing', at, error, retryAt: state.notBefore };
  }
  return {
    venue,
    state: 'waiting',
    at,
    error: t('market.rateLimited'),
    retryAt: state.notBefore,
  };
}
