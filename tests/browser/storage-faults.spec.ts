import { DEFAULT_SETTINGS, type Settings, SYNC_ITEM_BYTES, syncBytes } from '../../lib/settings/settings';
import { DAY, HOUR } from '../../lib/time';
import { readBadge } from '../harness/badge';
import { expect, test } from '../harness/fixtures';
import type { ExtensionBrowser } from '../harness/launch';
import { refresh } from '../harness/pages';
import { stopServiceWorker } from '../harness/worker';

/**
 * Storage that misbehaves under a running extension: full, holding a broken value, or left
 * between two writes by a worker that was stopped. Each time the market, the bans and the user's
 * alerts must come through.
 */

const local = <T>(ext: ExtensionBrowser, key: string) =>
  ext.serviceWorker.evaluate(async (name) => (await chrome.storage.local.get(name))[name], key) as Promise<T>;

/** Settings of exactly `bytes` as the synced item `settings`: sites added until the last one fits to the byte. */
function settingsOf(bytes: number): Settings {
  const userNewsSites: string[] = [];
  const sized = () => ({ ...DEFAULT_SETTINGS, userNewsSites: [...userNewsSites] });
  while (bytes - syncBytes(sized()) >= 60) userNewsSites.push(`s${userNewsSites.length}.example.com`);
  // One more site takes its length, two quotes and a comma.
  const length = bytes - syncBytes(sized()) - 3;
  userNewsSites.push(`${'p'.repeat(length - '.example.com'.length)}.example.com`);
  return sized();
}

test.describe('storage', () => {
  test('the settings’ size limit is the browser’s own: 8,192 bytes are synced, one more is refused', async ({
    ext,
    settledBadge,
  }) => {
    await settledBadge();
    const sync = (settings: Settings) =>
      ext.serviceWorker.evaluate(async (value) => {
        try {
          await chrome.storage.sync.set({ settings: value });
          return 'stored';
        } catch (error) {
          return error instanceof Error ? error.message : String(error);
        }
      }, settings);
    const largest = settingsOf(SYNC_ITEM_BYTES);
    expect(syncBytes(largest)).toBe(SYNC_ITEM_BYTES);
    expect(await sync(largest)).toBe('stored');
    const over = settingsOf(SYNC_ITEM_BYTES + 1);
    expect(syncBytes(over)).toBe(SYNC_ITEM_BYTES + 1);
    // Chromium 156 says "Resource::kQuotaBytesPerItem quota exceeded".
    expect(await sync(over)).toMatch(/QuotaBytesPerItem/i);
  });

  test('full: a Retry-After holds on every poll, the badge keeps going, and the popup says storage is full', async ({
    openSettledPopup,
    ext,
    replay,
  }) => {
    const popup = await openSettledPopup();
    // Fill the extension's local storage to its quota, with the items a poll writes first taken
    // out: each would have to grow into it, and trimming history makes no room (none is stored).
    await ext.serviceWorker.evaluate(async () => {
      await chrome.storage.local.remove(['history.fiveMinute', 'history.hourly', 'schedule', 'pollStatus']);
      const free = chrome.storage.local.QUOTA_BYTES - (await chrome.storage.local.getBytesInUse(null));
      // The item counts its name and its JSON, the string's quotes included.
      await chrome.storage.local.set({ filler: 'x'.repeat(free - 'filler'.length - 2 - 64) });
    });
    await replay.setScenario('binance-spot-rate-limited');
    replay.resetCounts();
    for (let click = 0; click < 3; click++) await refresh(popup);

    // Asked to wait two minutes, Binance is called once, whatever storage refused.
    expect(replay.requestCounts()['api.binance.com /api/v3/ticker/24hr']).toBe(1);
    // The badge is painted from what the polls found, not from what storage could not take.
    expect((await readBadge(ext.serviceWorker)).title).toContain(
      'Binance: Rate-limited: waiting before the next request',
    );
    await expect(popup.locator('[data-notice="storage"]')).toHaveText(
      'Storage is full: Undertow keeps polling and alerting, but this shows the market as last saved.',
    );
  });

  test('one broken history point costs only itself: the next poll keeps the 90 days around it', async ({
    openSettledPopup,
    ext,
  }) => {
    const popup = await openSettledPopup();
    // A worker starting afresh reads history from storage: stop this one, which holds it in memory.
    await stopServiceWorker(ext, popup);
    const now = Date.now();
    // Points older than any backfill reaches (30 days), which nothing could fetch again.
    const old = Array.from({ length: 58 * 24 }, (_, k) => ({
      t: now - 89 * DAY + k * HOUR,
      close: { BTC: 60_000 + k },
    }));
    // An Infinity price as storage keeps it: null.
    const broken = { t: now - 89 * DAY - HOUR, close: { BTC: null, ETH: 2000 } };
    await popup.evaluate(
      async (points) => {
        const stored = (await chrome.storage.local.get('history.hourly'))['history.hourly'] as unknown[];
        await chrome.storage.local.set({ 'history.hourly': [...points, ...stored] });
      },
      [broken, ...old],
    );

    await refresh(popup);
    const hourly = await local<Array<{ t: number; close: Record<string, number> }>>(ext, 'history.hourly');
    // The broken point as stored, or as read (without its broken price); every other one as it was.
    expect(hourly[0]).toMatchObject({ t: broken.t, close: { ETH: 2000 } });
    expect(hourly.slice(1, old.length + 1)).toEqual(old);
    expect(hourly.length).toBeGreaterThan(old.length + 30 * 24);
  });

  test('a worker stopped after storing an alert as fired, before showing it: the next worker shows it', async ({
    openSettledPopup,
    ext,
    replay,
  }) => {
    const popup = await openSettledPopup('Alerts');
    const priceAlerts = popup.getByRole('group', { name: 'Price alerts' });
    await priceAlerts.getByLabel('Price in USD').fill('80,000');
    await priceAlerts.getByRole('button', { name: 'Add alert' }).click();
    await expect(priceAlerts.locator('[data-level]')).toHaveText([/BTC rises above \$80,000\s*· waiting/]);

    // From here this worker shows no notification: as if stopped the moment before it would.
    await ext.serviceWorker.evaluate(() => {
      chrome.notifications.create = (() => new Promise(() => undefined)) as typeof chrome.notifications.create;
    });
    await replay.setScenario('calm');
    await popup.getByRole('button', { name: 'Refresh market data now' }).click();
    await expect
      .poll(async () => (await local<Array<{ firedAt?: number }>>(ext, 'levelAlerts'))[0]?.firedAt)
      .toBeDefined();
    await stopServiceWorker(ext, popup);

    // A new worker, woken by the next click, shows what the last one stored and did not show.
    await refresh(popup);
    await expect
      .poll(() => ext.serviceWorker.evaluate(async () => Object.keys(await chrome.notifications.getAll())))
      .toEqual([expect.stringMatching(/^level\|\d+$/)]);
    expect(await local<{ outbox: unknown[] }>(ext, 'alertState')).toMatchObject({ outbox: [] });
  });
});
