import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { type ReplayServer, startReplayServer } from '../../replay/server';
import { type Badge, readBadge, waitForSettledBadge } from './badge';
import { type ExtensionBrowser, launchWithExtension } from './launch';
import { waitForLiquidations } from './liquidations';
import { openOptionsPage, openPopupPage, type PopupTab } from './pages';

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../test-results/screenshots');

interface Fixtures {
  /** Scenario the replay exchange plays for this test; set with `test.use({ scenario })`. */
  scenario: string;
  /** The browser's interface language for this test ("de"); English unless `test.use({ language })`. */
  language: string | undefined;
  ext: ExtensionBrowser;
  badge: () => Promise<Badge>;
  /** Wait until the badge no longer says it is fetching, and return it. */
  settledBadge: () => Promise<Badge>;
  /** Open the popup, optionally on one of its detail tabs. */
  openPopup: (tab?: PopupTab) => Promise<Page>;
  /** Wait for the first poll to settle the badge, then open the popup. */
  openSettledPopup: (tab?: PopupTab) => Promise<Page>;
  /** Wait for the first poll to settle the badge, then open the options page. */
  openSettledOptions: () => Promise<Page>;
  openArticle: (url: string) => Promise<Page>;
  /** Open an article once the first poll has painted the badge. */
  openSettledArticle: (url: string) => Promise<Page>;
  /** Open an article once the first poll has painted and the liquidation streams have reported: every chip can show. */
  openWatchedArticle: (url: string) => Promise<Page>;
  /** Save a full-page screenshot (or one element's) under test-results/screenshots and attach it to the report. */
  saveScreenshot: (page: Screenshotting, name: string) => Promise<string>;
}

/** The replay exchange for one test worker, playing article-day until a test asks for another scenario. */
export async function serveReplay(use: (replay: ReplayServer) => Promise<void>): Promise<void> {
  const replay = await startReplayServer({ scenario: 'article-day' });
  await use(replay);
  await replay.close();
}

/** Anything that takes a screenshot as Playwright's and Puppeteer's pages do, or a Playwright locator. */
interface Screenshotting {
  screenshot(options: { path: `${string}.png`; fullPage: boolean }): Promise<unknown>;
}

/** Save a full-page screenshot under test-results/screenshots and attach it to the test's report. */
export async function saveScreenshot(page: Screenshotting, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`) as `${string}.png`;
  await page.screenshot({ path, fullPage: true });
  await base.info().attach(name, { path, contentType: 'image/png' });
  return path;
}

export const test = base.extend<Fixtures, { replay: ReplayServer }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature wants the first argument destructured.
  replay: [async ({}, use) => serveReplay(use), { scope: 'worker' }],
  scenario: ['article-day', { option: true }],
  language: [undefined, { option: true }],
  ext: async ({ replay, scenario, language }, use) => {
    await replay.setScenario(scenario);
    replay.resetCounts();
    const ext = await launchWithExtension({ replayArgs: replay.chromiumArgs, language });
    await use(ext);
    await ext.context.close();
  },
  badge: async ({ ext }, use) => {
    await use(() => readBadge(ext.serviceWorker));
  },
  settledBadge: async ({ ext }, use) => {
    await use(() => waitForSettledBadge(ext.serviceWorker));
  },
  openPopup: async ({ ext }, use) => {
    await use((tab) => openPopupPage(ext, tab));
  },
  openSettledPopup: async ({ ext }, use) => {
    await use(async (tab) => {
      await waitForSettledBadge(ext.serviceWorker);
      return openPopupPage(ext, tab);
    });
  },
  openSettledOptions: async ({ ext }, use) => {
    await use(async () => {
      await waitForSettledBadge(ext.serviceWorker);
      return openOptionsPage(ext);
    });
  },
  openArticle: async ({ ext }, use) => {
    await use(async (url) => {
      const page = await ext.context.newPage();
      await page.goto(url);
      return page;
    });
  },
  openSettledArticle: async ({ ext, openArticle }, use) => {
    await use(async (url) => {
      await waitForSettledBadge(ext.serviceWorker);
      return openArticle(url);
    });
  },
  openWatchedArticle: async ({ ext, openArticle }, use) => {
    await use(async (url) => {
      await waitForSettledBadge(ext.serviceWorker);
      await waitForLiquidations(ext.serviceWorker);
      return openArticle(url);
    });
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature wants the first argument destructured.
  saveScreenshot: async ({}, use) => {
    await use(saveScreenshot);
  },
});

export { expect };
