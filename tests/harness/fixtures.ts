import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { type ReplayServer, startReplayServer } from '../../replay/server';
import { type Badge, readBadge, waitForSettledBadge } from './badge';
import { type ExtensionBrowser, launchWithExtension } from './launch';
import { openPopupPage, type PopupTab } from './pages';

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../test-results/screenshots');

interface Fixtures {
  /** Scenario the replay exchange plays for this test; set with `test.use({ scenario })`. */
  scenario: string;
  ext: ExtensionBrowser;
  badge: () => Promise<Badge>;
  /** Wait until the badge no longer says it is fetching, and return it. */
  settledBadge: () => Promise<Badge>;
  /** Open the popup, optionally on one of its detail tabs. */
  openPopup: (tab?: PopupTab) => Promise<Page>;
  openArticle: (url: string) => Promise<Page>;
  /** Save a full-page screenshot under test-results/screenshots and attach it to the report. */
  saveScreenshot: (page: Page, name: string) => Promise<string>;
}

export const test = base.extend<Fixtures, { replay: ReplayServer }>({
  replay: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature wants the first argument destructured.
    async ({}, use) => {
      const replay = await startReplayServer({ scenario: 'article-day' });
      await use(replay);
      await replay.close();
    },
    { scope: 'worker' },
  ],
  scenario: ['article-day', { option: true }],
  ext: async ({ replay, scenario }, use) => {
    await replay.setScenario(scenario);
    replay.resetCounts();
    const ext = await launchWithExtension({ replayArgs: replay.chromiumArgs });
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
  openArticle: async ({ ext }, use) => {
    await use(async (url) => {
      const page = await ext.context.newPage();
      await page.goto(url);
      return page;
    });
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature wants the first argument destructured.
  saveScreenshot: async ({}, use) => {
    await use(async (page, name) => {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      await test.info().attach(name, { path, contentType: 'image/png' });
      return path;
    });
  },
});

export { expect };
