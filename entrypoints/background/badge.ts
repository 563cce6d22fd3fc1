import { browser } from 'wxt/browser';
import { type BadgeInput, badgeState } from '@/lib/badge/badge-state';
import { minutesToMs } from '@/lib/poll/poll-schedule';
import type { Settings } from '@/lib/settings/settings';
import { pollStatusItem, readSettings, snapshotItem, stressItem } from '@/lib/storage/items';

/** What a poll hands the badge rather than have it read back: storage may not have taken it. */
type Given = Partial<Pick<BadgeInput, 'snapshot' | 'status' | 'stress'> & { settings: Settings }>;

/**
 * Paint the toolbar badge from what is given, and the rest from storage, so it is right after any
 * worker restart and after a poll whose write storage refused.
 */
export async function paintBadge(given: Given = {}): Promise<void> {
  const [snapshot, status, stress, settings] = await Promise.all([
    given.snapshot ?? snapshotItem.get(),
    given.status ?? pollStatusItem.get(),
    given.stress ?? stressItem.get(),
    given.settings ?? readSettings(),
  ]);
  const pollIntervalMs = minutesToMs(settings.pollIntervalMinutes);
  const state = badgeState({ snapshot, status, stress, now: Date.now(), pollIntervalMs });
  await Promise.all([
    browser.action.setBadgeText({ text: state.text }),
    browser.action.setBadgeBackgroundColor({ color: state.color }),
    browser.action.setBadgeTextColor?.({ color: state.textColor }),
    browser.action.setTitle({ title: state.title }),
  ]);
}
