/** The parts of `runtime.MessageSender` the checks read; structural so unit tests need no browser. */
export interface SenderInfo {
  id?: string;
  url?: string;
  /** The tab a content script's message came from. */
  tab?: { id?: number };
}

/**
 * Only our own extension may talk to the background. We never declare `externally_connectable`,
 * but a check here costs nothing and survives a future manifest change.
 */
export function isOwnExtension(sender: SenderInfo, extensionId: string): boolean {
  return sender.id === extensionId;
}

/**
 * An extension page (popup, options), not a content script: a content script's `url` is the web
 * page it runs in, so it can never start with our origin.
 */
export function isExtensionPage(sender: SenderInfo, extensionId: string, extensionOrigin: string): boolean {
  return (
    isOwnExtension(sender, extensionId) && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin)
  );
}
