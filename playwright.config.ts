import { defineConfig } from '@playwright/test';

/**
 * Browser tests: the production builds in real browsers, every exchange and news host sent to
 * the replay exchange. `chromium`: `.output/chrome-mv3` in Debian's Chromium, through its host
 * mapping. `firefox`: `.output/firefox-mv3` in Firefox ESR, driven over WebDriver BiDi, through
 * the replay's proxy. `npm run test:browser` builds both first.
 */
export default defineConfig({
  outputDir: 'test-results/playwright',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
  projects: [
    { name: 'chromium', testDir: 'tests/browser' },
    { name: 'firefox', testDir: 'tests/firefox' },
  ],
});
