import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { type ReplayProxy, startReplayProxy } from '../../replay/proxy';
import { type ReplayServer, startReplayServer } from '../../replay/server';
import { type Badge, waitForSettledBadge } from './badge';
import { type FirefoxExtension, launchFirefoxWithExtension } from './firefox';
import { SCREENSHOT_DIR } from './fixtures';

interface Fixtures {
  firefox: FirefoxExtension;
  settledBadge: () => Promise<Badge>;
  saveScreenshot: (page: Page, name: string) => Promise<void>;
}

/** The Firefox tests' fixtures: the article-day replay behind its proxy, Firefox with our build. */
export const test = base.extend<Fixtures, { replay: ReplayServer; replayProxy: ReplayProxy }>({
  replay: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature wants the first argument destructured.
    async ({}, use) => {
      const replay = await startReplayServer({ scenario: 'article-day' });
      await use(replay);
      await replay.close();
    },
    { scope: 'worker' },
  ],
  replayProxy: [
    async ({ replay }, use) => {
      const proxy = await startReplayProxy(replay.port);
      await use(proxy);
      await proxy.close();
    },
    { scope: 'worker' },
  ],
  firefox: async ({ replay, replayProxy }, use) => {
    await replay.setScenario('article-day');
    const firefox = await launchFirefoxWithExtension(replayProxy.port);
    await use(firefox);
    await firefox.close();
  },
  settledBadge: async ({ firefox }, use) => {
    await use(() => waitForSettledBadge(firefox.readBadge));
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature wants the first argument destructured.
  saveScreenshot: async ({}, use) => {
    await use(async (page, name) => {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      await test.info().attach(name, { path, contentType: 'image/png' });
    });
  },
});

export { expect };
