import { expect, type Worker } from '@playwright/test';

/**
 * Wait until the liquidation streams have stored BTC longs, so figures that compare with them
 * (the popup's panel, an article's liquidation chip) have something to show.
 */
export async function waitForLiquidations(worker: Worker): Promise<void> {
  await expect
    .poll(
      () =>
        worker.evaluate(async () => {
          const stored = (await chrome.storage.local.get('liquidations')).liquidations as
            | { minutes?: { long: number[] }[] }
            | undefined;
          const minutes = stored?.minutes ?? [];
          return minutes.some((row) => (row.long[0] ?? 0) > 0);
        }),
      { timeout: 20_000 },
    )
    .toBe(true);
}
