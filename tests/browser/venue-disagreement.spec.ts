import { GATE_ARTICLE } from '../harness/article-day';
import { openCard } from '../harness/chips';
import { expect, test } from '../harness/fixtures';

/** What the popup's BTC row and the price chip's card say of Coinbase in `coinbase-apart`. */
const APART = /^⚠ Coinbase at \$66,880 is 0\.90% below the other venues, and left out$/;

test.describe('coinbase-apart', () => {
  test.use({ scenario: 'coinbase-apart' });

  test('the popup’s price row names the venue apart, and its price is the others’', async ({
    settledBadge,
    openPopup,
    saveScreenshot,
  }) => {
    await settledBadge();
    const popup = await openPopup();
    await expect(popup.locator('tr[data-asset="BTC"]')).toContainText('$67,490');
    await expect(popup.locator('tr[data-apart="BTC"]')).toHaveText(APART);
    // Only BTC's venues disagree within a tenth; no other row gets a line.
    await expect(popup.locator('tr[data-apart]')).toHaveCount(1);
    await saveScreenshot(popup, 'popup-venues-disagree');
  });

  test('a price chip’s card says the same, from the figures the chip is held against', async ({
    settledBadge,
    openArticle,
    saveScreenshot,
  }) => {
    await settledBadge();
    const page = await openArticle(GATE_ARTICLE);
    const price = await openCard(page, (chips) => chips.find((chip) => chip.before.endsWith('$67,490')));
    expect(price.text).toBe('now $67,490 · 0.0%');
    expect(price.card).toContain('Coinbase at $66,880 is 0.90% below the other venues, and left out');
    await saveScreenshot(page, 'article-venues-disagree');
  });
});
