import type { Settings } from '../settings/settings';
import { MINUTE } from '../time';

/** The alarm that runs a poll; its period is the user's interval (every minute by default). */
export const POLL_ALARM = 'poll';

export const minutesToMs = (minutes: number) => minutes * MINUTE;

/**
 * A worker that wakes (after an idle shutdown, a browser start, an install) polls at once only if
 * the last attempt is older than half an interval; otherwise the alarm is due soon anyway.
 */
export function shouldPollOnWake(lastAttemptAt: number | undefined, now: number, intervalMs: number): boolean {
  return lastAttemptAt === undefined || now - lastAttemptAt >= intervalMs / 2;
}

/**
 * What the polls fetch, as far as the user decides it: the watchlist and the venues that are on.
 * When it changes, a poll runs at once, so a symbol just added shows its price without waiting
 * for the alarm; the order of the list, which only the popup uses, does not count.
 */
export function polledFor(settings: Pick<Settings, 'watchlist' | 'disabledVenues'>): string {
  return JSON.stringify([[...settings.watchlist].sort(), [...settings.disabledVenues].sort()]);
}
