/**
 * The main job, offline: the replay exchange plays the market of the Gate article, Chromium runs
 * the production build against it, and the article opens with its figures annotated.
 * With a display the browser stays open for you; without one it saves screenshots, prints what a
 * user would see, and exits.
 */
import './english';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadArticleIndex } from '../replay/articles';
import { startReplayServer } from '../replay/server';
import { waitForSettledBadge } from '../tests/harness/badge';
import { chipTexts } from '../tests/harness/chips';
import { launchWithExtension } from '../tests/harness/launch';
import { waitForLiquidations } from '../tests/harness/liquidations';
import { openPopupPage } from '../tests/harness/pages';

const { values } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'article-day' },
    headless: { type: 'boolean', default: !process.env.DISPLAY },
    out: { type: 'string', default: 'demo-output' },
  },
});

const replay = await startReplayServer({ scenario: values.scenario });
const [article] = await loadArticleIndex();
if (!article) throw new Error('replay/articles/index.json lists no article');

const ext = await launchWithExtension({ replayArgs: replay.chromiumArgs, headless: values.headless });
const badge = await waitForSettledBadge(ext.serviceWorker);
// The article's liquidation chip compares with what the streams have seen: let them report first.
// A scenario without liquidations (calm) just goes on.
await waitForLiquidations(ext.serviceWorker).catch(() => undefined);
const articlePage = await ext.context.newPage();
await articlePage.goto(article.url);
await articlePage.locator('[data-undertow-chip]').first().waitFor({ timeout: 10_000 });
const popup = await openPopupPage(ext);
await popup.locator('tbody tr').first().waitFor();
await popup.locator('.sparkline polyline').first().waitFor();

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const texts = async (selector: string) => (await popup.locator(selector).allInnerTexts()).map(oneLine);
const prices = (await popup.getByRole('table', { name: 'Prices' }).locator('tbody tr').allInnerTexts()).map(oneLine);
const why = await texts('[data-component]');
const missing = await texts('[data-missing]');
const out = resolve(values.out);
mkdirSync(out, { recursive: true });
// The popup's own box, as Chrome shows it under the toolbar icon, on its first tab.
if (values.headless) await popup.locator('main').screenshot({ path: resolve(out, 'popup.png') });

await popup.getByRole('tab', { name: 'Derivatives' }).click();
// The liquidation streams report within a few seconds; give them a moment.
await popup.locator('tr[data-window="1h"] td').first().filter({ hasNotText: '$0' }).waitFor({ timeout: 10_000 });
const derivatives = await texts('[data-figure]');
const liquidations = await texts('tr[data-window]');
await popup.getByRole('tab', { name: /^Sources/ }).click();
const sources = await texts('[data-venue]');
const chips = await chipTexts(articlePage);

console.log(`Undertow demo — scenario "${values.scenario}", replay exchange on port ${replay.port}

Badge:  ${badge.text}  (${badge.color})
        ${badge.title.split('\n').join('\n        ')}

Popup prices:
  ${prices.join('\n  ')}

Why (score points per component, largest first):
  ${why.join('\n  ')}${missing.length > 0 ? `\n  missing: ${missing.join(' ')}` : ''}

Derivatives: ${derivatives.join(' · ')}
Liquidations (window, longs, shorts): ${liquidations.join(' · ')}

Sources: ${sources.join(' · ')}

Article: ${article.url}
  ${chips.length} annotation${chips.length === 1 ? '' : 's'}: ${chips.join(' | ')}`);

if (values.headless) {
  await articlePage.screenshot({ path: resolve(out, 'article.png') });
  console.log(`\nScreenshots: ${resolve(out, 'popup.png')}\n             ${resolve(out, 'article.png')}`);
  await ext.context.close();
  await replay.close();
} else {
  await articlePage.bringToFront();
  console.log(
    '\nThe browser is yours: click the Undertow icon, read the article. Close the browser or press Ctrl-C to end.',
  );
  const stop = async () => {
    await ext.context.close().catch(() => {});
    await replay.close();
    process.exit(0);
  };
  ext.context.on('close', () => void stop());
  process.on('SIGINT', () => void stop());
}
