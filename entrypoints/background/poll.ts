import { runPollCycle } from '@/lib/market/poll-cycle';
import { EMPTY_SCHEDULE } from '@/lib/market/schedule-state';
import type { PollStatus } from '@/lib/market/snapshot';
import { pollStatusItem, scheduleItem, snapshotItem } from '@/lib/storage/items';
import { itemWrite, writeItems } from '@/lib/storage/validated-item';
import { paintBadge } from './badge';

let inFlight: Promise<PollStatus> | null = null;

/**
 * Run one poll cycle and store the result. Overlapping calls (alarm, wake-up, refresh button)
 * share one cycle. A failed cycle writes only its status: the last good snapshot stays.
 * `manual` is the user's Refresh: it may retry a failing venue early, never a rate-limited one.
 */
export function poll(manual = false): Promise<PollStatus> {
  inFlight ??= pollOnce(manual).finally(() => {
    inFlight = null;
  });
  return inFlight;
}

async function pollOnce(manual: boolean): Promise<PollStatus> {
  const schedule = (await scheduleItem.get()) ?? EMPTY_SCHEDULE;
  const { snapshot, status, schedule: next } = await runPollCycle({ schedule, manual });
  const writes = [itemWrite(pollStatusItem, status), itemWrite(scheduleItem, next)];
  await writeItems(snapshot ? [itemWrite(snapshotItem, snapshot), ...writes] : writes);
  await paintBadge();
  return status;
}
