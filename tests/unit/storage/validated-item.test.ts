import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hourlyDataItem } from '@/lib/storage/hourly-data';
import {
  alertStateItem,
  fxItem,
  historyItems,
  levelAlertsItem,
  pollStatusItem,
  scheduleItem,
  snapshotItem,
  stressItem,
} from '@/lib/storage/items';
import { lastTaskResultsItem } from '@/lib/storage/last-task-results';
import { itemWrite, writeItems } from '@/lib/storage/validated-item';

const snapshot = {
  takenAt: 1,
  assets: [{ asset: 'BTC' as const, price: 67490, change24hPct: -1.88, venues: ['binance-spot' as const] }],
};

describe('validated storage items', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads back what was written', async () => {
    await snapshotItem.set(snapshot);
    await expect(snapshotItem.get()).resolves.toEqual(snapshot);
  });

  it('returns null for nothing stored', async () => {
    await expect(snapshotItem.get()).resolves.toBeNull();
  });

  it('never hands a corrupt value to the UI', async () => {
    await fakeBrowser.storage.local.set({ snapshot: { takenAt: 'yesterday', assets: 'lots' } });
    await expect(snapshotItem.get()).resolves.toBeNull();
  });

  it('keeps what is valid of a value and leaves out only the broken entry', async () => {
    const eth = { asset: 'ETH' as const, price: 1985.4, venues: ['kraken' as const] };
    await fakeBrowser.storage.local.set({
      snapshot: { ...snapshot, assets: [...snapshot.assets, { asset: 'DOGE', price: 1 }, eth] },
    });
    await expect(snapshotItem.get()).resolves.toEqual({ ...snapshot, assets: [...snapshot.assets, eth] });
  });

  it('keeps every item a poll writes in one storage area, so one call takes all of them or none', () => {
    const written = [
      scheduleItem,
      pollStatusItem,
      hourlyDataItem,
      lastTaskResultsItem,
      snapshotItem,
      fxItem,
      stressItem,
      historyItems.fiveMinute,
      historyItems.hourly,
      alertStateItem,
      levelAlertsItem,
    ];
    expect(new Set(written.map((item) => item.key.split(':')[0]))).toEqual(new Set(['local']));
  });

  it('writes several items in one call', async () => {
    const status = { attemptedAt: 1, sources: [{ venue: 'binance-spot' as const, state: 'ok' as const, at: 1 }] };
    await writeItems([itemWrite(snapshotItem, snapshot), itemWrite(pollStatusItem, status)]);
    await expect(snapshotItem.get()).resolves.toEqual(snapshot);
    await expect(pollStatusItem.get()).resolves.toEqual(status);
  });
});
