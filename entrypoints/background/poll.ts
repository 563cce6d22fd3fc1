import { recordCycle } from '@/lib/history/record-cycle';
import { EMPTY_HISTORY, type History, needsBackfill } from '@/lib/history/store';
import { TIER_IDS } from '@/lib/history/tiers';
import { planExtras, withoutDroppedExtras, withUnquoted } from '@/lib/market/extra-tasks';
import { runPollCycle } from '@/lib/market/poll-cycle';
import { venuePacers } from '@/lib/market/request-pacer';
import { EMPTY_SCHEDULE } from '@/lib/market/schedule-state';
import type { PollStatus } from '@/lib/market/snapshot';
import { BACKFILL_DAYS, TASKS } from '@/lib/market/tasks';
import { sharedRuns } from '@/lib/one-at-a-time';
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
import { recentPartsItem } from '@/lib/storage/recent-parts';
import { type ItemWrite, itemWrite, writeItems } from '@/lib/storage/validated-item';
import { extrasOf } from '@/lib/watchlist/symbol';
import { checkAlerts } from './alerts';
import { paintBadge } from './badge';
import { forgetListings, listingsFor } from './listings';

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
    scheduleItem.get(),
    hourlyDataItem.get(),
    recentPartsItem.get(),
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
  const { status } = result;
  const snapshot = result.snapshot && withUnquoted(result.snapshot, plan.unquoted);
  // Read after the cycle: the streams keep adding while the requests are out.
  const liquidations = settings.liquidationStreams ? await liquidationsItem.get() : null;
  const record = recordCycle(stored, result, liquidations, previous?.band, Date.now());
  const writes: ItemWrite[] = [
    itemWrite(pollStatusItem, status),
    itemWrite(scheduleItem, result.schedule),
    itemWrite(hourlyDataItem, result.hourlyData),
    itemWrite(recentPartsItem, result.recent),
    ...record.changed.map((id) => itemWrite(historyItems[id], [...record.history[id]])),
  ];
  if (snapshot) writes.push(itemWrite(snapshotItem, snapshot));
  // A cycle without Kraken leaves the last rates in place.
  const [fx] = result.data.fx;
  if (fx) writes.push(itemWrite(fxItem, fx));
  if (record.stress) writes.push(itemWrite(stressItem, record.stress));
  await writeItems(writes);
  history = record.history;
  if (result.data.delisted.length > 0) await forgetListings(result.data.delisted);
  // The market is stored; an alert that fails to go out must not make the poll look failed.
  const outcome = { snapshot, stress: record.stress ?? null, status, settings, liquidations };
  await Promise.all([
    paintBadge(),
    checkAlerts(outcome).catch((error) => console.error('Undertow: alerts failed', error)),
  ]);
  return status;
}
