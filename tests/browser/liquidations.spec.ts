import { expect, test } from '../harness/fixtures';

test.describe('popup: liquidations', () => {
  test('sums the venues’ live liquidation streams, long against short, and says since when', async ({
    openSettledPopup,
  }) => {
    const popup = await openSettledPopup('Derivatives');
    const panel = popup.getByRole('region', { name: 'Liquidations' });
    for (const venue of ['binance-futures', 'bybit', 'okx']) {
      await expect(panel.locator(`[data-stream="${venue}"]`)).toContainText('live');
    }
    // article-day liquidates far more longs than shorts; within seconds the 1 h window shows it.
    const hour = panel.locator('tr[data-window="1h"]');
    await expect(hour.locator('td').first()).not.toHaveText('$0', { timeout: 15_000 });
    await expect(hour).toContainText(/since \d\d:\d\d/);
  });
});

test.describe('when a stream drops and comes back', () => {
  test.use({ scenario: 'liquidation-streams-drop' });

  test('says it is reconnecting, then live again, and the others stay live', async ({ openSettledPopup }) => {
    test.setTimeout(60_000);
    const popup = await openSettledPopup('Derivatives');
    const bybit = popup.locator('[data-stream="bybit"]');
    // The replay cuts Bybit's stream from t = 5 s to t = 15 s.
    await expect(bybit).toContainText('reconnecting', { timeout: 15_000 });
    await expect(bybit).toContainText('Connection lost; retrying in');
    await expect(popup.locator('[data-stream="okx"]')).toContainText('live');
    await expect(bybit).toContainText('live', { timeout: 40_000 });
  });
});

test.describe('when a venue takes each connection and drops it at once', () => {
  test.use({ scenario: 'bybit-stream-hangs-up' });

  test('backs off further at each drop instead of reconnecting in a storm, and the others stay live', async ({
    openSettledPopup,
    replay,
  }) => {
    const popup = await openSettledPopup('Derivatives');
    const bybit = popup.locator('[data-stream="bybit"]');
    // Bybit answers the subscription before it drops the socket, so neither an open socket nor an
    // answer may count as recovered: the waits go 1, 2, 4, 8, 16 s (each up to a quarter longer).
    const LONG_WAIT = /retrying in (8|9|10|1[6-9]|20) s/;
    await expect(bybit).toContainText(LONG_WAIT, { timeout: 30_000 });
    const seconds = Number(LONG_WAIT.exec((await bybit.textContent()) ?? '')?.[1]);
    const connections = replay.requestCounts()['stream.bybit.com /v5/public/linear'] ?? 0;
    // Four tries before the wait of 8 s, five before 16 s; one more if the popup showed the wait
    // late (the worker stores the streams' state every 5 s). Reconnecting at once, it would be dozens.
    const before = seconds >= 16 ? 5 : 4;
    expect(connections).toBeGreaterThanOrEqual(before);
    expect(connections).toBeLessThanOrEqual(before + 1);
    for (const venue of ['binance-futures', 'okx']) {
      await expect(popup.locator(`[data-stream="${venue}"]`)).toContainText('live');
    }
  });
});

test('turning the streams off stops them and says so', async ({ openSettledPopup, ext }) => {
  const popup = await openSettledPopup('Derivatives');
  await expect(popup.locator('[data-stream="okx"]')).toContainText('live');
  await ext.serviceWorker.evaluate(() => chrome.storage.sync.set({ settings: { liquidationStreams: false } }));
  await expect(popup.getByRole('region', { name: 'Liquidations' })).toContainText('Liquidation streams are off.');
  await expect(popup.locator('[data-stream]')).toHaveCount(0);
});
