import { MAJOR_ASSETS } from '../../lib/assets';
import { BAND_FLOOR, BAND_STYLE } from '../../lib/stress/bands';
import { ARTICLE_DAY_DRAWDOWN, expectArticleDayBadge } from '../harness/article-day';
import { badgeScore, readBadge } from '../harness/badge';
import { expect, test } from '../harness/fixtures';

test.describe('badge', () => {
  test("on the article day shows its band in the band's colour, and names BTC's fall from its high", async ({
    ext,
    settledBadge,
  }) => {
    await settledBadge();
    await expect(async () => {
      const badge = await readBadge(ext.serviceWorker);
      expectArticleDayBadge(badge);
      expect(badge.title).toMatch(ARTICLE_DAY_DRAWDOWN);
    }).toPass();
  });

  test('reads elevated once the streams have watched a day of the article’s liquidations, and names them first', async ({
    ext,
    settledBadge,
    openPopup,
  }) => {
    await settledBadge();
    // A day of watching, as the article day's streams would have summed it. The worker's own
    // streams are switched off while it is written (so they do not overwrite it), then on again:
    // they pick the watch up from storage, as after a worker restart.
    await ext.serviceWorker.evaluate(() => chrome.storage.sync.set({ settings: { liquidationStreams: false } }));
    await expect
      .poll(() => ext.serviceWorker.evaluate(async () => (await chrome.storage.local.get('streamHealth')).streamHealth))
      .toEqual([]);
    await ext.serviceWorker.evaluate(
      async ({ assets }) => {
        const now = Date.now();
        const hour = 3_600_000;
        const perAsset = (btc: number) => assets.map((asset) => (asset === 'BTC' ? btc : 0));
        const hours = Array.from({ length: 24 }, (_, k) => ({
          t: Math.floor(now / hour) * hour - k * hour,
          long: perAsset(237e6 / 24),
          short: perAsset(41e6 / 24),
        })).reverse();
        const minutes = hours.map((row) => ({ ...row, t: row.t + 30 * 60_000 }));
        await chrome.storage.local.set({
          liquidations: { since: now - 25 * hour, lastSeenAt: now, minutes, hours },
        });
      },
      { assets: [...MAJOR_ASSETS] },
    );
    await ext.serviceWorker.evaluate(() => chrome.storage.sync.set({ settings: { liquidationStreams: true } }));
    const popup = await openPopup('Derivatives');
    await expect(popup.locator('[data-stream="bybit"]')).toContainText('live');
    await popup.getByRole('button', { name: 'Refresh market data now' }).click();
    await expect
      .poll(async () => (await readBadge(ext.serviceWorker)).title)
      .toContain('longs and $41M shorts liquidated in 24 h');
    const badge = await readBadge(ext.serviceWorker);
    expect(badgeScore(badge)).toBeGreaterThanOrEqual(BAND_FLOOR.elevated);
    expect(badge.title.split('\n')[1]).toMatch(/^\$2\d\dM longs and \$41M shorts liquidated in 24 h$/);
  });

  test.describe('on a calm day', () => {
    test.use({ scenario: 'calm' });

    test('reads calm, in the calm colour', async ({ settledBadge }) => {
      const badge = await settledBadge();
      expect(badgeScore(badge)).toBeLessThan(BAND_FLOOR.elevated);
      expect(badge.color).toBe(BAND_STYLE.calm.color.toLowerCase());
      expect(badge.title).toContain(': Calm');
    });
  });

  test.describe('when every venue is down from the start', () => {
    test.use({ scenario: 'all-down' });

    test('says there is no data and why', async ({ settledBadge }) => {
      const badge = await settledBadge();
      expect(badge.text).toBe('!');
      expect(badge.color).toBe('#6b7280');
      expect(badge.title).toContain('Binance: api.binance.com answered HTTP 503 (ticker-24h)');
    });
  });
});
