import { MINUTE } from '../time';

/** Poll every minute: fresh enough for a stress gauge, far below every venue's rate limit. */
export const POLL_INTERVAL_MINUTES = 1;
export const POLL_INTERVAL_MS = POLL_INTERVAL_MINUTES * MINUTE;
export const POLL_ALARM = 'poll';

/**
 * A worker that wakes (after an idle shutdown, a browser start, an install) polls at once only if
 * the last attempt is older than half an interval; otherwise the alarm is due soon anyway.
 */
export function shouldPollOnWake(lastAttemptAt: number | undefined, now: number): boolean {
  return lastAttemptAt === undefined || now - lastAttemptAt >= POLL_INTERVAL_MS / 2;
}
