import { expectArticleDayBadge } from '../harness/article-day';
import { readBadge } from '../harness/badge';
import { expect, test } from '../harness/fixtures';
import { openPopupPage, showTab } from '../harness/pages';
import { stopServiceWorker } from '../harness/worker';

test.describe('service worker', () => {
  test('asks for no more than it needs', async ({ ext }) => {
    const manifest = await ext.serviceWorker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.permissions).toEqual([
      'storage',
      'alarms',
      'notifications',
      'activeTab',
      'contextMenus',
      'scripting',
    ]);
    // "Annotate this page" from the keyboard: a command grants `activeTab` as the toolbar button does.
    expect(manifest.commands).toEqual({
      'annotate-page': { suggested_key: { default: 'Alt+Shift+U' }, description: 'Annotate this page' },
    });
    // Other sites only one at a time, when the user asks for "Always on this site".
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
    // Pinned on purpose: a new host must be a deliberate change to this list. The exchange APIs the
    // worker polls, and the default news sites the article script is registered on.
    expect(manifest.host_permissions?.toSorted()).toEqual([
      'https://api.binance.com/*',
      'https://api.bybit.com/*',
      'https://api.coingecko.com/*',
      'https://api.exchange.coinbase.com/*',
      'https://api.hyperliquid.xyz/*',
      'https://api.kraken.com/*',
      'https://blockworks.co/*',
      'https://cointelegraph.com/*',
      'https://cryptoslate.com/*',
      'https://decrypt.co/*',
      'https://fapi.binance.com/*',
      'https://www.coindesk.com/*',
      'https://www.deribit.com/*',
      'https://www.gate.com/*',
      'https://www.okx.com/*',
      'https://www.theblock.co/*',
    ]);
    // No script in the manifest: the worker registers it for the news sites that are on.
    expect(manifest.content_scripts).toBeUndefined();
    await expect
      .poll(() => ext.serviceWorker.evaluate(async () => await chrome.scripting.getRegisteredContentScripts()))
      .toMatchObject([
        { id: 'news-sites', js: ['news.js'], matches: expect.arrayContaining(['https://www.gate.com/*']) },
      ]);
  });

  test('polls at start and schedules the next poll every minute', async ({ ext, replay, settledBadge }) => {
    await settledBadge();
    const alarm = await ext.serviceWorker.evaluate(() => chrome.alarms.get('poll'));
    expect(alarm?.periodInMinutes).toBe(1);
    expect(replay.requestCounts()['api.binance.com /api/v3/ticker/24hr']).toBe(1);
  });

  test('a stopped worker leaves valid storage, and a new one picks up from it', async ({ ext, settledBadge }) => {
    await settledBadge();
    const worker = ext.serviceWorker;
    // A mark in the worker's globals: a fresh worker instance will not have it.
    await worker.evaluate(() => Object.assign(globalThis, { undertowTestMark: true }));

    // The popup paints from storage alone: no worker needed.
    const popup = await openPopupPage(ext, 'Sources');
    await expect(popup.locator('tr[data-asset="BTC"]')).toContainText('$67,490');

    await stopServiceWorker(ext, popup);

    // A message wakes a new worker (Playwright re-attaches the same handle), which polls and
    // repaints from what it finds in storage.
    await popup.getByRole('button', { name: 'Refresh market data now' }).click();
    await expect(popup.locator('[data-venue="binance-spot"]')).toHaveText(/Binance\s*OK/);
    expect(await worker.evaluate(() => 'undertowTestMark' in globalThis)).toBe(false);
    expectArticleDayBadge(await readBadge(worker));
  });

  test('a worker killed in the middle of a poll leaves storage valid, and the next cycle recovers', async ({
    openSettledPopup,
    ext,
    replay,
  }) => {
    const popup = await openSettledPopup();
    await expect(popup.locator('tr[data-asset="BTC"]')).toContainText('$67,490');

    // Deribit now answers after 4 s: a refresh starts a cycle that stays in flight.
    await replay.setScenario('deribit-slow');
    replay.resetCounts();
    await popup.getByRole('button', { name: 'Refresh market data now' }).click();
    await expect.poll(() => replay.requestCounts()['www.deribit.com /api/v2/public/ticker'] ?? 0).toBeGreaterThan(0);

    await stopServiceWorker(ext, popup);

    // What the half-finished cycle left: the last complete snapshot, still valid.
    await popup.reload();
    await expect(popup.locator('tr[data-asset="BTC"]')).toContainText('$67,490');
    await expect(popup.getByRole('region', { name: 'Market stress' })).toBeVisible();
    await showTab(popup, 'Derivatives');
    await expect(popup.getByRole('region', { name: 'Derivatives' })).toBeVisible();

    // The next cycle, on a fresh worker, completes.
    await replay.setScenario('calm');
    await popup.getByRole('button', { name: 'Refresh market data now' }).click();
    await expect(popup.locator('tr[data-asset="BTC"]')).toContainText('$93,889');
    await showTab(popup, 'Sources');
    await expect(popup.locator('[data-venue="deribit"]')).toHaveText(/OK$/);
  });
});
