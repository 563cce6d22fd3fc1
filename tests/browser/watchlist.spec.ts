import type { Page } from '@playwright/test';
import { seriousAxeViolations } from '../harness/axe';
import { expect, test } from '../harness/fixtures';
import type { ExtensionBrowser } from '../harness/launch';
import { saveOptions } from '../harness/pages';

const storedWatchlist = (ext: ExtensionBrowser) =>
  ext.serviceWorker.evaluate(
    async () =>
      ((await chrome.storage.sync.get('settings')).settings as { watchlist?: string[] } | undefined)?.watchlist,
  );

/** The options page's Watchlist as a user works it: type a symbol, press Add (or Enter), read the answer. */
function watchlistOf(options: Page) {
  const group = options.getByRole('group', { name: 'Watchlist' });
  const field = group.getByRole('textbox', { name: 'Add a symbol' });
  return {
    field,
    note: group.locator('[aria-live="polite"]'),
    symbols: group.getByRole('listitem'),
    async add(input: string, press: 'button' | 'Enter' = 'button') {
      await field.fill(input);
      if (press === 'Enter') await field.press('Enter');
      else await group.getByRole('button', { name: 'Add', exact: true }).click();
    },
  };
}

test.describe('watchlist beyond the majors', () => {
  test('adds a symbol a venue lists, refuses one none lists, and the popup shows its price', async ({
    openSettledOptions,
    ext,
    replay,
    openPopup,
    saveScreenshot,
  }) => {
    const options = await openSettledOptions();
    const watchlist = watchlistOf(options);

    // What no venue lists, and what is not a symbol at all, are refused with a reason.
    await watchlist.add('NOPE', 'Enter');
    await expect(watchlist.note).toHaveText(
      'Neither Binance nor Coinbase lists NOPE against the dollar. Nothing was changed.',
    );
    expect(replay.requestCounts()['api.exchange.coinbase.com /products/NOPE-USD']).toBe(1);
    await watchlist.add('DOGE/USDT', 'Enter');
    await expect(watchlist.note).toHaveText(
      '“DOGE/USDT” is not a symbol: use 2 to 15 letters or digits, such as DOGE or 1INCH.',
    );
    await expect(watchlist.symbols).toHaveCount(5);

    await watchlist.add('doge');
    await expect(watchlist.note).toHaveText(
      'Binance lists DOGE against the dollar. DOGE is added below: Save to keep it.',
    );
    await expect(watchlist.field).toHaveValue('');
    await watchlist.add('$pepe', 'Enter');
    await expect(watchlist.note).toHaveText(
      'Binance lists PEPE against the dollar. PEPE is added below: Save to keep it.',
    );
    await expect(watchlist.symbols.nth(5)).toHaveText(/^DOGE\s*Remove/);
    await expect(watchlist.symbols.nth(6)).toHaveText(/^PEPE\s*Remove/);
    // Enter added rather than submitted the form: nothing is stored until Save.
    expect(await storedWatchlist(ext)).toBeUndefined();

    await saveOptions(options);
    expect(await storedWatchlist(ext)).toEqual(['BTC', 'ETH', 'SOL', 'XRP', 'BNB', 'DOGE', 'PEPE']);
    expect(await seriousAxeViolations(options)).toEqual([]);
    await saveScreenshot(options, 'options-watchlist');

    const popup = await openPopup();
    const prices = popup.getByRole('table', { name: 'Prices' });
    const doge = prices.locator('tr[data-asset="DOGE"]');
    const pepe = prices.locator('tr[data-asset="PEPE"]');
    await expect(prices.locator('tbody th')).toHaveText(['BTC', 'ETH', 'SOL', 'XRP', 'BNB', 'DOGE', 'PEPE']);
    // Saving polls at once: the new symbols are priced without a Refresh or the next minute.
    await expect(doge).toHaveText(/DOGE\s*\$0\.0982\s*-4\.12%/);
    await expect(pepe).toHaveText(/PEPE\s*\$0\.00000351\s*-6\.21%/);
    await expect(prices.getByRole('img', { name: 'DOGE, last 24 h' })).toBeVisible();
    await expect(prices.locator('tr[data-asset="BTC"]')).toHaveText(/BTC\s*\$67,490\s*-1\.88%/);
    await saveScreenshot(popup, 'popup-watchlist');

    await options.getByRole('button', { name: 'Remove DOGE' }).click();
    await saveOptions(options);
    await expect(prices.locator('tbody th')).toHaveText(['BTC', 'ETH', 'SOL', 'XRP', 'BNB', 'PEPE']);
    expect(await storedWatchlist(ext)).toEqual(['BTC', 'ETH', 'SOL', 'XRP', 'BNB', 'PEPE']);
  });

  test('a symbol Binance no longer lists says so and is looked up again; the other Binance extras keep their prices', async ({
    ext,
    settledBadge,
    openPopup,
  }) => {
    await settledBadge();
    // GONE was found on Binance when it was added; the replay, like Binance after a delisting,
    // refuses any ticker request that names it.
    await ext.serviceWorker.evaluate(async () => {
      const at = Date.now();
      await chrome.storage.local.set({
        listings: { DOGE: { venue: 'binance-spot', at }, GONE: { venue: 'binance-spot', at } },
      });
      await chrome.storage.sync.set({ settings: { watchlist: ['BTC', 'ETH', 'SOL', 'XRP', 'BNB', 'DOGE', 'GONE'] } });
    });
    const popup = await openPopup();
    await expect(popup.locator('tr[data-asset="DOGE"]')).toHaveText(/DOGE\s*\$0\.0982\s*-4\.12%/);
    const gone = popup.locator('tr[data-asset="GONE"]');
    await expect(gone).toHaveText(/GONE\s*No price: Binance no longer lists it against USDT/);
    // Where it trades now is looked up at the next poll (Coinbase may list it): here, nowhere.
    await popup.getByRole('button', { name: 'Refresh market data now' }).click();
    await expect(gone).toHaveText(/GONE\s*No price: Neither Binance nor Coinbase lists it against the dollar/);
    const listings = await ext.serviceWorker.evaluate(
      async () => (await chrome.storage.local.get('listings')).listings,
    );
    expect(listings).toMatchObject({ DOGE: { venue: 'binance-spot' }, GONE: { venue: null } });
    await expect(popup.locator('tr[data-asset="DOGE"]')).toHaveText(/DOGE\s*\$0\.0982\s*-4\.12%/);
  });

  test('a symbol saved while a poll is out is priced when that poll ends, not at the next minute', async ({
    openSettledOptions,
    replay,
    openPopup,
  }) => {
    const options = await openSettledOptions();
    const watchlist = watchlistOf(options);
    await watchlist.add('DOGE');
    await expect(watchlist.note).toHaveText(
      'Binance lists DOGE against the dollar. DOGE is added below: Save to keep it.',
    );

    // Deribit now answers after 4 s: a Refresh starts a cycle that stays out, having read the
    // watchlist without DOGE, while the user saves.
    const popup = await openPopup();
    await replay.setScenario('deribit-slow');
    replay.resetCounts();
    await popup.getByRole('button', { name: 'Refresh market data now' }).click();
    await expect.poll(() => replay.requestCounts()['www.deribit.com /api/v2/public/ticker'] ?? 0).toBeGreaterThan(0);
    await saveOptions(options);
    // Deribit's requests out stay slow; the cycle after answers at once.
    await replay.setScenario('article-day');

    await expect(popup.locator('tr[data-asset="DOGE"]')).toHaveText(/DOGE\s*\$0\.0982\s*-4\.12%/);
  });

  test.describe('when Binance spot is down', () => {
    test.use({ scenario: 'binance-spot-down' });

    test('looks the symbol up on Coinbase instead, and quotes it from there', async ({
      openSettledOptions,
      openPopup,
    }) => {
      const options = await openSettledOptions();
      const watchlist = watchlistOf(options);
      await watchlist.add('LINK');
      await expect(watchlist.note).toHaveText(
        'Coinbase lists LINK against the dollar. LINK is added below: Save to keep it.',
      );
      await saveOptions(options);

      const popup = await openPopup();
      await expect(popup.locator('tr[data-asset="LINK"]')).toHaveText(/LINK\s*\$8\.9100\s*-3\.37%/);
      // Its sparkline is drawn from Coinbase's hourly candles.
      await expect(popup.getByRole('img', { name: 'LINK, last 24 h' })).toBeVisible();
      await expect(popup.locator('tr[data-asset="BTC"]')).toContainText('$67,490');
    });
  });
});
