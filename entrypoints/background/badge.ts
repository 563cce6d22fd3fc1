import { browser } from 'wxt/browser';
import { badgeState } from '@/lib/badge/badge-state';
import { POLL_INTERVAL_MS } from '@/lib/market/poll-schedule';
import { pollStatusItem, snapshotItem } from '@/lib/storage/items';

/** Paint the toolbar badge from what is in storage, so it is right after any worker restart. */
export async function paintBadge(): Promise<void> {
  const [snapshot, status] = await Promise.all([snapshotItem.get(), pollStatusItem.get()]);
  const state = badgeState(snapshot, status, Date.now(), POLL_INTERVAL_MS);
  await Promise.all([
    browser.action.setBadgeText({ text: state.text }),
    browser.action.setBadgeBackgroundColor({ color: state.color }),
    browser.action.setBadgeTextColor?.({ color: '#ffffff' }),
    browser.action.setTitle({ title: state.title }),
  ]);
}
