import { expect, test } from '../harness/fixtures';

test.describe('popup: derivatives', () => {
  test('tells the article’s deleveraging story from the replay exchange', async ({ settledBadge, openPopup }) => {
    await settledBadge();
    const popup = await openPopup();
    const panel = popup.getByRole('region', { name: 'Derivatives' });
    const figure = (name: string) => panel.locator(`[data-figure="${name}"] dd`);
    await expect(figure('oi-1h')).toHaveText('-0.6%');
    await expect(figure('oi-24h')).toHaveText('-4.4%');
    await expect(figure('oi-7d')).toHaveText('-12.5%');
    await expect(figure('oi-30d')).toHaveText('-34.0%');
    await expect(figure('basis')).toHaveText('-0.020%');
    await expect(figure('long-short')).toHaveText('1.92');
    await expect(figure('taker')).toHaveText('0.82');
    await expect(figure('open-interest')).toHaveText(/^\$\d+(\.\d)?B$/);
    await expect(figure('funding')).toHaveText(/^-0\.000\d%$/);
  });

  test.describe('with Binance futures down', () => {
    test.use({ scenario: 'binance-futures-down' });

    test('shows what the other perpetual venues report, and no change it cannot measure', async ({
      settledBadge,
      openPopup,
    }) => {
      await settledBadge();
      const popup = await openPopup();
      const panel = popup.getByRole('region', { name: 'Derivatives' });
      // Hyperliquid and Deribit still report open interest and funding…
      await expect(panel.locator('[data-figure="open-interest"] dd')).toHaveText(/^\$\d+(\.\d)?B$/);
      await expect(panel.locator('[data-figure="funding"] dd')).toHaveText(/%$/);
      // …but no history to compare with: a dash, never a made-up 0 %.
      await expect(panel.locator('[data-figure="oi-24h"] dd')).toHaveText('—');
      await expect(popup.locator('[data-venue="binance-futures"]')).toHaveText(/fapi\.binance\.com answered HTTP 503/);
      await expect(popup.locator('tr[data-asset="BTC"]')).toContainText('$67,490');
    });
  });

  test.describe('with every venue down', () => {
    test.use({ scenario: 'all-down' });

    test('shows no panel rather than empty figures', async ({ settledBadge, openPopup }) => {
      await settledBadge();
      const popup = await openPopup();
      await expect(popup.getByRole('region', { name: 'Derivatives' })).toHaveCount(0);
    });
  });
});
