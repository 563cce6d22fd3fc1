import type { ScheduleState } from '@/lib/poll/schedule-state';
import { scheduleItem } from '@/lib/storage/items';

/**
 * The schedule as this worker last set it. Each poll keeps it here before it stores it, so a ban
 * a venue asked for holds in this worker even when storage refuses the write (full), and the
 * next poll does not call that venue again.
 */
let latest: ScheduleState | null = null;

/** The schedule this worker set last, or else the stored one. */
export async function readSchedule(): Promise<ScheduleState | null> {
  return latest ?? (await scheduleItem.get());
}

export function keepSchedule(schedule: ScheduleState): void {
  latest = schedule;
}
