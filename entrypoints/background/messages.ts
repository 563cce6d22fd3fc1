import { browser } from 'wxt/browser';
import { onMessage } from '@/lib/messaging/protocol';
import { isExtensionPage, isOwnExtension } from '@/lib/messaging/sender';
import { snapshotItem } from '@/lib/storage/items';
import { poll } from './poll';

class ForbiddenSender extends Error {
  override readonly name = 'ForbiddenSender';
}

export function registerMessageHandlers(): void {
  const extensionId = browser.runtime.id;
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;

  onMessage('getSnapshot', ({ sender }) => {
    if (!isOwnExtension(sender, extensionId)) throw new ForbiddenSender('getSnapshot');
    return snapshotItem.get();
  });

  onMessage('refreshNow', ({ sender }) => {
    // Only our own pages may make us hit the exchanges; a content script must not.
    if (!isExtensionPage(sender, extensionId, extensionOrigin)) throw new ForbiddenSender('refreshNow');
    return poll();
  });
}
