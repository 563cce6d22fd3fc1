import type { Locator } from '@playwright/test';
import { expect, test } from '../harness/fixtures';
import { showTab } from '../harness/pages';

/** A "−4.4%" figure within `points` (a quarter point unless said) of the expected percent. */
async function expectPercentNear(locator: Locator, percent: number, points = 0.25) {
  await expect(locator).toHaveText(/^[-+]?\d+\.\d%$/);
  const shown = Number((await locator.textContent())?.replace('%', ''));
  expect(Math.abs(shown - percent)).toBeLessThanOrEqual(points);
}

test.describe('popup: derivatives', () => {
  /** A row's cells: open interest, its change over 1 h, 24 h, 7 d and 30 d, funding per 8 h. */
  const cells = (row: Locator) => {
    const cell = (index: number) => row.locator('td').nth(index);
    return { oi: cell(0), h1: cell(1), h24: cell(2), d7: cell(3), d30: cell(4), funding: cell(5) };
  };

  test('tells the article’s deleveraging story from the replay exchange, asset by asset', async ({
    settledBadge,
    openPopup,
    saveScreenshot,
  }) => {
    await settledBadge();
    const popup = await openPopup('Derivatives');
    const panel = popup.getByRole('region', { name: 'Derivatives' });
    const figure = (name: string) => panel.locator(`[data-figure="${name}"] dd`);
    const row = (id: string) => panel.locator(`tr[data-perp="${id}"]`);
    // A row per major, then the whole market's.
    await expect(panel.locator('tbody tr')).toHaveCount(6);
    expect(
      await panel.locator('tbody tr').evaluateAll((rows) => rows.map((tr) => tr.getAttribute('data-perp'))),
    ).toEqual(['BTC', 'ETH', 'SOL', 'XRP', 'BNB', 'market']);
    // Binance's history ends now, OKX's at the last full hour (as the real venues do), so the
    // blend may sit a tenth or two off the scenario's figures. A week or a month back, each
    // venue's nearest point may lie hours from the window's start, and which point is nearest
    // moves with the time of day: -33.7 for -34 at 13:00 UTC, -33.9 at 12:30. A point of slack there.
    const market = cells(row('market'));
    await expectPercentNear(market.h1, 0);
    await expectPercentNear(market.h24, -4.4);
    await expectPercentNear(market.d7, -12.5, 1);
    await expectPercentNear(market.d30, -34, 1);
    await expect(market.oi).toHaveText(/^\$\d+(\.\d)?B$/);
    // Each asset's own open interest and change, and its funding with its sign: BTC's longs pay,
    // ETH's and SOL's shorts do.
    const btc = cells(row('BTC'));
    await expect(btc.oi).toHaveText(/^\$4\d(\.\d)?B$/);
    await expectPercentNear(btc.h24, -4.4);
    await expect(btc.funding).toHaveText(/^\+0\.00[12]\d%$/);
    await expect(cells(row('ETH')).funding).toHaveText(/^-0\.00[23]\d%$/);
    await expect(cells(row('SOL')).funding).toHaveText(/^-0\.00[78]\d%$/);
    // Each major's market cap in its row's title; the whole market's below.
    await expect(row('BTC').locator('th')).toHaveAttribute('title', 'Market cap $1.34T');
    await expect(figure('market-cap')).toHaveText('$2.36T');
    await expect(figure('basis')).toHaveText('-0.020%');
    await expect(figure('long-short')).toHaveText('1.92');
    await expect(figure('taker')).toHaveText('0.82');
    await saveScreenshot(popup, 'popup-derivatives');
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
      const market = cells(panel.locator('tr[data-perp="market"]'));
      await expect(market.oi).toHaveText(/^\$\d+(\.\d)?B$/);
      await expect(market.funding).toHaveText(/%$/);
      await expectPercentNear(market.h24, -4.4);
      await expectPercentNear(cells(panel.locator('tr[data-perp="ETH"]')).h24, -4.4);
      // Binance was the only source of positioning and of each major's coins in circulation:
      // gone, not shown as zero.
      await expect(panel.locator('[data-figure="long-short"]')).toHaveCount(0);
      await expect(panel.locator('tr[data-perp="BTC"] th')).not.toHaveAttribute('title', /./);
      await showTab(popup, 'Sources');
      await expect(popup.locator('[data-venue="binance-futures"]')).toHaveText(/fapi\.binance\.com answered HTTP 503/);
      await expect(popup.locator('tr[data-asset="BTC"]')).toContainText('$67,490');
    });
  });

  test.describe('with CoinGecko down', () => {
    test.use({ scenario: 'coingecko-down' });

    test('leaves the whole market’s cap out, keeps each major’s, and says why in Sources', async ({
      settledBadge,
      openPopup,
    }) => {
      await settledBadge();
      const popup = await openPopup('Derivatives');
      const panel = popup.getByRole('region', { name: 'Derivatives' });
      await expect(panel.locator('tr[data-perp="BTC"] th')).toHaveAttribute('title', 'Market cap $1.34T');
      await expect(panel.locator('[data-figure="market-cap"]')).toHaveCount(0);
      // CoinGecko has its own row in Sources, which says why.
      await showTab(popup, 'Sources');
      await expect(popup.locator('[data-venue="coingecko"]')).toHaveText(/api\.coingecko\.com answered HTTP 503/);
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
