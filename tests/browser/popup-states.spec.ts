import { ARTICLE_DAY_DRAWDOWN } from '../harness/article-day';
import { seriousAxeViolations } from '../harness/axe';
import { expect, test } from '../harness/fixtures';
import { launchWithExtension } from '../harness/launch';
import { openPopupPage, showTab } from '../harness/pages';

test.describe('popup: what a user reads', () => {
  test('the score, its band and the why, largest first, with nothing serious for axe', async ({
    openSettledPopup,
    saveScreenshot,
  }) => {
    const popup = await openSettledPopup();
    const score = popup.getByRole('region', { name: 'Market stress' });
    await expect(score.getByRole('img')).toHaveAttribute(
      'aria-label',
      /^Market stress \d+ of 100: (Calm|Elevated|High|Extreme)$/,
    );
    await expect(popup.getByTestId('top-reason')).toHaveText(ARTICLE_DAY_DRAWDOWN);
    const why = popup.getByRole('region', { name: 'Why this score' }).locator('li[data-component]');
    await expect(why.first()).toBeVisible();
    const points = (await why.locator('.why__points').allTextContents()).map((text) => Number(text.replace('+', '')));
    expect(points).toEqual([...points].sort((a, b) => b - a));
    // The popup's sparklines draw the day from history.
    await expect(popup.locator('tr[data-asset="BTC"] .sparkline polyline')).toHaveCount(1);
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await saveScreenshot(popup, 'popup-light');
  });

  test('can be used from the keyboard alone', async ({ openSettledPopup }) => {
    const popup = await openSettledPopup();
    const why = popup.getByRole('tab', { name: 'Why' });
    await why.focus();
    await popup.keyboard.press('ArrowRight');
    await expect(popup.getByRole('tab', { name: 'Derivatives' })).toBeFocused();
    await expect(popup.getByRole('tab', { name: 'Derivatives' })).toHaveAttribute('aria-selected', 'true');
    await expect(popup.getByRole('region', { name: 'Derivatives' })).toBeVisible();
    await popup.keyboard.press('End');
    await expect(popup.getByRole('tab', { name: /^Sources/ })).toBeFocused();
    await expect(popup.locator('[data-venue="deribit"]')).toBeVisible();
    await popup.keyboard.press('Home');
    await expect(why).toBeFocused();
    // Refresh answers to Enter.
    await popup.getByRole('button', { name: 'Refresh market data now' }).focus();
    await popup.keyboard.press('Enter');
    await expect(popup.getByRole('button', { name: 'Refresh market data now' })).toBeEnabled();
  });

  test('shows the score over time', async ({ openSettledPopup }) => {
    const popup = await openSettledPopup('History');
    await expect(popup.getByTestId('score-history-summary')).toHaveText(/^Score over the last 24 h: from \d+ to \d+/);
    await popup.getByLabel('30 d', { exact: true }).check();
    await expect(popup.getByTestId('score-history-summary')).toHaveText(/^Score over the last 30 d: /);
  });

  test('on first run says the history is still filling in', async ({ settledBadge, openPopup, saveScreenshot }) => {
    await settledBadge();
    // Binance Futures' share of the backfill waits a minute for its budget: the popup says so.
    const popup = await openPopup();
    await expect(popup.locator('[data-notice="backfilling"]')).toHaveText(
      'Building 30 days of history: the score firms up as it arrives.',
    );
    await saveScreenshot(popup, 'popup-first-run');
  });

  test.describe('with a venue down', () => {
    test.use({ scenario: 'deribit-down' });

    test('says which venue is missing and what is left out, and keeps the rest', async ({
      openSettledPopup,
      saveScreenshot,
    }) => {
      const popup = await openSettledPopup();
      await expect(popup.locator('[data-notice="venues-failing"]')).toHaveText(
        'Deribit is not answering: its figures are left out.',
      );
      await expect(popup.getByRole('tab', { name: 'Sources (1 failing)' })).toBeVisible();
      await expect(popup.locator('tr[data-asset="BTC"]')).toContainText('$67,490');
      await expect(popup.getByRole('region', { name: 'Market stress' })).toBeVisible();
      await saveScreenshot(popup, 'popup-venue-down');
    });
  });

  test('a venue going down shows as failing within one poll, and everything else stays', async ({
    openSettledPopup,
    replay,
  }) => {
    const popup = await openSettledPopup('Sources');
    await expect(popup.locator('[data-venue="coinbase"]')).toHaveText(/OK$/);
    // One poll: the user's Refresh. (Venues whose minute budget the first poll spent would say
    // they are holding back until the next minute's poll.)
    await replay.setScenario('coinbase-down');
    await popup.getByRole('button', { name: 'Refresh market data now' }).click();
    await expect(popup.locator('[data-venue="coinbase"]')).toHaveText(/api\.exchange\.coinbase\.com answered HTTP 503/);
    for (const venue of ['binance-spot', 'bybit', 'deribit', 'kraken']) {
      await expect(popup.locator(`[data-venue="${venue}"]`)).toHaveText(/OK$/);
    }
    await expect(popup.getByRole('table', { name: 'Prices' }).locator('tbody tr')).toHaveCount(5);
    await expect(popup.locator('tr[data-asset="BTC"]')).toContainText('$67,490');
    await expect(popup.getByRole('region', { name: 'Market stress' })).toBeVisible();
  });

  test('turns grey and says so when the data is stale', async ({ ext, settledBadge, openPopup, saveScreenshot }) => {
    await settledBadge();
    // As if the last good poll were ten minutes ago and every venue had failed since.
    await ext.serviceWorker.evaluate(async () => {
      const { snapshot, pollStatus } = (await chrome.storage.local.get(['snapshot', 'pollStatus'])) as {
        snapshot: Record<string, unknown>;
        pollStatus: { sources: Array<{ venue: string }> };
      };
      const tenMinutesAgo = Date.now() - 10 * 60_000;
      await chrome.storage.local.set({
        snapshot: { ...snapshot, takenAt: tenMinutesAgo },
        pollStatus: {
          ...pollStatus,
          sources: pollStatus.sources.map((source) => ({
            venue: source.venue,
            state: 'failing',
            at: Date.now(),
            error: 'The network is unreachable',
          })),
        },
      });
    });
    const popup = await openPopup();
    await expect(popup.locator('[data-notice="all-failing"]')).toHaveText(
      'No venue answered the last poll. Showing the market as of 10 minutes ago.',
    );
    await expect(popup.locator('.gauge')).toHaveClass(/is-stale/);
    await expect(popup.getByTestId('updated')).toHaveText('Updated 10 minutes ago');
    await saveScreenshot(popup, 'popup-stale');
  });

  test('says when the browser is offline', async ({ openSettledPopup, ext }) => {
    const popup = await openSettledPopup();
    await ext.context.setOffline(true);
    await expect(popup.locator('[data-notice="offline"]')).toHaveText(/^You are offline\. Showing the market as of /);
    await ext.context.setOffline(false);
    await expect(popup.locator('[data-notice="offline"]')).toHaveCount(0);
  });
});

test('follows the system’s dark theme, with nothing serious for axe', async ({ replay, saveScreenshot }) => {
  const ext = await launchWithExtension({ replayArgs: replay.chromiumArgs, colorScheme: 'dark' });
  try {
    const popup = await openPopupPage(ext);
    await expect(popup.locator('tr[data-asset="BTC"]')).toContainText('$67,490');
    await expect(popup.getByRole('region', { name: 'Market stress' })).toBeVisible();
    const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(17, 24, 39)');
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await saveScreenshot(popup, 'popup-dark');
    await showTab(popup, 'Derivatives');
    expect(await seriousAxeViolations(popup)).toEqual([]);
  } finally {
    await ext.context.close();
  }
});
