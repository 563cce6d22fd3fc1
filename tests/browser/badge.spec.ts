import { MAJOR_ASSETS } from '../../lib/assets';
import { MOVE_STYLE } from '../../lib/badge/badge-state';
import { BAND_FLOOR, BAND_STYLE, bandOf } from '../../lib/stress/bands';
import { ARTICLE_DAY_DRAWDOWN, expectArticleDayBadge } from '../harness/article-day';
import { type Badge, badgeScore, englishBandLabel, readBadge } from '../harness/badge';
import { expect, test } from '../harness/fixtures';
import { openOptionsPage, saveOptions } from '../harness/pages';

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

  test('shows the symbol’s price or 24 h move the user chose, in its direction’s colour, the score still in its tooltip', async ({
    ext,
    settledBadge,
    saveScreenshot,
  }) => {
    const scored = await settledBadge();
    const options = await openOptionsPage(ext);
    const badgeFields = options.getByRole('group', { name: 'Toolbar badge' });
    await badgeFields.getByLabel('The price of a symbol').check();
    await badgeFields.getByRole('combobox').selectOption('BTC');
    await saveOptions(options);
    await saveScreenshot(badgeFields, 'options-badge');
    await expect.poll(async () => (await readBadge(ext.serviceWorker)).text).toBe('67k');
    const price = await readBadge(ext.serviceWorker);
    expect(price.color).toBe(MOVE_STYLE.down.color.toLowerCase());
    const [first, second] = price.title.split('\n');
    expect(first).toBe('Undertow — BTC $67,490, -1.88% in 24 h');
    expect(second).toBe(`Market stress ${badgeScore(scored)}/100: ${englishBandLabel(bandOfBadge(scored))}`);

    await badgeFields.getByLabel('The 24 h move of a symbol').check();
    await badgeFields.getByRole('combobox').selectOption('SOL');
    await saveOptions(options);
    await expect.poll(async () => (await readBadge(ext.serviceWorker)).text).toBe('-3.9');
    expect((await readBadge(ext.serviceWorker)).title).toMatch(
      /^Undertow — SOL \$84\.21, -3\.88% in 24 h\nMarket stress /,
    );

    // A symbol the badge shows cannot leave the watchlist unnoticed.
    await options.getByRole('group', { name: 'Watchlist' }).getByLabel('Solana (SOL)').uncheck();
    await options.getByRole('button', { name: 'Save' }).click();
    await expect(options.getByRole('alert')).toContainText('The badge shows SOL: keep it in the watchlist');

    await badgeFields.getByLabel('The market-stress score').check();
    await saveOptions(options);
    await expect.poll(async () => (await readBadge(ext.serviceWorker)).text).toBe(scored.text);
    expect((await readBadge(ext.serviceWorker)).color).toBe(scored.color);
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

const bandOfBadge = (badge: Badge) => bandOf(badgeScore(badge));
