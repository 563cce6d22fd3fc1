import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addLevel } from '@/entrypoints/background/level-alerts';
import { isDue } from '@/lib/poll/venue-state';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import { newsScriptMatches } from '@/lib/sites/news-script';
import { VENUE_IDS } from '@/lib/sources/venues';
import { historyItems, levelAlertsItem, readSettings, scheduleItem, snapshotItem } from '@/lib/storage/items';
import { HOUR, MINUTE } from '@/lib/time';

/** What Chrome keeps of a value: its JSON, where Infinity and NaN become null. */
const asStored = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

const level = (price: number, createdAt: number) => ({
  id: `BTC-${price}-${createdAt}`,
  asset: 'BTC',
  price,
  direction: 'below',
  createdAt,
});

describe('one broken field forgets nothing else', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps every ban when one venue’s wait was stored as Infinity, and holds that venue too', async () => {
    const now = Date.now();
    await fakeBrowser.storage.local.set({
      schedule: asStored({
        venues: {
          'binance-spot': { failures: 1, notBefore: Number.POSITIVE_INFINITY, rateLimited: true },
          bybit: { failures: 3, notBefore: now + 60 * MINUTE, rateLimited: true },
        },
        requests: {},
        hourlyRanAt: { 'deribit/volatility-index': now - MINUTE },
      }),
    });
    const schedule = await scheduleItem.get();
    const { bybit, 'binance-spot': binance } = schedule?.venues ?? {};
    expect(bybit).toEqual({ failures: 3, notBefore: now + 60 * MINUTE, rateLimited: true });
    expect(binance && isDue(binance, now, true)).toBe(false);
    expect(binance && isDue(binance, now + 61 * MINUTE)).toBe(true);
    expect(schedule?.hourlyRanAt).toEqual({ 'deribit/volatility-index': now - MINUTE });
  });

  it('holds every venue when the schedule is unreadable as a whole', async () => {
    await fakeBrowser.storage.local.set({ schedule: 'garbage' });
    const venues = Object.values((await scheduleItem.get())?.venues ?? {});
    expect(venues).toHaveLength(VENUE_IDS.length);
    for (const state of venues) expect(isDue(state, Date.now(), true)).toBe(false);
  });

  it('keeps 90 days of history when one point’s price was stored as Infinity', async () => {
    const now = Date.now();
    const points = Array.from({ length: 90 * 24 }, (_, k) => ({
      t: now - k * HOUR,
      close: { BTC: 60_000 + k, ETH: 2000 },
    }));
    const broken = { ...points[100], close: { BTC: Number.POSITIVE_INFINITY, ETH: 2000 } };
    await fakeBrowser.storage.local.set({
      'history.hourly': asStored([...points.slice(0, 100), broken, ...points.slice(101)]),
    });
    const read = await historyItems.hourly.get();
    expect(read).toHaveLength(points.length);
    expect(read?.[100]).toEqual({ t: now - 100 * HOUR, close: { ETH: 2000 } });
    expect(read?.filter((_, k) => k !== 100)).toEqual(points.filter((_, k) => k !== 100));
  });

  it('adds a price alert beside the valid ones when one stored alert is corrupt', async () => {
    await snapshotItem.set({ takenAt: 1, assets: [{ asset: 'BTC', price: 67490, venues: ['binance-spot'] }] });
    await fakeBrowser.storage.local.set({
      levelAlerts: [level(60000, 1), { ...level(50000, 2), price: 'fifty thousand' }, level(55000, 3)],
    });
    await expect(addLevel('BTC', '80000')).resolves.toEqual({});
    const prices = ((await levelAlertsItem.get()) ?? []).map((alert) => alert.price);
    expect(prices).toEqual([60000, 55000, 80000]);
  });

  it('keeps the sites the user turned off when another setting is invalid', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { ...DEFAULT_SETTINGS, pollIntervalMinutes: 7, disabledNewsSites: ['www.gate.com'] },
      settings$: { v: 5 },
    });
    const settings = await readSettings();
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, disabledNewsSites: ['www.gate.com'] });
    expect(newsScriptMatches(settings, [])).not.toContain('https://www.gate.com/*');
  });
});
