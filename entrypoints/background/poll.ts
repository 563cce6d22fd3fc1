import { EMPTY_HISTORY, type History, needsBackfill, trimHistory } from '@/lib/history/store';
import { TIER_IDS, type TierId } from '@/lib/history/tiers';
import type { PollStatus } from '@/lib/market/snapshot';
import { sharedRuns } from '@/lib/one-at-a-time';
import { planExtras, withoutDroppedExtras, withUnquoted } from '@/lib/poll/extra-tasks';
import { runPollCycle } from '@/lib/poll/poll-cycle';
import { recordCycle } from '@/lib/poll/record-cycle';
import { venuePacers } from '@/lib/poll/request-pacer';
import { EMPTY_SCHEDULE } from '@/lib/poll/schedule-state';
import { BACKFILL_DAYS, TASKS } from '@/lib/poll/tasks';
import { hourlyDataItem } from '@/lib/storage/hourly-data';
import {
  fxItem,
  historyItems,
  liquidationsItem,
  pollStatusItem,
  readSettings,
  scheduleItem,
  snapshotItem,
  stressItem,
} from '@/lib/storage/items';
import { lastTaskResultsItem } from '@/lib/storage/last-task-results';
import { storageTroubleItem } from '@/lib/storage/storage-trouble';
import { type ItemWrite, itemWrite } from '@/lib/storage/validated-item';
import { type WriteOutcome, writeWithRoom } from '@/lib/storage/write-with-room';
import { extrasOf } from '@/lib/watchlist/symbol';
import { alertWrites, deliverAlerts } from './alerts';
import { paintBadge } from './badge';
import { levelsInTurn } from './level-alerts';
import { forgetListings, listingsFor } from './listings';
import { keepSchedule, readSchedule } from './schedule';

const polls = sharedRuns(pollOnce);

/** Each venue's requests spaced within its per-second limit, across every cycle this worker runs. */
const pacers = venuePacers();

/**
 * Run one poll cycle and store the result. Overlapping calls (the alarm, a worker waking) share one
 * cycle. A failed cycle writes only its status: the last good snapshot stays.
 */
export const poll = (): Promise<PollStatus> => polls.join(false);

/**
 * A cycle that starts after this call: at once, or when the cycle out ends, which read its inputs
 * too early. For settings that change what a cycle fetches (a watchlist saved) and for the user's
 * Refresh, which must see what changed before the click (a listing Binance dropped, forgotten at
 * the end of the cycle out). `manual` is the Refresh: it may retry a failing venue early, never a
 * rate-limited one.
 */
export const pollAfresh = (manual = false): Promise<PollStatus> => polls.after(manual);

/**
 * History as this worker last stored it. Only the poll writes history, so it is read from storage
 * (about 9 ms to validate at its bound) once per worker, not on every poll or article.
 */
let history: History | null = null;

export async function readHistory(): Promise<History> {
  if (history) return history;
  const tiers = await Promise.all(TIER_IDS.map((id) => historyItems[id].get()));
  history ??= Object.fromEntries(TIER_IDS.map((id, k) => [id, tiers[k] ?? EMPTY_HISTORY[id]])) as History;
  return history;
}

async function pollOnce(manual: boolean): Promise<PollStatus> {
  const [schedule, hourlyData, recent, stored, previous, settings] = await Promise.all([
    readSchedule(),
    hourlyDataItem.get(),
    lastTaskResultsItem.get(),
    readHistory(),
    stressItem.get(),
    readSettings(),
  ]);
  const extras = extrasOf(settings.watchlist);
  const plan = planExtras(extras, await listingsFor(extras), settings.disabledVenues);
  const tasks = [...TASKS, ...plan.tasks].filter((task) => !settings.disabledVenues.includes(task.venue));
  const given = schedule ?? EMPTY_SCHEDULE;
  const result = await runPollCycle({
    tasks,
    schedule: { ...given, hourlyRanAt: withoutDroppedExtras(given.hourlyRanAt, tasks) },
    hourlyData: withoutDroppedExtras(hourlyData ?? {}, tasks),
    manual,
    pacers,
    recent: recent ?? {},
    backfill: needsBackfill(stored.hourly, Date.now(), BACKFILL_DAYS),
  });
  // Kept before it is stored: a ban holds in this worker whatever storage does with it.
  keepSchedule(result.schedule);
  const { status } = result;
  const snapshot = result.snapshot && withUnquoted(result.snapshot, plan.unquoted);
  // Read after the cycle: the streams keep adding while the requests are out.
  const liquidations = settings.liquidationStreams ? await liquidationsItem.get() : null;
  const record = recordCycle(stored, result, liquidations, previous?.band, Date.now());
  history = record.history;
  // The safety state first: storage that takes only some of the items takes it first.
  const writes: ItemWrite[] = [
    itemWrite(scheduleItem, result.schedule),
    itemWrite(pollStatusItem, status),
    itemWrite(hourlyDataItem, result.hourlyData),
    itemWrite(lastTaskResultsItem, result.recent),
  ];
  if (snapshot) writes.push(itemWrite(snapshotItem, snapshot));
  // A cycle without Kraken leaves the last rates in place.
  const [fx] = result.data.fx;
  if (fx) writes.push(itemWrite(fxItem, fx));
  if (record.stress) writes.push(itemWrite(stressItem, record.stress));
  const outcome = { snapshot, stress: record.stress ?? null, status, settings, liquidations };
  // The alerts a poll decides are stored in the same call as the market they came from, before
  // any of them is shown: a worker killed at any point between loses neither.
  await levelsInTurn(async () => {
    const alerts = await alertWrites(outcome, Date.now()).catch((error: unknown) => {
      console.error('Undertow: alerts failed', error);
      return [];
    });
    const historyWrites = (tiers: History, ids: readonly TierId[]) =>
      ids.map((id) => itemWrite(historyItems[id], [...tiers[id]]));
    const written = await writeWithRoom(
      [...writes, ...alerts, ...historyWrites(record.history, record.changed)],
      () => {
        history = trimHistory(record.history);
        return [...writes, ...alerts, ...historyWrites(history, TIER_IDS)];
      },
    );
    await noteStorageTrouble(written);
  });
  if (result.data.delisted.length > 0) await forgetListings(result.data.delisted);
  // Painted from what this poll found, not read back: storage may not have taken it.
  await Promise.all([
    paintBadge({ status, settings, ...(snapshot && { snapshot }), ...(record.stress && { stress: record.stress }) }),
    deliverAlerts().catch((error: unknown) => console.error('Undertow: alerts failed', error)),
  ]);
  return status;
}

/**
 * Tell the popup when storage refused the poll's write, or took it only once history was trimmed;
 * once a later poll's write is taken whole, a refusal is no longer news. Session storage is an
 * area apart from the local one that filled up.
 */
let refusedLast = false;
async function noteStorageTrouble(written: WriteOutcome): Promise<void> {
  const refused = written.kind === 'refused';
  try {
    if (refused) console.error('Undertow: storage refused the poll', written.reason);
    if (written.kind !== 'written') {
      await storageTroubleItem.set({ at: Date.now(), trimmed: written.kind === 'trimmed', refused });
    } else if (refusedLast) await storageTroubleItem.raw.removeValue();
  } catch (error) {
    console.error('Undertow: storage trouble could not be noted', error);
  }
  refusedLast = refused;
}
