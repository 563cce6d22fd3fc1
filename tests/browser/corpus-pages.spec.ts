import type { Page } from '@playwright/test';
import { type CorpusArticle, loadHalf } from '../corpus/load';
import { renderArticle } from '../corpus/render';
import { chips as chipped, readArticle } from '../corpus/score';
import { expect, test } from '../harness/fixtures';

/**
 * Articles of the corpus's development half rendered as news sites serve them (tests/corpus/
 * render.ts): figures in links and `<strong>`, ads and embeds between paragraphs, live-blog
 * entries, headings over lists, tables, hard-wrapped wire copy. The chips the page shows must be
 * the ones the reader finds in the article's text: the page's shapes change nothing, and nothing
 * outside the article (a price ticker, a "most read" box) gets a chip.
 */
const SHAPES = [
  // A live blog: only its newest entry's figures are today's.
  'independent-bitcoin-price-live-below-70000',
  // Headings per asset over lists of levels and conditions.
  'cointelegraph-price-predictions-12-12-e',
  // Wire copy hard-wrapped with tabs.
  'ap-bitcoin-sinks-below-90000-erases-2025-gains',
  // A table of moves, and a derivatives round-up.
  'k33-ahead-of-the-curve-perp-leverage',
  // Coin widgets spliced into the text, and a liquidation breakdown under a heading.
  'theblock-ether-slides-liquidations',
  // About crypto stocks, with prices in passing.
  'motley-fool-crypto-stocks-sink-bitcoin-slide',
  // A post with cashtags and European numbers.
  'binance-square-altcoin-update-berlin',
];

const articles = loadHalf('dev').filter((article) => SHAPES.includes(article.name));

/** The figures the reader gives a chip in the article's own text, in order. */
function expectedChips(article: CorpusArticle): string[] {
  return readArticle(article).flatMap((claims, block) =>
    claims.filter(chipped).map((claim) => article.blocks[block]?.text.slice(claim.start, claim.end) ?? ''),
  );
}

/** Each chip's figure, from the text just before the chip, in document order. */
function pageChips(page: Page): Promise<string[]> {
  return page.locator('[data-undertow-chip]').evaluateAll((hosts) =>
    hosts.map((host) => {
      const before = host.previousSibling?.textContent ?? '';
      return before.trimEnd().slice(-40);
    }),
  );
}

/** Scroll to the end a screen at a time, as a reader does, until no new chip comes. */
async function readToTheEnd(page: Page): Promise<void> {
  let count = -1;
  for (let step = 0; step < 40; step++) {
    await page.mouse.wheel(0, 900);
    const now = await page.locator('[data-undertow-chip]').count();
    const atEnd = await page.evaluate(() => window.scrollY + window.innerHeight >= document.body.scrollHeight - 2);
    if (atEnd && now === count) return;
    count = now;
    await page.waitForTimeout(150);
  }
}

test.describe('corpus articles in news-site shapes', () => {
  test('finds them all', () => {
    expect(articles.map((article) => article.name).sort()).toEqual([...SHAPES].sort());
  });

  for (const article of articles) {
    test(`chips ${article.name} as its text reads`, async ({ replay, ext, settledBadge }) => {
      const url = `https://www.coindesk.com/corpus/${article.name}`;
      replay.servePage(url, renderArticle(article));
      await settledBadge();
      const page = await ext.context.newPage();
      await page.setViewportSize({ width: 1100, height: 900 });
      await page.goto(url);
      const expected = expectedChips(article);
      await readToTheEnd(page);
      // Each chip follows its figure, possibly inside <strong> or a link: the figure ends the text before it.
      // Each placed chip as the figure it follows, where that is the expected one at its place.
      const matched = async () =>
        (await pageChips(page)).map((before, i) => (before.endsWith(expected[i] ?? '\u0000') ? expected[i] : before));
      await expect.poll(matched, { message: 'chips placed' }).toEqual(expected);
      await expect(
        page.locator('.ticker [data-undertow-chip], .most-read [data-undertow-chip], footer [data-undertow-chip]'),
      ).toHaveCount(0);
    });
  }
});
