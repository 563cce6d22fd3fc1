import { expect, test } from '../harness/fixtures';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

test.describe('track record', () => {
  test('the History tab draws the score beside BTC and says what the market did after each alert', async ({
    ext,
    settledBadge,
    openPopup,
    saveScreenshot,
  }) => {
    await settledBadge();
    // Backfill keeps 30 days of prices but no score, which polls add one by one: a score for each
    // hour, as 30 days of polling would have left them, so the chart has both lines.
    await ext.serviceWorker.evaluate(async () => {
      const stored = (await chrome.storage.local.get('history.hourly'))['history.hourly'] as { t: number }[];
      const scored = stored.map((point, index) => ({ score: 35 + 25 * Math.sin(index / 90), ...point }));
      await chrome.storage.local.set({ 'history.hourly': scored });
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
    await expect(record.getByTestId('track-record-summary')).toHaveText(
      /^Over the last 3\d days, BTC went from \$[\d,.]+ to \$6\d,\d{3} \(low \$[\d,.]+, high \$[\d,.]+\); the score from \d+ to \d+, highest \d+\.$/,
    );
    await expect(record.locator('polyline')).toHaveCount(2);
    const alerts = record.locator('li');
    await expect(alerts.nth(0)).toContainText(/Market stress elevated.*BTC [+-]\d+\.\d\d% so far \(2 h\)/);
    await expect(alerts.nth(1)).toContainText(
      /BTC fell more than 5% in 24 h.*BTC [+-]\d+\.\d\d% over the next day · score \d+ → \d+/,
    );
    // The tab's panel scrolls in the popup; unrolled for the picture, so the chart and the alerts show together.
    await popup.addStyleTag({ content: '.tabs__panel { max-height: none; }' });
    await saveScreenshot(popup, 'popup-track-record');
  });
});
