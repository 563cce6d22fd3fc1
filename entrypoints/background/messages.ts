import { browser } from 'wxt/browser';
import { figuresAt, figuresNow } from '@/lib/annotate/article-figures';
import { ReadBudget } from '@/lib/annotate/read-budget';
import { type ArticleMarket, compareClaims, readTexts } from '@/lib/annotate/read-texts';
import { isAssetId } from '@/lib/assets';
import { liveBuckets } from '@/lib/market/liquidation-buckets';
import {
  addLevelAlert,
  changeSettings,
  clearDismissedFigures,
  lookUpSymbol,
  refreshNow,
  removeLevelAlert,
} from '@/lib/messaging/extension-page-messages';
import { dismissFigure, readClaims, refreshChips, watchLevel } from '@/lib/messaging/messages';
import { createRouter, route } from '@/lib/messaging/router';
import { tabBudget } from '@/lib/messaging/tab-budget';
import { isWebAddress } from '@/lib/sites/page-access';
import { liquidationsItem, readSettings, snapshotItem, streamHealthItem } from '@/lib/storage/items';
import { applySettingsChange } from '@/lib/storage/settings-writer';
import { describeLookup } from '@/lib/watchlist/look-up';
import { readSymbol } from '@/lib/watchlist/symbol';
import { t } from '@/lib/words';
import { clearDismissed, dismiss, dismissedFor } from './dismissed-figures';
import { addLevel, removeLevel } from './level-alerts';
import { lookUp } from './listings';
import { pollAfresh, readHistory } from './poll';

/** How much of each page's text is read, so that no page keeps the worker busy. */
const readBudget = new ReadBudget(() => performance.now());

/** One page's reading budget: its tab and document, which a page cannot choose. */
const pageKey = (sender: { tab?: { id?: number }; url?: string }) => `${sender.tab?.id ?? ''} ${sender.url ?? ''}`;

/** The market an article is read against; null before the first poll has figures. */
async function articleMarket(publishedAt: number | undefined): Promise<ArticleMarket | null> {
  const [snapshot, history, liquidations, streams] = await Promise.all([
    snapshotItem.get(),
    readHistory(),
    liquidationsItem.get(),
    streamHealthItem.get(),
  ]);
  if (!snapshot) return null;
  const now = Date.now();
  const atPublication = publishedAt === undefined ? undefined : figuresAt(history, publishedAt);
  const buckets = liveBuckets(liquidations, now);
  const watch = buckets && { buckets, venues: (streams ?? []).map((stream) => stream.venue) };
  return {
    now: figuresNow(snapshot, history, watch, now),
    ...(atPublication && { atPublication }),
  };
}

/** "Alert me at this level" a tab may ask for in a minute: more than a reader clicks, far fewer than a loop. */
const watchBudget = tabBudget(5);

const ROUTES = [
  route(readClaims, 'own-extension', async (request, sender) => {
    const [market, dismissed] = await Promise.all([articleMarket(request.publishedAt), dismissedFor(sender.url)]);
    if (!market) return { ready: false, found: [] };
    // The budget starts once the market is read: only reading the page's text counts against it.
    const allowance = readBudget.start(pageKey(sender));
    return { ready: true, found: readTexts(request, market, { allowance, dismissed, now: Date.now() }) };
  }),
  route(dismissFigure, 'own-extension', ({ claim }, sender) => dismiss(sender.url, claim)),
  route(clearDismissedFigures, 'extension-page', () => clearDismissed()),
  route(refreshChips, 'own-extension', async ({ claims, publishedAt }, sender) => {
    const [market, settings] = await Promise.all([articleMarket(publishedAt), readSettings()]);
    const host = sender.url ? new URL(sender.url).hostname : '';
    return {
      enabled: !settings.disabledNewsSites.includes(host),
      ready: market !== null,
      comparisons: market ? compareClaims(claims, market) : [],
    };
  }),
  route(watchLevel, 'own-extension', async ({ asset, price }, sender) => {
    if (!isAssetId(asset)) return { error: t('background.cannotWatch', { asset }) };
    if (!watchBudget(sender.tab?.id, Date.now())) return { error: t('background.tooManyWatches') };
    const sourceUrl = isWebAddress(sender.url) ? { sourceUrl: sender.url } : {};
    // A chip clicked twice, or two chips for one level, watch it once.
    return addLevel(
      asset,
      String(price),
      sourceUrl,
      (level) => level.asset === asset && level.price === price && level.firedAt === undefined,
    );
  }),
  route(addLevelAlert, 'extension-page', ({ asset, price }) => addLevel(asset, price)),
  route(removeLevelAlert, 'extension-page', ({ id }) => removeLevel(id)),
  route(changeSettings, 'extension-page', ({ before, after }) => applySettingsChange(before, after)),
  // Only our own pages may make us call the exchanges; a content script must not.
  route(refreshNow, 'extension-page', () => pollAfresh(true)),
  route(lookUpSymbol, 'extension-page', async ({ input }) => {
    const read = readSymbol(input);
    if ('error' in read) return { listed: false, message: read.error };
    const { symbol } = read;
    if (isAssetId(symbol)) return { symbol, listed: true, message: t('background.isMajor', { symbol }) };
    const outcome = await lookUp(symbol);
    if (!outcome) return { symbol, listed: false, message: t('background.tooManyLookups') };
    return { symbol, listed: outcome.venue !== null, message: describeLookup(symbol, outcome) };
  }),
];

export function registerMessageHandlers(): void {
  const router = createRouter(ROUTES, {
    id: browser.runtime.id,
    origin: new URL(browser.runtime.getURL('/')).origin,
  });
  browser.runtime.onMessage.addListener((message, sender) => router(message, sender));
}
