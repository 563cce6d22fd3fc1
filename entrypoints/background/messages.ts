import { browser } from 'wxt/browser';
import { newLevelAlert } from '@/lib/alerts/new-level';
import { isAssetId } from '@/lib/assets';
import { figuresAt, figuresNow } from '@/lib/market/article-figures';
import { liveBuckets } from '@/lib/market/liquidation-buckets';
import { getArticleFigures, refreshNow, watchLevel } from '@/lib/messaging/messages';
import { createRouter, route } from '@/lib/messaging/router';
import { levelAlertsItem, liquidationsItem, readSettings, snapshotItem } from '@/lib/storage/items';
import { itemWrite, writeItems } from '@/lib/storage/validated-item';
import { poll, readHistory } from './poll';

const ROUTES = [
  route(getArticleFigures, 'own-extension', async ({ publishedAt }, sender) => {
    const [snapshot, history, liquidations, settings] = await Promise.all([
      snapshotItem.get(),
      readHistory(),
      liquidationsItem.get(),
      readSettings(),
    ]);
    const now = Date.now();
    const atPublication = publishedAt === undefined ? undefined : figuresAt(history, publishedAt);
    const host = sender.url ? new URL(sender.url).hostname : '';
    return {
      enabled: !settings.disabledNewsSites.includes(host),
      now: snapshot && figuresNow(snapshot, history, liveBuckets(liquidations, now), now),
      ...(atPublication && { atPublication }),
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
];

export function registerMessageHandlers(): void {
  const router = createRouter(ROUTES, {
    id: browser.runtime.id,
    origin: new URL(browser.runtime.getURL('/')).origin,
  });
  browser.runtime.onMessage.addListener((message, sender) => router(message, sender));
}
