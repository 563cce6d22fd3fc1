import type { annotateThisPage } from './extension-page-messages';
import type { ResponseOf } from './message';
import type { settingsChanged } from './messages';
import type { SenderInfo } from './sender';

/** What the extension tells a tab's article script. Neither carries data: the script asks for what it needs. */
export type TabMessage = typeof annotateThisPage | typeof settingsChanged;

/**
 * The article script's handlers, one per message: an answer, or nothing for a message that is
 * only told. Typed from the messages' definitions, though the script never loads their schemas.
 */
export type TabHandlers = {
  [M in TabMessage as M['type']]: ResponseOf<M> extends undefined ? () => undefined : () => Promise<ResponseOf<M>>;
};

/**
 * The article script's one `runtime.onMessage` listener, checked as the background's router
 * checks its own, without zod (every news page loads this script): an object envelope, a type it
 * handles, no data, and a sender that is one of our extension's pages or its background. Anything
 * else is not ours and is left alone.
 */
export function createTabListener(handlers: TabHandlers, fromUs: (sender: SenderInfo) => boolean) {
  const byType = new Map<string, () => Promise<unknown> | undefined>(Object.entries(handlers));
  return (message: unknown, sender: SenderInfo, respond: (answer: unknown) => void): true | undefined => {
    if (typeof message !== 'object' || message === null) return undefined;
    const { type, data } = message as { type?: unknown; data?: unknown };
    const handle = typeof type === 'string' ? byType.get(type) : undefined;
    if (!handle || data !== undefined || !fromUs(sender)) return undefined;
    const answer = handle();
    if (!answer) return undefined;
    void answer.then(respond);
    // Answered through `sendResponse`: not every Chrome in use honours a returned promise here.
    return true;
  };
}
