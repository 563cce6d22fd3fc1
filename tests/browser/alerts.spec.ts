import type { Page } from '@playwright/test';
import { expect, test } from '../harness/fixtures';
import type { ExtensionBrowser } from '../harness/launch';
import { openOptionsPage, refresh, saveOptions } from '../harness/pages';

/** The ids of the notifications Chrome holds, read through the service worker. */
const notificationIds = (ext: ExtensionBrowser) =>
  ext.serviceWorker.evaluate(async () => Object.keys(await chrome.notifications.getAll()).sort());

test.describe('alerts', () => {
  test.use({ scenario: 'calm' });

  test('from calm to crash: one band alert and one level alert, not again on the next poll, again after the cool-down', async ({
    openSettledOptions,
    ext,
    replay,
    openPopup,
    saveScreenshot,
  }) => {
    const options = await openSettledOptions();
    // Alert from "elevated": within the test's first minutes the hourly history (DVOL, OI change)
    // still describes the calm market, so the crash reads elevated until the next hour's fetch.
    await options.getByLabel('Notify when market stress reaches').selectOption('elevated');
    await saveOptions(options);
    const priceAlerts = options.getByRole('group', { name: 'Price alerts' });
    await priceAlerts.getByLabel('Price in USD').fill('80,000');
    await priceAlerts.getByRole('button', { name: 'Add alert' }).click();
    await expect(priceAlerts.locator('[data-level]')).toHaveText([/BTC falls below \$80,000\s*· waiting/]);

    const popup = await openPopup();
    await refresh(popup);
    expect(await notificationIds(ext)).toEqual([]);

    await replay.setScenario('crash');
    await refresh(popup);
    await expect.poll(() => notificationIds(ext)).toHaveLength(2);
    const recent = options.getByRole('region', { name: 'Recent alerts' }).locator('li');
    await expect(recent).toHaveText([
      /^Market stress (elevated|high|extreme): \d+\/100\s*· now\s*The majors fell \d+\.\d% on average to their lows in 24 h$/,
      /^BTC fell below \$80,000\s*· now\s*Bitcoin is at \$49,000$/,
    ]);
    await expect(priceAlerts.locator('[data-level]')).toHaveText([/BTC falls below \$80,000\s*· done/]);
    await saveScreenshot(options, 'options-alerts');

    // The next poll, still in the crash: nothing new.
    await refresh(popup);
    expect(await notificationIds(ext)).toHaveLength(2);
    await expect(recent).toHaveCount(2);

    // The market calms, the cool-down passes (an hour, moved back here), and the crash repeats:
    // the band alert comes again; the level alert was done the first time.
    await replay.setScenario('calm');
    await refresh(popup);
    await ext.serviceWorker.evaluate(async () => {
      const { alertState } = (await chrome.storage.local.get('alertState')) as {
        alertState: { lastFired: Record<string, number> };
      };
      const hourAgo = Date.now() - 61 * 60_000;
      const lastFired = Object.fromEntries(Object.keys(alertState.lastFired).map((kind) => [kind, hourAgo]));
      await chrome.storage.local.set({ alertState: { ...alertState, lastFired } });
    });
    await replay.setScenario('crash');
    await refresh(popup);
    await expect.poll(() => notificationIds(ext)).toHaveLength(3);
    await expect(recent).toHaveCount(3);
    await expect(recent.first()).toHaveText(/^Market stress (elevated|high|extreme): /);
  });

  test('on a move: BTC past 2 % in an hour and 10 % in a day each notify once, named in the recent alerts', async ({
    ext,
    replay,
    settledBadge,
    openPopup,
    saveScreenshot,
  }) => {
    await settledBadge();
    const options = await openOptionsPage(ext);
    // Only the moves: the crash would alert its band too.
    await options.getByLabel('Notify when market stress reaches').selectOption('off');
    const moves = options.getByRole('group', { name: 'Move alerts' });
    await moves.getByRole('combobox').first().selectOption('BTC');
    await moves.getByRole('textbox', { name: 'moves more than' }).fill('2');
    await moves.getByRole('button', { name: 'Add move alert' }).click();
    await moves.getByRole('textbox', { name: 'moves more than' }).fill('10');
    await moves.getByRole('combobox').nth(1).selectOption('24h');
    await moves.getByRole('button', { name: 'Add move alert' }).click();
    await expect(moves.locator('[data-move]')).toHaveText([
      /^BTC moves more than 2% in 1 h\s*Remove$/,
      /^BTC moves more than 10% in 24 h\s*Remove$/,
    ]);
    await saveOptions(options);
    await saveScreenshot(moves, 'options-move-alerts');

    // An hour ago BTC stood at $100,000, as the alerting noted it then (written here, as an hour
    // of polls would have): the calm market's $93,889 is 6 % below.
    await ext.serviceWorker.evaluate(async () => {
      const { alertState } = (await chrome.storage.local.get('alertState')) as { alertState?: object };
      const trail = { BTC: [{ t: Date.now() - 61 * 60_000, price: 100_000 }] };
      await chrome.storage.local.set({ alertState: { ...alertState, trail } });
    });
    const popup = await openPopup();
    await refresh(popup);
    await expect.poll(() => notificationIds(ext)).toEqual([expect.stringMatching(/^move\|/)]);
    const recent = options.getByRole('region', { name: 'Recent alerts' }).locator('li');
    await expect(recent).toHaveText([
      /^BTC fell 6\.\d% in 1 h\s*· now\s*Bitcoin is at \$93,\d{3}; your alert: more than 2% either way in 1 h$/,
    ]);

    // The crash: BTC down 15.8 % in a day notifies; its hour's move, still past 2 %, does not again.
    await replay.setScenario('crash');
    await refresh(popup);
    await expect.poll(() => notificationIds(ext)).toHaveLength(2);
    await expect(recent.first()).toHaveText(
      /^BTC fell 1[56]\.\d% in 24 h\s*· now\s*Bitcoin is at \$49,000; your alert: more than 10% either way in 24 h$/,
    );
    await refresh(popup);
    expect(await notificationIds(ext)).toHaveLength(2);
    await expect(recent).toHaveCount(2);
  });

  test('can be set from the popup too', async ({ settledBadge, openPopup, saveScreenshot }) => {
    await settledBadge();
    const popup = await openPopup('Alerts');
    const priceAlerts = popup.getByRole('group', { name: 'Price alerts' });
    await priceAlerts.getByLabel('Asset').selectOption('ETH');
    await priceAlerts.getByLabel('Price in USD').fill('4000');
    await priceAlerts.getByRole('button', { name: 'Add alert' }).click();
    await expect(priceAlerts.locator('[data-level]')).toHaveText([/ETH rises above \$4,000\.00\s*· waiting/]);
    await saveScreenshot(popup, 'popup-alerts');
    await priceAlerts.getByRole('button', { name: /^Remove the ETH alert/ }).click();
    await expect(priceAlerts.locator('[data-level]')).toHaveCount(0);
  });

  test('keeps every level added at the same moment from the popup, an options page and a poll', async ({
    openSettledOptions,
    openPopup,
  }) => {
    const options = await openSettledOptions();
    const popup = await openPopup('Alerts');
    // Both pages ask at once, while a poll (which marks levels it crosses) runs too: the
    // background makes each change in turn, so none writes over another.
    const addFrom = (page: Page, prices: number[]) =>
      page.evaluate(
        (asked) =>
          Promise.all(
            asked.map((price) =>
              chrome.runtime.sendMessage({ type: 'addLevelAlert', data: { asset: 'BTC', price: String(price) } }),
            ),
          ),
        prices,
      );
    const answers = await Promise.all([
      addFrom(options, [90_000, 91_000, 92_000, 93_000, 94_000]),
      addFrom(popup, [40_000, 41_000, 42_000, 43_000, 44_000]),
      refresh(popup),
    ]);
    expect(answers.slice(0, 2).flat()).toEqual(Array.from({ length: 10 }, () => ({})));
    const levels = options.getByRole('group', { name: 'Price alerts' }).locator('[data-level]');
    await expect(levels).toHaveCount(10);
    await options.getByRole('button', { name: 'Remove the BTC alert at $90,000' }).click();
    await expect(levels).toHaveCount(9);
  });

  test('refuses a price that is not one, and says so', async ({ openSettledOptions }) => {
    const options = await openSettledOptions();
    const priceAlerts = options.getByRole('group', { name: 'Price alerts' });
    await priceAlerts.getByLabel('Price in USD').fill('lots');
    await priceAlerts.getByRole('button', { name: 'Add alert' }).click();
    await expect(priceAlerts.getByRole('alert')).toHaveText('Enter a price in US dollars, like 80000 or 80,000.');
    await expect(priceAlerts.locator('[data-level]')).toHaveCount(0);
  });
});
