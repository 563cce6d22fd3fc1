import { expect, test } from '../harness/fixtures';

/**
 * A page that sends the worst text it can, as much as it can, does not keep the worker from its
 * polls: the background reads each page's text within a budget (lib/annotate/read-budget.ts) and
 * answers the rest "not yet".
 */
const FLOOD = 'https://www.coindesk.com/markets/2026/a-page-that-floods-the-reader';
const PARAGRAPHS = 300;

test('a page flooding the reader does not hold up a poll', async ({ replay, ext, settledBadge, openPopup }) => {
  // Each paragraph just under the 20,000 characters a run may have, made of nothing but figures.
  const paragraph = `Bitcoin ${'$1, 1% '.repeat(2_800)}`;
  replay.servePage(
    FLOOD,
    `<!doctype html><html lang="en"><body><article style="font-size:1px;line-height:1px">${Array.from(
      { length: PARAGRAPHS },
      () => `<p>${paragraph}</p>`,
    ).join('')}</article></body></html>`,
  );
  await settledBadge();
  const flood = await ext.context.newPage();
  await flood.goto(FLOOD);
  // The page's figures are being read (its first chips are in), and the rest keeps arriving.
  await expect(flood.locator('[data-undertow-chip]').first()).toBeAttached();
  const popup = await openPopup('Sources');
  const refresh = popup.getByRole('button', { name: 'Refresh market data now' });
  replay.resetCounts();
  await refresh.click();
  // The poll the click asked for reaches the venues and comes back while the page still floods:
  // without the budget, reading its 300 paragraphs holds the worker for seconds.
  await expect(refresh).toBeEnabled();
  expect(Object.keys(replay.requestCounts()).length).toBeGreaterThan(0);
});
