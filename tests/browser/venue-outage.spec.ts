import { VENUES, type VenueId } from '../../lib/sources/venues';
import { expectArticleDayBadge } from '../harness/article-day';
import { expect, test } from '../harness/fixtures';

/** The host each venue's first call goes to, as the popup names it in the error. */
const FAILING: Array<[VenueId, string]> = [
  ['binance-spot', 'api.binance.com'],
  ['binance-futures', 'fapi.binance.com'],
  ['bybit', 'api.bybit.com'],
  ['okx', 'www.okx.com'],
  ['coinbase', 'api.exchange.coinbase.com'],
  ['kraken', 'api.kraken.com'],
  ['hyperliquid', 'api.hyperliquid.xyz'],
  ['deribit', 'www.deribit.com'],
];

for (const [venue, host] of FAILING) {
  test.describe(`with ${VENUES[venue].label} down alone`, () => {
    test.use({ scenario: `${venue}-down` });

    test('the badge and prices stay right and the popup names the missing venue', async ({
      settledBadge,
      openPopup,
    }) => {
      const badge = await settledBadge();
      expectArticleDayBadge(badge);
      expect(badge.title).toContain(`${VENUES[venue].label}: ${host} answered HTTP 503`);

      const popup = await openPopup('Sources');
      await expect(popup.locator('tr[data-asset="BTC"]')).toContainText('$67,490');
      await expect(popup.locator(`[data-venue="${venue}"]`)).toHaveText(
        new RegExp(`${host.replaceAll('.', '\\.')} answered HTTP 503`),
      );
      for (const other of FAILING.map(([id]) => id).filter((id) => id !== venue)) {
        await expect(popup.locator(`[data-venue="${other}"]`)).toHaveText(/OK$/);
      }
    });
  });
}
