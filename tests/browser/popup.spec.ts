import { ARTICLE_DAY_PRICES } from '../harness/article-day';
import { expect, test } from '../harness/fixtures';
import { showTab } from '../harness/pages';

test.describe('popup', () => {
  test('lists the five majors with price and 24 h change', async ({ openSettledPopup, saveScreenshot }) => {
    const popup = await openSettledPopup();
    const rows = popup.getByRole('table', { name: 'Prices' }).locator('tbody tr');
    await expect(rows).toHaveText(ARTICLE_DAY_PRICES);
    await expect(popup.getByTestId('updated')).toHaveText(/^Updated (now|\d+ (second|minute)s? ago)$/);
    await showTab(popup, 'Sources');
    await expect(popup.locator('[data-venue="binance-spot"]')).toHaveText(/Binance\s*OK/);
    await saveScreenshot(popup, 'popup-article-day');
  });

  test('keeps the last good prices and shows the error when a poll fails', async ({ openSettledPopup, replay }) => {
    const popup = await openSettledPopup('Sources');
    const btc = popup.locator('tr[data-asset="BTC"]');
    await expect(btc).toContainText('$67,490');

    const refresh = popup.getByRole('button', { name: 'Refresh market data now' });
    const binance = popup.locator('[data-venue="binance-spot"]');

    // Every venue fails: the last good snapshot stays on screen, each venue says why.
    await replay.setScenario('all-down');
    await refresh.click();
    await expect(binance).toHaveText(/api\.binance\.com answered HTTP 503/);
    await expect(popup.locator('[data-venue="kraken"]')).toHaveText(/api\.kraken\.com answered HTTP 503/);
    await expect(btc).toContainText('$67,490');

    await replay.setScenario('binance-spot-malformed');
    await refresh.click();
    await expect(binance).toHaveText(/api\.binance\.com sent a response that is not valid JSON/);
    await expect(btc).toContainText('$67,490');

    // The worker is still alive and picks the market up again.
    await replay.setScenario('calm');
    await refresh.click();
    await expect(binance).toHaveText(/Binance\s*OK/);
    await expect(btc).toContainText('$93,889');
  });

  test.describe('when every source fails on the first poll', () => {
    test.use({ scenario: 'all-down' });

    test('says so instead of showing empty prices', async ({ openSettledPopup }) => {
      const popup = await openSettledPopup('Sources');
      await expect(popup.getByText('No market data yet: every source failed. See Sources below.')).toBeVisible();
      await expect(popup.locator('[data-venue="binance-spot"]')).toHaveText(/HTTP 503/);
    });
  });
});
