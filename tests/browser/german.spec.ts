import type { Page } from '@playwright/test';
import { wordsOf } from '../harness/catalogue';
import { expect, test } from '../harness/fixtures';
import type { ExtensionBrowser } from '../harness/launch';
import { POPUP_VIEWPORT } from '../harness/pages';

/**
 * Undertow in a German browser: Chromium's interface set to German as a user's desktop sets it
 * (Debian's chromium-l10n), so `browser.i18n` picks locales/de.yml and `Intl` writes German
 * numbers. What each page should say is read from the catalogue a translator writes, so these
 * tests follow the words and fail on an English one left behind.
 */
const de = wordsOf('de');

/** "67.490 $": German grouping, the dollar sign after a no-break space. */
const GERMAN_USD = /^-?\d{1,3}(\.\d{3})*(,\d+)?\u00a0\$$/;

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

  test('the options page, the badge’s tooltip and the extension’s own description', async ({ ext, settledBadge }) => {
    const badge = await settledBadge();
    expect(badge.title).toContain(
      de('background.stressScore', { score: badge.text.replace(/\D/g, ''), band: '' }).trim(),
    );
    const self = await ext.serviceWorker.evaluate(() => chrome.management.getSelf());
    expect(self.description).toBe(de('extension.description'));

    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await expect(options.getByRole('button', { name: de('options.save') })).toBeVisible();
    await expect(options.locator('html')).toHaveAttribute('lang', 'de');
    expect(await overflows(options)).toEqual([]);
  });
});
