import { browser } from 'wxt/browser';
import { getPrices, refreshNow } from '@/lib/messaging/messages';
import { createRouter, route } from '@/lib/messaging/router';
import { snapshotItem } from '@/lib/storage/items';
import { poll } from './poll';

const ROUTES = [
  route(getPrices, 'own-extension', async () => {
    const snapshot = await snapshotItem.get();
    return (
      snapshot && { takenAt: snapshot.takenAt, assets: snapshot.assets.map(({ asset, price }) => ({ asset, price })) }
    );
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
