import { browser } from 'wxt/browser';
import { type BadgeInput, badgeState } from '@/lib/badge/badge-state';
import { moneyFor } from '@/lib/format/quote-currency';
import { minutesToMs } from '@/lib/poll/poll-schedule';
import type { Settings } from '@/lib/settings/settings';
import { fxItem, pollStatusItem, readSettings, snapshotItem, stressItem } from '@/lib/storage/items';

/** What a poll hands the badge rather than have it read back: storage may not have taken it. */
type Given = Partial<Pick<BadgeInput, 'snapshot' | 'status' | 'stress'> & { settings: Settings }>;

/**
 * Paint the toolbar badge from what is given, and the rest from storage, so it is right after any
 * worker restart, after a poll whose write storage refused, and when the user changes what it shows.
 */
export async function paintBadge(given: Given = {}): Promise<void> {
  const [snapshot, status, stress, settings, fx] = await Promise.all([
    given.snapshot ?? snapshotItem.get(),
    given.status ?? pollStatusItem.get(),
    given.stress ?? stressItem.get(),
    given.settings ?? readSettings(),
    fxItem.get(),
  ]);
  const now = Date.now();
  const state = badgeState({
    snapshot,
    status,
    stress,
    now,
    pollIntervalMs: minutesToMs(settings.pollIntervalMinutes),
    choice: settings.badge,
    money: moneyFor(settings.quoteCurrency, fx, now),
  });
  await Promise.all([
    browser.action.setBadgeText({ text: state.text }),
    browser.action.setBadgeBackgroundColor({ color: state.color }),
    browser.action.setBadgeTextColor?.({ color: state.textColor }),
    browser.action.setTitle({ title: state.title }),
  ]);
}
