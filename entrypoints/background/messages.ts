import { browser } from 'wxt/browser';
import { newLevelAlert } from '@/lib/alerts/new-level';
import { type ArticleMarket, compareClaims, readTexts } from '@/lib/annotate/read-texts';
import { isAssetId } from '@/lib/assets';
import { figuresAt, figuresNow } from '@/lib/market/article-figures';
import { liveBuckets } from '@/lib/market/liquidation-buckets';
import { lookUpSymbol, readClaims, refreshChips, refreshNow, watchLevel } from '@/lib/messaging/messages';
import { createRouter, route } from '@/lib/messaging/router';
import { levelAlertsItem, liquidationsItem, readSettings, snapshotItem } from '@/lib/storage/items';
import { itemWrite, writeItems } from '@/lib/storage/validated-item';
import { describeLookup } from '@/lib/watchlist/look-up';
import { readSymbol } from '@/lib/watchlist/symbol';
import { lookUp } from './listings';
import { poll, readHistory } from './poll';

/** The market an article is read against; null before the first poll has figures. */
async function articleMarket(publishedAt: number | undefined): Promise<ArticleMarket | null> {
  const [snapshot, history, liquidations] = await Promise.all([
    snapshotItem.get(),
    readHistory(),
    liquidationsItem.get(),
  ]);
  if (!snapshot) return null;
  const now = Date.now();
  const atPublication = publishedAt === undefined ? undefined : figuresAt(history, publishedAt);
  return {
    now: figuresNow(snapshot, history, liveBuckets(liquidations, now), now),
    ...(atPublication && { atPublication }),
  };
}

const ROUTES = [
  route(readClaims, 'own-extension', async ({ texts, lang, publishedAt }) => {
    const market = await articleMarket(publishedAt);
    return { ready: market !== null, found: market ? readTexts(texts, lang, market) : [] };
  }),
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
    if (!isAssetId(asset)) return { error: `Undertow follows BTC, ETH, SOL, XRP and BNB; it cannot watch ${asset}.` };
    const [snapshot, levels] = await Promise.all([snapshotItem.get(), levelAlertsItem.get()]);
    const current = levels ?? [];
    if (current.some((level) => level.asset === asset && level.price === price && level.firedAt === undefined))
      return {};
    const live = snapshot?.assets.find((quote) => quote.asset === asset)?.price;
    const made = newLevelAlert(asset, String(price), live, Date.now());
    if ('error' in made) return made;
    const sourceUrl = sender.url?.startsWith('http') ? { sourceUrl: sender.url } : {};
    await writeItems([itemWrite(levelAlertsItem, [...current, { ...made.alert, ...sourceUrl }])]);
    return {};
  }),
  // Only our own pages may make us call the exchanges; a content script must not.
  route(refreshNow, 'extension-page', () => poll(true)),
  route(lookUpSymbol, 'extension-page', async ({ input }) => {
    const read = readSymbol(input);
    if ('error' in read) return { listed: false, message: read.error };
    const { symbol } = read;
    if (isAssetId(symbol)) return { symbol, listed: true, message: `${symbol} is one of the majors.` };
    const outcome = await lookUp(symbol);
    if (!outcome) return { symbol, listed: false, message: 'Too many lookups in a minute — try again shortly.' };
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
