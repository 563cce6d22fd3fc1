import type { Locator } from '@playwright/test';
import { expect, test } from '../harness/fixtures';
import { showTab } from '../harness/pages';

/** A "−4.4%" figure within a quarter point of the expected percent. */
async function expectPercentNear(locator: Locator, percent: number) {
  await expect(locator).toHaveText(/^[-+]?\d+\.\d%$/);
  const shown = Number((await locator.textContent())?.replace('%', ''));
  expect(Math.abs(shown - percent)).toBeLessThanOrEqual(0.25);
}

test.describe('popup: derivatives', () => {
  test('tells the article’s deleveraging story from the replay exchange', async ({ openSettledPopup }) => {
    const popup = await openSettledPopup('Derivatives');
    const panel = popup.getByRole('region', { name: 'Derivatives' });
    const figure = (name: string) => panel.locator(`[data-figure="${name}"] dd`);
    // Binance's history ends now, OKX's at the last full hour (as the real venues do), so the
    // blend may sit a tenth or two off the scenario's figures.
    await expectPercentNear(figure('oi-1h'), 0);
    await expectPercentNear(figure('oi-24h'), -4.4);
    await expectPercentNear(figure('oi-7d'), -12.5);
    await expectPercentNear(figure('oi-30d'), -34);
    await expect(figure('basis')).toHaveText('-0.020%');
    await expect(figure('long-short')).toHaveText('1.92');
    await expect(figure('taker')).toHaveText('0.82');
    await expect(figure('open-interest')).toHaveText(/^\$\d+(\.\d)?B$/);
    await expect(figure('funding')).toHaveText(/^-0\.000\d%$/);
  });

  test.describe('with Binance futures down', () => {
    test.use({ scenario: 'binance-futures-down' });

    test('shows what the other perpetual venues report, and nothing it cannot measure', async ({
      openSettledPopup,
    }) => {
      const popup = await openSettledPopup('Derivatives');
      const panel = popup.getByRole('region', { name: 'Derivatives' });
      // Bybit, OKX, Hyperliquid and Deribit still report open interest and funding, and OKX's
      // own history still measures the change.
      await expect(panel.locator('[data-figure="open-interest"] dd')).toHaveText(/^\$\d+(\.\d)?B$/);
      await expect(panel.locator('[data-figure="funding"] dd')).toHaveText(/%$/);
      await expectPercentNear(panel.locator('[data-figure="oi-24h"] dd'), -4.4);
      // Binance was the only source of positioning: gone, not shown as zero.
      await expect(panel.locator('[data-figure="long-short"]')).toHaveCount(0);
      await showTab(popup, 'Sources');
      await expect(popup.locator('[data-venue="binance-futures"]')).toHaveText(/fapi\.binance\.com answered HTTP 503/);
      await expect(popup.locator('tr[data-asset="BTC"]')).toContainText('$67,490');
    });
  });

  test.describe('with every venue down', () => {
    test.use({ scenario: 'all-down' });

    test('shows no panel rather than empty figures', async ({ openSettledPopup }) => {
      const popup = await openSettledPopup('Derivatives');
      await expect(popup.getByRole('region', { name: 'Liquidations' })).toBeVisible();
      await expect(popup.getByRole('region', { name: 'Derivatives' })).toHaveCount(0);
    });
  });
});
