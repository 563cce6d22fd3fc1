import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { trimHistory } from '@/lib/history/store';
import { EMPTY_SCHEDULE } from '@/lib/poll/schedule-state';
import { historyItems, scheduleItem } from '@/lib/storage/items';
import { itemWrite } from '@/lib/storage/validated-item';
import { writeWithRoom } from '@/lib/storage/write-with-room';
import { HOUR } from '@/lib/time';

const ban = { ...EMPTY_SCHEDULE, venues: { 'binance-spot': { failures: 1, notBefore: 600_000, rateLimited: true } } };
const points = Array.from({ length: 100 }, (_, k) => ({ t: k * HOUR, close: { BTC: 60_000 + k } }));

/** Storage with room for `room` bytes of JSON per call, as Chrome refuses a write past its quota. */
function storageWithRoom(room: number) {
  const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
  vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
    if (JSON.stringify(items).length > room) throw new Error('Resource::kQuotaBytes quota exceeded');
    await set(items);
  });
}

describe('a poll’s write into full storage', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('trims history to its newer half to make room, and stores everything else', async () => {
    const writes = [itemWrite(scheduleItem, ban), itemWrite(historyItems.hourly, points)];
    storageWithRoom(JSON.stringify(points.slice(50)).length + 500);
    const outcome = await writeWithRoom(writes, () => [
      itemWrite(scheduleItem, ban),
      itemWrite(historyItems.hourly, [...trimHistory({ fiveMinute: [], hourly: points }).hourly]),
    ]);
    expect(outcome).toEqual({ kind: 'trimmed' });
    expect(await scheduleItem.get()).toEqual(ban);
    expect(await historyItems.hourly.get()).toEqual(points.slice(50));
  });

  it('stores the ban alone when nothing else fits, and says storage refused', async () => {
    const writes = [itemWrite(scheduleItem, ban), itemWrite(historyItems.hourly, points)];
    storageWithRoom(JSON.stringify({ schedule: ban }).length);
    const outcome = await writeWithRoom(writes, () => writes);
    expect(outcome).toEqual({ kind: 'refused', reason: 'Resource::kQuotaBytes quota exceeded' });
    expect(await scheduleItem.get()).toEqual(ban);
    expect(await historyItems.hourly.get()).toBeNull();
  });
});
