import { runPollCycle } from '@/lib/market/poll-cycle';
import type { PollStatus } from '@/lib/market/snapshot';
import { pollStatusItem, snapshotItem } from '@/lib/storage/items';
import { itemWrite, writeItems } from '@/lib/storage/validated-item';
import { paintBadge } from './badge';

let inFlight: Promise<PollStatus> | null = null;

/**
 * Run one poll cycle and store the result. Overlapping calls (alarm, wake-up, refresh button)
 * share one cycle. A failed cycle writes only its status: the last good snapshot stays.
 */
export function poll(): Promise<PollStatus> {
  inFlight ??= pollOnce().finally(() => {
    inFlight = null;
  });
  return inFlight;
}

async function pollOnce(): Promise<PollStatus> {
  const { snapshot, status } = await runPollCycle();
  await writeItems(
    snapshot
      ? [itemWrite(snapshotItem, snapshot), itemWrite(pollStatusItem, status)]
      : [itemWrite(pollStatusItem, status)],
  );
  await paintBadge();
  return status;
}
