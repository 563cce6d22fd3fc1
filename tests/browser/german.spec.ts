import type { Page } from '@playwright/test';
import { badgeScore } from '../harness/badge';
import { expect, test } from '../harness/fixtures';
import { de, GERMAN_USD, germanStressLine } from '../harness/german';
import type { ExtensionBrowser } from '../harness/launch';
import { openPopupPage, POPUP_VIEWPORT } from '../harness/pages';

/**
 * Undertow in a German browser: Chromium's interface set to German as a user's desktop sets it
 * (Debian's chromium-l10n), so `browser.i18n` picks locales/de.yml and `Intl` writes German
 * numbers. What each page should say is read from the catalogue a translator writes, so these
 * tests follow the words and fail on an English one left behind: the popup, the options page, the
 * score's band and reasons, a venue's trouble. The article's chips are in article.spec.ts.
 */
const LABELS = [
  'market.sellOff',
  'market.swing',
  'market.liquidations',
  'market.impliedVol',
  'market.realisedVol',
  'market.drawdown',
].map((key) => de(key));

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.use({ language: 'de' });

/** Whatever in the page is wider than its box: a German word or figure that does not fit. */
const overflows = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('body, main, section, table, form, fieldset')]
      .filter((box) => box.scrollWidth > box.clientWidth + 1)
      .map((box) => `${box.tagName.toLowerCase()}.${box.className}`),
  );

/** The popup as Chrome's toolbar bubble shows it: as wide as the page asks, as tall as the tests' bubble. */
async function openGermanPopup(ext: ExtensionBrowser): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.setViewportSize(POPUP_VIEWPORT);
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  const width = await popup.locator('.popup').evaluate((page) => page.getBoundingClientRect().width);
  await popup.setViewportSize({ ...POPUP_VIEWPORT, width: Math.ceil(width) });
  return popup;
}

test.describe('in German', () => {
  test('the popup: its words from the German catalogue, its prices as German writes them', async ({
    ext,
    settledBadge,
    saveScreenshot,
  }) => {
    await settledBadge();
    const popup = await openGermanPopup(ext);
    await expect(popup.locator('html')).toHaveAttribute('lang', 'de');
    await expect(popup.getByRole('region', { name: de('popup.marketStress') })).toBeVisible();
    await expect(popup.getByRole('button', { name: de('popup.refreshLabel') })).toBeVisible();
    for (const tab of ['popup.tabWhy', 'popup.tabHistory', 'popup.tabAlerts']) {
      await expect(popup.getByRole('tab', { name: new RegExp(`^${de(tab)}`) })).toBeVisible();
    }
    const price = popup.getByRole('table', { name: de('popup.prices') }).locator('tr[data-asset="BTC"] .prices__price');
    await expect(price).toHaveText(GERMAN_USD);
    expect(await overflows(popup)).toEqual([]);
    await saveScreenshot(popup, 'german-popup');

    await popup.getByRole('tab', { name: new RegExp(`^${de('popup.derivatives')}`) }).click();
    await expect(popup.getByRole('tabpanel')).toBeVisible();
    expect(await overflows(popup)).toEqual([]);
    await saveScreenshot(popup, 'german-popup-derivatives');
  });

  test('the options page and the extension’s own description', async ({ ext, settledBadge }) => {
    await settledBadge();
    const self = await ext.serviceWorker.evaluate(() => chrome.management.getSelf());
    expect(self.description).toBe(de('extension.description'));

    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await expect(options.getByRole('button', { name: de('options.save') })).toBeVisible();
    await expect(options.locator('html')).toHaveAttribute('lang', 'de');
    expect(await overflows(options)).toEqual([]);
  });

  test('the badge names its band, and the Why gives each component and the top reason in German', async ({
    ext,
    settledBadge,
  }) => {
    const badge = await settledBadge();
    expect(badge.title).toContain(germanStressLine(badgeScore(badge)));

    const popup = await openPopupPage(ext);
    // BTC's place below its 30-day high, as German writes a percentage: "23,4 %".
    const drawdown = escaped(de('market.drawdownSentence', { drawdown: '@' })).replace('@', '2\\d,\\d\\u00a0%');
    await expect(popup.getByTestId('top-reason')).toHaveText(new RegExp(`^${drawdown}$`));
    const labels = popup.locator('li[data-component] .why__label');
    await expect(labels.first()).toBeVisible();
    for (const label of await labels.allTextContents()) expect(LABELS).toContain(label);
  });

  test.describe('with Binance refusing this region', () => {
    test.use({ scenario: 'binance-geo-blocked' });

    test('the Sources tab says so in German', async ({ ext, settledBadge }) => {
      await settledBadge();
      const popup = await openPopupPage(ext);
      await popup.getByRole('tab', { name: new RegExp(`^${de('popup.sources')}`) }).click();
      await expect(popup.locator('[data-venue="binance-spot"]')).toContainText(de('market.notInRegion'));
    });
  });
});
