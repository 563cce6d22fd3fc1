import { browser } from 'wxt/browser';
import { badgeState } from '@/lib/badge/badge-state';
import { minutesToMs } from '@/lib/market/poll-schedule';
import { pollStatusItem, readSettings, snapshotItem, stressItem } from '@/lib/storage/items';

/** Paint the toolbar badge from what is in storage, so it is right after any worker restart. */
export async function paintBadge(): Promise<void> {
  const [snapshot, status, stress, settings] = await Promise.all([
    snapshotItem.get(),
    pollStatusItem.get(),
    stressItem.get(),
    readSettings(),
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
