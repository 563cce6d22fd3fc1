import { test as base, expect } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { type ReplayProxy, startReplayProxy } from '../../replay/proxy';
import type { ReplayServer } from '../../replay/server';
import { type Badge, waitForSettledBadge } from './badge';
import { type FirefoxExtension, launchFirefoxWithExtension } from './firefox';
import { saveScreenshot, serveReplay } from './fixtures';

interface Fixtures {
  /** Firefox's interface language for this test ("de"); English unless `test.use({ language })`. */
  language: string | undefined;
  firefox: FirefoxExtension;
  settledBadge: () => Promise<Badge>;
  saveScreenshot: (page: Page, name: string) => Promise<string>;
}

/** The Firefox tests' fixtures: the article-day replay behind its proxy, Firefox with our build. */
export const test = base.extend<Fixtures, { replay: ReplayServer; replayProxy: ReplayProxy }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature wants the first argument destructured.
  replay: [async ({}, use) => serveReplay(use), { scope: 'worker' }],
  replayProxy: [
    async ({ replay }, use) => {
      const proxy = await startReplayProxy(replay.port);
      await use(proxy);
      await proxy.close();
    },
    { scope: 'worker' },
  ],
  language: [undefined, { option: true }],
  firefox: async ({ replay, replayProxy, language }, use) => {
    await replay.setScenario('article-day');
    const firefox = await launchFirefoxWithExtension(replayProxy.port, { language });
    await use(firefox);
    await firefox.close();
  },
  settledBadge: async ({ firefox }, use) => {
    await use(() => waitForSettledBadge(firefox.readBadge));
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature wants the first argument destructured.
  saveScreenshot: async ({}, use) => {
    await use(saveScreenshot);
  },
});

export { expect };
