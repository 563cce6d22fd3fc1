import { expect, test } from '../harness/fixtures';

const GATE_ARTICLE = 'https://www.gate.com/news/detail/why-crypto-markets-are-pressured';

test.describe('article annotation', () => {
  test('puts the live BTC price beside the price the article quotes', async ({
    settledBadge,
    openArticle,
    saveScreenshot,
  }) => {
    await settledBadge();
    const page = await openArticle(GATE_ARTICLE);
    const chip = page.locator('[data-undertow-chip]').first();
    await expect(chip).toHaveText('now $67,490 · 0.00%');
    // Beside the figure: the chip follows the <strong>$67,490</strong> the article wraps it in.
    const before = await chip.evaluate((host) => host.previousSibling?.textContent);
    expect(before).toBe('$67,490');
    await expect(page.locator('[data-undertow-chip]')).toHaveCount(1);
    await saveScreenshot(page, 'article-article-day');
  });

  test.describe('after the market has moved', () => {
    test.use({ scenario: 'calm' });

    test('shows how far the price has moved since the article', async ({ settledBadge, openArticle }) => {
      await settledBadge();
      const page = await openArticle(GATE_ARTICLE);
      await expect(page.locator('[data-undertow-chip]')).toHaveText('now $93,889 · +39.12%');
    });
  });
});
