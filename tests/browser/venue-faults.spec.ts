import type { VenueId } from '../../lib/sources/venues';
import { expectArticleDayBadge } from '../harness/article-day';
import { expect, test } from '../harness/fixtures';

/** Each failure a venue can throw at us, what the popup must say, and the state it shows. */
const FAULTS: Array<{ scenario: string; venue: VenueId; says: RegExp; state: string }> = [
  {
    scenario: 'binance-spot-malformed',
    venue: 'binance-spot',
    says: /api\.binance\.com sent a response that is not valid JSON/,
    state: 'failing',
  },
  {
    scenario: 'binance-spot-rate-limited',
    venue: 'binance-spot',
    says: /api\.binance\.com answered HTTP 429/,
    state: 'failing',
  },
  {
    scenario: 'binance-futures-banned',
    venue: 'binance-futures',
    says: /fapi\.binance\.com answered HTTP 418/,
    state: 'failing',
  },
  { scenario: 'binance-geo-blocked', venue: 'binance-spot', says: /Not available in your region/, state: 'blocked' },
  { scenario: 'bybit-geo-blocked', venue: 'bybit', says: /Not available in your region/, state: 'blocked' },
  { scenario: 'okx-error-code', venue: 'okx', says: /OKX error 50011: Too Many Requests/, state: 'failing' },
  {
    scenario: 'coinbase-schema-drift',
    venue: 'coinbase',
    says: /api\.exchange\.coinbase\.com changed its .* format \(last:/,
    state: 'failing',
  },
  {
    scenario: 'coinbase-zero-price',
    venue: 'coinbase',
    says: /api\.exchange\.coinbase\.com sent an impossible figure in its stats \(last: expected a number above 0, got 0\)/,
    state: 'failing',
  },
  {
    scenario: 'coinbase-outlier',
    venue: 'coinbase',
    says: /^Coinbase\s*OK · BTC at \$6,749\.00 left out, far from the venues’ \$67,4\d\d/,
    state: 'ok',
  },
  {
    scenario: 'hyperliquid-malformed',
    venue: 'hyperliquid',
    says: /api\.hyperliquid\.xyz sent a response that is not valid JSON/,
    state: 'failing',
  },
];

for (const fault of FAULTS) {
  test.describe(fault.scenario, () => {
    test.use({ scenario: fault.scenario });

    test(`the popup says what is wrong with ${fault.venue}, and the market stays right`, async ({
      settledBadge,
      openPopup,
    }) => {
      const badge = await settledBadge();
      expectArticleDayBadge(badge);
      const popup = await openPopup('Sources');
      const row = popup.locator(`[data-venue="${fault.venue}"]`);
      await expect(row).toHaveText(fault.says);
      await expect(row).toHaveClass(`is-${fault.state}`);
      await expect(popup.locator('tr[data-asset="BTC"]')).toContainText('$67,490');
    });
  });
}

test.describe('binance-spot-rate-limited', () => {
  test.use({ scenario: 'binance-spot-rate-limited' });

  test('waits out Retry-After: not even Refresh calls Binance again', async ({ openSettledPopup, replay }) => {
    const popup = await openSettledPopup('Sources');
    await popup.getByRole('button', { name: 'Refresh market data now' }).click();
    await expect(popup.locator('[data-venue="binance-spot"]')).toHaveText(/Rate-limited · next try \d\d:\d\d/);
    expect(replay.requestCounts()['api.binance.com /api/v3/ticker/24hr']).toBe(1);
    // Coinbase was asked again: only the venue that asked for quiet is left alone.
    expect(replay.requestCounts()['api.exchange.coinbase.com /products/BTC-USD/stats']).toBe(2);
  });
});

test.describe('deribit-timeout', () => {
  test.use({ scenario: 'deribit-timeout' });

  test('gives up on a venue that hangs after 10 s, and the others carry the snapshot', async ({
    settledBadge,
    openPopup,
  }) => {
    test.setTimeout(45_000);
    const badge = await settledBadge();
    expectArticleDayBadge(badge);
    const popup = await openPopup('Sources');
    await expect(popup.locator('[data-venue="deribit"]')).toHaveText(/www\.deribit\.com did not answer within 10 s/, {
      timeout: 20_000,
    });
  });
});
