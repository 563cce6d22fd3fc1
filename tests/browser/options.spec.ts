import { REPLAY_FX } from '../../replay/venues/kraken';
import { GATE_CHIP_COUNT } from '../harness/article-day';
import { seriousAxeViolations } from '../harness/axe';
import { expect, test } from '../harness/fixtures';
import type { ExtensionBrowser } from '../harness/launch';
import { openOptionsPage, saveOptions } from '../harness/pages';

const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const storedSettings = (ext: ExtensionBrowser) =>
  ext.serviceWorker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);

test.describe('options', () => {
  test('a Save changes only what was changed on that page: a site switched off on another stays off', async ({
    ext,
    settledBadge,
  }) => {
    await settledBadge();
    // Both pages read the settings first, as two open options pages (or the popup) do.
    const first = await openOptionsPage(ext);
    const second = await openOptionsPage(ext);
    await second.getByRole('group', { name: 'News sites' }).getByLabel('www.gate.com').uncheck();
    await saveOptions(second);
    await first.getByLabel('Poll the venues every').selectOption('5');
    await saveOptions(first);
    await expect
      .poll(() => storedSettings(ext))
      .toMatchObject({ pollIntervalMinutes: 5, disabledNewsSites: ['www.gate.com'] });
    // The page that saved last now shows what is stored, the other page's change included.
    await expect(first.getByRole('group', { name: 'News sites' }).getByLabel('www.gate.com')).not.toBeChecked();
  });

  test('refuses settings that would break the extension, says why, and changes nothing', async ({
    openSettledOptions,
    ext,
    saveScreenshot,
  }) => {
    const options = await openSettledOptions();
    const venues = options.getByRole('group', { name: 'Venues' });
    for (const spot of ['Binance', 'Coinbase', 'Kraken']) await venues.getByLabel(new RegExp(`^${spot} ·`)).uncheck();
    for (const asset of ['Bitcoin (BTC)', 'Ethereum (ETH)', 'Solana (SOL)', 'XRP (XRP)', 'BNB (BNB)']) {
      await options.getByLabel(asset).uncheck();
    }
    await options.getByRole('button', { name: 'Save' }).click();
    await expect(options.getByRole('alert')).toHaveText(
      /Keep at least one asset in the watchlist\.\s*Keep at least one of Binance, Coinbase or Kraken on: prices come from the spot venues\./,
    );
    expect(await storedSettings(ext)).toBeUndefined();
    expect(await seriousAxeViolations(options)).toEqual([]);
    await saveScreenshot(options, 'options-invalid');
  });

  test('saves a watchlist, a venue off and a slower poll, and each takes effect', async ({
    openSettledOptions,
    ext,
    replay,
    openPopup,
    saveScreenshot,
  }) => {
    const options = await openSettledOptions();
    await options.getByLabel('BNB (BNB)').uncheck();
    await options.getByRole('button', { name: 'Move SOL up' }).click();
    await options
      .getByRole('group', { name: 'Venues' })
      .getByLabel(/^Kraken ·/)
      .uncheck();
    await options.getByLabel('Poll the venues every').selectOption('5');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect(options.getByRole('status')).toHaveText('Saved. It applies at once and syncs to your other browsers.');
    expect(await seriousAxeViolations(options)).toEqual([]);
    await saveScreenshot(options, 'options');

    await expect
      .poll(() => ext.serviceWorker.evaluate(async () => (await chrome.alarms.get('poll'))?.periodInMinutes))
      .toBe(5);

    const popup = await openPopup('Sources');
    await expect(popup.getByRole('table', { name: 'Prices' }).locator('tbody th')).toHaveText([
      'BTC',
      'SOL',
      'ETH',
      'XRP',
    ]);
    const krakenBefore = replay.requestCounts()['api.kraken.com /0/public/Ticker'] ?? 0;
    await popup.getByRole('button', { name: 'Refresh market data now' }).click();
    await expect(popup.locator('[data-venue="kraken"]')).toHaveCount(0);
    await expect(popup.locator('[data-venue="coinbase"]')).toHaveText(/OK$/);
    expect(replay.requestCounts()['api.kraken.com /0/public/Ticker'] ?? 0).toBe(krakenBefore);
  });

  test('shows prices and notionals in the currency chosen, at the rate bitcoin trades at on Kraken', async ({
    openSettledOptions,
    openPopup,
    saveScreenshot,
  }) => {
    const options = await openSettledOptions();
    await options.getByLabel('Show prices in').selectOption('EUR');
    await saveOptions(options);

    // article-day's prices, each at the replay's euro rate, printed as the popup prints prices.
    const euro = (usd: number, digits: number) =>
      new Intl.NumberFormat('en-US', {
        style: 'currency',
        currency: 'EUR',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(usd * REPLAY_FX.EUR);
    const popup = await openPopup('Derivatives');
    const prices = popup.getByRole('table', { name: 'Prices' });
    await expect(prices.getByRole('columnheader', { name: 'Price, EUR' })).toBeVisible();
    await expect(prices.locator('tbody tr')).toHaveText([
      new RegExp(`BTC\\s*${literally(euro(67_490, 0))}\\s*-1\\.88%`),
      new RegExp(`ETH\\s*${literally(euro(1_985.4, 2))}\\s*-2\\.97%`),
      new RegExp(`SOL\\s*${literally(euro(84.21, 2))}\\s*-3\\.88%`),
      new RegExp(`XRP\\s*${literally(euro(1.4183, 4))}\\s*-2\\.34%`),
      new RegExp(`BNB\\s*${literally(euro(622.5, 2))}\\s*-1\\.17%`),
    ]);
    await expect(popup.locator('tr[data-perp="market"] [data-figure="open-interest"]')).toHaveText(/^€[\d.]+[KMB]$/);
    await expect(popup.locator('[data-notice="currency"]')).toHaveCount(0);
    await saveScreenshot(popup, 'popup-euro');
  });

  test('turning a news site off takes its chips away, and on brings them back', async ({ openSettledArticle, ext }) => {
    const article = await openSettledArticle('https://www.gate.com/news/detail/why-crypto-markets-are-pressured');
    // Every chip on the Gate article (tests/browser/article.spec.ts reads each one).
    const chips = article.locator('[data-undertow-chip]');
    await expect(chips).toHaveCount(GATE_CHIP_COUNT);
    const before = await article.locator('article, main, body').first().innerHTML();

    const options = await openOptionsPage(ext);
    const site = options.getByRole('group', { name: 'News sites' }).getByLabel('www.gate.com');
    await site.uncheck();
    await options.getByRole('button', { name: 'Save' }).click();
    await expect(chips).toHaveCount(0);
    expect(await article.locator('article, main, body').first().innerHTML()).not.toContain('data-undertow-chip');

    await site.check();
    await options.getByRole('button', { name: 'Save' }).click();
    await expect(chips).toHaveCount(GATE_CHIP_COUNT);
    expect(before).toContain('data-undertow-chip');
  });
});
