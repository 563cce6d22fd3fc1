import type { Page } from 'puppeteer-core';
import { POLLED_VENUES } from '../../lib/poll/polled-venues';
import {
  ARTICLE_DAY_PRICES,
  expectArticleDayBadge,
  expectGateLiquidations,
  GATE_ARTICLE,
  GATE_CHIP_COUNT,
  GATE_CHIPS,
  isLiquidationChip,
} from '../harness/article-day';
import { badgeScore } from '../harness/badge';
import { FIREFOX_LANGUAGES } from '../harness/browsers';
import { expect, test } from '../harness/firefox-fixtures';
import { de, GATE_FIRST_CHIPS_DE, GERMAN_USD, germanStressLine, plainSpaces } from '../harness/german';
import { POPUP_VIEWPORT } from '../harness/pages';

/**
 * The Firefox build in Firefox ESR: its background runs as an event page rather than a service
 * worker, its article script is registered through Firefox's `scripting`, and its pages render in
 * Gecko. The same replay market as the Chromium tests, and the same figures expected.
 */

const rowTexts = (page: Page, selector: string) =>
  page.$$eval(selector, (rows) => rows.map((row) => row.textContent?.replace(/\s+/g, ' ').trim() ?? ''));

/** Every chip on the page, shown or still waiting for its figure. */
const chipCount = (page: Page) => page.$$eval('[data-undertow-chip]', (hosts) => hosts.length);

test.describe('Firefox', () => {
  test('polls every venue: the badge, the popup and its sources show the article day', async ({
    firefox,
    settledBadge,
    saveScreenshot,
  }) => {
    await settledBadge();
    // What the test asserts is what it waits for: the whole article-day badge, however Firefox
    // draws its parts.
    await expect(async () => expectArticleDayBadge(await firefox.readBadge())).toPass();
    const popup = await firefox.openExtensionPage('popup.html', 'table tbody tr');
    await popup.setViewport(POPUP_VIEWPORT);
    await expect
      .poll(() => rowTexts(popup, 'table tbody tr'))
      .toEqual(ARTICLE_DAY_PRICES.map((row) => expect.stringMatching(row)));
    await popup.click('#tab-sources');
    const venues = await rowTexts(popup, '[data-venue]');
    expect(venues).toHaveLength(POLLED_VENUES.length);
    for (const venue of venues) expect(venue).toMatch(/OK$/);
    await saveScreenshot(popup, 'firefox-popup');
  });

  test('puts the live figure beside every figure the Gate article quotes', async ({
    firefox,
    settledBadge,
    saveScreenshot,
  }) => {
    await settledBadge();
    const page = await firefox.newPage();
    const chips = (on: Page) => firefox.chips(on);
    await page.goto(GATE_ARTICLE);
    await expect.poll(async () => (await chips(page)).length).toBeGreaterThanOrEqual(8);
    // Gecko sets the article taller than Blink does: the support levels lie beyond the text read
    // ahead at load, and are read as the reader scrolls down to them.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    // Fourteen chips once the liquidation streams have reported.
    await expect.poll(() => chips(page), { timeout: 30_000 }).toHaveLength(GATE_CHIP_COUNT);
    const found = await chips(page);
    expect(found.filter((chip) => !isLiquidationChip(chip))).toEqual(GATE_CHIPS);
    expectGateLiquidations(found);
    await saveScreenshot(page, 'firefox-article');
  });

  test('turning the news site off takes its chips away and leaves the text as it was', async ({
    firefox,
    settledBadge,
  }) => {
    await settledBadge();
    const page = await firefox.newPage();
    await page.goto(GATE_ARTICLE);
    const article = () => page.$eval('article', (element) => element.textContent);
    await expect.poll(() => chipCount(page)).toBeGreaterThan(0);

    const options = await firefox.openExtensionPage('options.html', '[data-setting="news-sites"]');
    const gate = '[data-setting="news-sites"] ::-p-text(www.gate.com)';
    // The button by its role and name: the move alerts' hint ("Saved with Save.") also has the word.
    const SAVE = '::-p-aria([name="Save"][role="button"])';
    await options.click(gate);
    await options.click(SAVE);
    const status = () => options.$$eval('[role="status"]', (found) => found.map((each) => each.textContent).join(' '));
    await expect.poll(status).toContain('Saved');
    await expect.poll(() => chipCount(page)).toBe(0);
    expect(await page.$eval('article', (element) => element.innerHTML)).not.toContain('data-undertow-chip');
    const plain = await article();

    await options.click(gate);
    await options.click(SAVE);
    await expect.poll(() => chipCount(page)).toBeGreaterThan(0);
    // Chips add no text of their own to the page: their words live in their shadow roots.
    expect(await article()).toBe(plain);
  });
});

test.describe('Firefox in German', () => {
  // Firefox set to German in its settings, with Debian's language pack: Gecko's `browser.i18n`
  // picks our German catalogue and its `Intl` writes German numbers, as Chromium's do.
  test.use({ language: 'de' });
  test.skip(
    !FIREFOX_LANGUAGES.installable(),
    `Mozilla's own Firefox builds speak one language; this test runs on Debian's Firefox ESR with ${FIREFOX_LANGUAGES.debianPackage}.`,
  );

  test('the badge, the popup and the article’s chips speak German', async ({ firefox, settledBadge }) => {
    const badge = await settledBadge();
    expect(badge.title).toContain(germanStressLine(badgeScore(badge)));
    const popup = await firefox.openExtensionPage('popup.html', 'table tbody tr');
    await popup.setViewport(POPUP_VIEWPORT);
    expect(await popup.$eval('#tab-sources', (tab) => tab.textContent)).toMatch(new RegExp(`^${de('popup.sources')}`));
    await expect
      .poll(() => popup.$eval('tr[data-asset="BTC"] .prices__price', (price) => price.textContent))
      .toMatch(GERMAN_USD);

    const page = await firefox.newPage();
    await page.goto(GATE_ARTICLE);
    await expect
      .poll(async () => (await firefox.chips(page)).slice(0, 2).map(([, text]) => plainSpaces(text)))
      .toEqual(GATE_FIRST_CHIPS_DE);
  });
});
