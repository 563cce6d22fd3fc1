import { defineConfig } from '@playwright/test';

/**
 * Browser tests: the production build (`.output/chrome-mv3`) in real Chromium, every exchange
 * and news host mapped to the replay exchange. `npm run test:browser` builds first.
 */
export default defineConfig({
  testDir: 'tests/browser',
  outputDir: 'test-results/playwright',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});
