import { runPollCycle } from '@/lib/market/poll-cycle';
import { EMPTY_SCHEDULE } from '@/lib/market/schedule-state';
import type { PollStatus } from '@/lib/market/snapshot';
import { hourlyDataItem, pollStatusItem, scheduleItem, snapshotItem } from '@/lib/storage/items';
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
  const [schedule, hourlyData] = await Promise.all([scheduleItem.get(), hourlyDataItem.get()]);
  const result = await runPollCycle({ schedule: schedule ?? EMPTY_SCHEDULE, hourlyData: hourlyData ?? {}, manual });
  const { snapshot, status } = result;
  const writes = [
    itemWrite(pollStatusItem, status),
    itemWrite(scheduleItem, result.schedule),
    itemWrite(hourlyDataItem, result.hourlyData),
  ];
  await writeItems(snapshot ? [itemWrite(snapshotItem, snapshot), ...writes] : writes);
  await paintBadge();
  return status;
}
