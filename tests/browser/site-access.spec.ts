import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { NEWS_SITE_MATCHES } from '../../lib/sites/news-sites';
import { chipTexts } from '../harness/chips';
import { expect, test } from '../harness/fixtures';
import type { ExtensionBrowser } from '../harness/launch';
import { openOptionsPage, saveOptions } from '../harness/pages';
import { clickToolbarButton } from '../harness/toolbar';

/**
 * "Annotate this page" and "Always on this site", driven as a user does: the toolbar button over
 * the page (which grants `activeTab` for it), then the popup's buttons.
 *
 * A host Undertow has no access to: not a default news site, no host permission.
 */
const LETTER = 'https://letters.example.com/2026/weekly-market-letter';
/**
 * "Always on this site" needs the browser's permission prompt answered, which no headless test
 * can do (`permissions.request` for a new host stays pending). OKX's own site is the one host a
 * request is granted for without a prompt: Undertow already holds `https://www.okx.com/*` for
 * OKX's API, and a request for what is held resolves true at once. So the whole path (request,
 * settings, the background's registration, a fresh page annotated on its own) runs for real there.
 */
const OKX_LEARN = 'https://www.okx.com/learn/weekly-market-letter';
const LETTER_HTML = readFileSync(
  resolve(import.meta.dirname, '../fixtures/site-access/weekly-market-letter.html'),
  'utf8',
);

const chips = (page: Page) => page.locator('[data-undertow-chip]');

const storedSettings = (ext: ExtensionBrowser) =>
  ext.serviceWorker.evaluate(
    async () => (await chrome.storage.sync.get('settings')).settings as Record<string, unknown> | undefined,
  );

/** The article script's one registration: the default news sites and the user's `extra`, sorted. */
const registration = (...extra: string[]) => [
  { id: 'news-sites', matches: [...NEWS_SITE_MATCHES, ...extra].toSorted(), js: ['news.js'] },
];

const registered = (ext: ExtensionBrowser) =>
  ext.serviceWorker.evaluate(async () =>
    (await chrome.scripting.getRegisteredContentScripts()).map(({ id, matches, js }) => ({ id, matches, js })),
  );

