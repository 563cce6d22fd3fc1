import { type Band, bandOf } from '../../lib/stress/bands';
import { badgeScore } from '../harness/badge';
import { wordsOf } from '../harness/catalogue';
import { expect, test } from '../harness/fixtures';
import { openPopupPage } from '../harness/pages';

/**
 * What the worker says of the market in a German browser: the score's band, its reasons and the
 * components behind it, and a venue's trouble. Words from the catalogue a translator writes, so
 * an English one left behind fails.
 */
const de = wordsOf('de');

const BAND: Record<Band, string> = {
  calm: de('market.bandCalm'),
  elevated: de('market.bandElevated'),
  high: de('market.bandHigh'),
  extreme: de('market.bandExtreme'),
};
const LABELS = [
  'market.sellOff',
  'market.swing',
  'market.liquidations',
  'market.impliedVol',
  'market.realisedVol',
  'market.drawdown',
].map((key) => de(key));

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.use({ language: 'de' });

test.describe('the market in German', () => {
  test('the badge names its band, and the Why gives each component and the top reason in German', async ({
    ext,
    settledBadge,
  }) => {
    const badge = await settledBadge();
    const score = badgeScore(badge);
    expect(badge.title).toContain(de('background.stressScore', { score, band: BAND[bandOf(score)] }));

    const popup = await openPopupPage(ext);
    // BTC's place below its 30-day high, as German writes a percentage: "23,4 %".
    const drawdown = escaped(de('market.drawdownSentence', { drawdown: '@' })).replace('@', '2\\d,\\d\\u00a0%');
    await expect(popup.getByTestId('top-reason')).toHaveText(new RegExp(`^${drawdown}$`));
    const labels = popup.locator('li[data-component] .why__label');
    await expect(labels.first()).toBeVisible();
    for (const label of await labels.allTextContents()) expect(LABELS).toContain(label);
  });

  test.describe('with Binance refusing this region', () => {
    test.use({ scenario: 'binance-geo-blocked' });

    test('the Sources tab says so in German', async ({ ext, settledBadge }) => {
      await settledBadge();
      const popup = await openPopupPage(ext);
      await popup.getByRole('tab', { name: new RegExp(`^${de('popup.sources')}`) }).click();
      await expect(popup.locator('[data-venue="binance-spot"]')).toContainText(de('market.notInRegion'));
    });
  });
});
