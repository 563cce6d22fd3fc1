import { DAY, HOUR } from '../../lib/time';
import { expect, test } from '../harness/fixtures';

test.describe('track record', () => {
  test('the History tab draws the score beside BTC and says what the market did after each alert', async ({
    ext,
    settledBadge,
    openPopup,
    saveScreenshot,
  }) => {
    await settledBadge();
    // Backfill keeps prices but no score, which polls add one by one: a score for each point of
    // both tiers, as 30 days of polling would have left them, so the chart has both lines and each
    // alert a score before and after (its moment is read from whichever tier has a point near it).
    // A poll still backfilling may write its own copy of a tier meanwhile, so the scores are
    // written again until the popup reads them.
    const scoreHistory = () =>
      ext.serviceWorker.evaluate(async () => {
        for (const key of ['history.hourly', 'history.fiveMinute']) {
          const stored = ((await chrome.storage.local.get(key))[key] ?? []) as { t: number }[];
          const scored = stored.map((point) => ({ score: 35 + 25 * Math.sin(point.t / (90 * 3_600_000)), ...point }));
          await chrome.storage.local.set({ [key]: scored });
        }
      });
    // Two alerts as the alerting records them: one three days ago, its day over, and one two hours
    // ago. The 30 days of history backfilled on install hold the prices around both.
    await ext.serviceWorker.evaluate(
      async ({ day, hour }) => {
        const { alertState } = await chrome.storage.local.get('alertState');
        const now = Date.now();
        const recent = [
          { at: now - 2 * hour, kind: 'band', title: 'Market stress elevated', message: 'Stress 58' },
          { at: now - 3 * day, kind: 'move', title: 'BTC fell more than 5% in 24 h', message: '', asset: 'BTC' },
        ];
        await chrome.storage.local.set({ alertState: { ...(alertState as object), recent } });
      },
      { day: DAY, hour: HOUR },
    );
    const popup = await openPopup('History');
    const record = popup.getByRole('region', { name: 'Track record' });
    const alerts = record.locator('li');
    await expect(async () => {
      await scoreHistory();
      await expect(record.getByTestId('track-record-summary')).toHaveText(
        /^Over the last 3\d days, BTC went from \$[\d,.]+ to \$6\d,\d{3} \(low \$[\d,.]+, high \$[\d,.]+\); the score from \d+ to \d+, highest \d+\.$/,
        { timeout: 2_000 },
      );
      await expect(record.locator('polyline')).toHaveCount(2, { timeout: 2_000 });
      await expect(alerts.nth(1)).toContainText(
        /BTC fell more than 5% in 24 h.*BTC [+-]\d+\.\d\d% over the next day · score \d+ → \d+/,
        { timeout: 2_000 },
      );
    }).toPass({ intervals: [0], timeout: 30_000 });
    await expect(alerts.nth(0)).toContainText(/Market stress elevated.*BTC [+-]\d+\.\d\d% so far \(2 h\)/);
    // The tab's panel scrolls in the popup; unrolled for the picture, so the chart and the alerts show together.
    await popup.addStyleTag({ content: '.tabs__panel { max-height: none; }' });
    await saveScreenshot(popup, 'popup-track-record');
  });
});