test.describe('site access', () => {
  test.beforeEach(({ replay }) => {
    replay.servePage(LETTER, LETTER_HTML);
    replay.servePage(OKX_LEARN, LETTER_HTML);
  });

  test('"Annotate this page" puts chips on a site that is not a news site, and says how many', async ({
    openSettledArticle,
    ext,
    saveScreenshot,
  }) => {
    const page = await openSettledArticle(LETTER);
    await expect(page.getByRole('heading', { name: 'Leverage comes out of the market' })).toBeVisible();
    // Not a news site: no registration names it, so the article script is not there until asked.
    expect(await registered(ext)).toEqual(registration());
    await expect(chips(page)).toHaveCount(0);

    const popup = await clickToolbarButton(ext, page);
    await popup.waitForText(/Always on this site/);
    await popup.click('Annotate this page');
    const text = await popup.waitForText(/\d+ figures? annotated\./);
    const found = Number(/(\d+) figures? annotated/.exec(text)?.[1]);
    expect(found).toBeGreaterThan(0);
    await expect(chips(page)).toHaveCount(found);
    await expect.poll(async () => (await chipTexts(page))[0]).toContain('$67,490');
    await saveScreenshot(page, 'site-access-annotated');

    // Asked again, the new script takes over from the first: the same chips, not twice as many.
    await popup.click('Annotate this page');
    await popup.waitForText(new RegExp(`${found} figures? annotated`));
    await expect(chips(page)).toHaveCount(found);
    await popup.close();

    // Nothing was registered for the site and nothing stays: the next visit is bare again.
    expect(await registered(ext)).toEqual(registration());
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Leverage comes out of the market' })).toBeVisible();
    await expect(chips(page)).toHaveCount(0);
  });

  test('says why a page of the browser itself cannot be annotated', async ({ ext, settledBadge }) => {
    await settledBadge();
    const page = await ext.context.newPage();
    await page.goto('chrome://version/');
    const popup = await clickToolbarButton(ext, page);
    await popup.click('Annotate this page');
    await popup.waitForText(/one of the browser’s own pages\. Extensions cannot run on those\./);
    // No site to be always on for.
    expect(await popup.evaluate<string>('document.body.innerText')).not.toContain('Always on this site');
    await popup.close();
  });

  test('"Always on this site" records the site, registers the script, and the site is annotated on its own', async ({
    openSettledArticle,
    ext,
    openArticle,
  }) => {
    const page = await openSettledArticle(OKX_LEARN);
    const popup = await clickToolbarButton(ext, page);
    await popup.click('Always on this site');
    const text = await popup.waitForText(/Always on for www\.okx\.com\. \d+ figures? annotated\./);
    await expect(chips(page)).toHaveCount(Number(/(\d+) figures? annotated/.exec(text)?.[1]));
    await popup.close();

    expect(await storedSettings(ext)).toMatchObject({ userNewsSites: ['www.okx.com'] });
    await expect.poll(() => registered(ext)).toEqual(registration('https://www.okx.com/*'));

    // A new visit: no popup, no click, the chips are there.
    const again = await openArticle(OKX_LEARN);
    await expect.poll(async () => (await chipTexts(again))[0]).toContain('$67,490');

    // The popup over it now says so instead of offering the button.
    const second = await clickToolbarButton(ext, again);
    await second.waitForText(/Always on for www\.okx\.com/);
    expect(await second.evaluate<string>('document.body.innerText')).not.toContain('Always on this site');
    await second.close();

    // Options: the site is listed with the news sites; switched off, it is unregistered…
    const options = await openOptionsPage(ext);
    const site = options.locator('[data-site="www.okx.com"]');
    await expect(site).toContainText('www.okx.com');
    await site.getByRole('checkbox').uncheck();
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => registered(ext)).toEqual(registration());
    expect(await storedSettings(ext)).toMatchObject({
      userNewsSites: ['www.okx.com'],
      disabledNewsSites: ['www.okx.com'],
    });
    // Unregistered (asserted above), the site's page gets no script: nothing to wait for.
    const off = await openArticle(OKX_LEARN);
    await expect(chips(off)).toHaveCount(0);

    // …and removed, it is gone from the settings (its switch too).
    await site.getByRole('button', { name: 'Remove www.okx.com' }).click();
    await expect(site).toHaveCount(0);
    await expect.poll(async () => (await storedSettings(ext))?.userNewsSites).toEqual([]);
    expect((await storedSettings(ext))?.disabledNewsSites).toEqual([]);
    // Saving the form afterwards does not bring it back.
    await saveOptions(options);
    expect((await storedSettings(ext))?.userNewsSites).toEqual([]);
  });

  test('registers only the added sites this browser has granted', async ({ ext, settledBadge, openArticle }) => {
    await settledBadge();
    // Synced from another browser: two sites, of which this one has granted only OKX's.
    await ext.serviceWorker.evaluate(async () => {
      const { settings } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({
        settings: { ...(settings as object | undefined), userNewsSites: ['letters.example.com', 'www.okx.com'] },
        settings$: { v: 3 },
      });
    });
    await expect.poll(() => registered(ext)).toEqual(registration('https://www.okx.com/*'));
    // Not granted here, the site is not registered (asserted above): its page gets no script.
    const letter = await openArticle(LETTER);
    await expect(chips(letter)).toHaveCount(0);

    const options = await openOptionsPage(ext);
    await expect(options.locator('[data-site="letters.example.com"]')).toContainText('not allowed in this browser');
    await expect(options.getByRole('button', { name: 'Allow letters.example.com' })).toBeVisible();
    await expect(options.locator('[data-site="www.okx.com"]')).not.toContainText('not allowed');
  });
});
