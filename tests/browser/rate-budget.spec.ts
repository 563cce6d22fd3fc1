import { budgetPerMinute } from '../../lib/poll/rate-budget';
import { expect, test } from '../harness/fixtures';

test('a user hammering Refresh cannot push a venue past its minute budget', async ({ openSettledPopup, replay }) => {
  const popup = await openSettledPopup('Sources');
  const refresh = popup.getByRole('button', { name: 'Refresh market data now' });
  for (let click = 0; click < 12; click++) {
    await refresh.click();
    await expect(refresh).toBeEnabled();
  }
  // Hyperliquid allows 60 calls a minute; we allow ourselves a tenth of that.
  const hyperliquid = replay.requestCounts()['api.hyperliquid.xyz /info'] ?? 0;
  expect(hyperliquid).toBe(budgetPerMinute('hyperliquid'));
  // Held back, it keeps the figures it gave within the minute, and says from when: nothing is
  // left out of the market the popup shows.
  await expect(popup.locator('[data-venue="hyperliquid"]')).toHaveText(
    /Holding back to stay within its rate limit · figures from \d\d:\d\d/,
  );
  await expect(popup.getByText(/figures are left out/)).toHaveCount(0);
  await expect(popup.locator('tr[data-asset="BTC"]')).toContainText('$67,490');
});
