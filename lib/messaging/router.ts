import { z } from 'zod/mini';
import type { MessageType } from './message';
import { isExtensionPage, isOwnExtension, type SenderInfo } from './sender';

/** Who may send a message: any part of our extension, or only our own pages (not content scripts). */
export type SenderPolicy = 'own-extension' | 'extension-page';

export interface Route<Req, Res> {
  message: MessageType<Req, Res>;
  allow: SenderPolicy;
  handle(data: Req, sender: SenderInfo): Promise<Res>;
}

/** Erases a route's types so routes of different messages fit in one list. */
// biome-ignore lint/suspicious/noExplicitAny: a heterogeneous list; each route is checked where it is built.
export type AnyRoute = Route<any, any>;

export function route<Req, Res>(
  message: MessageType<Req, Res>,
  allow: SenderPolicy,
  handle: (data: Req, sender: SenderInfo) => Promise<Res>,
): Route<Req, Res> {
  return { message, allow, handle };
}

// `data: undefined` does not survive structured cloning as a key, so it may be absent.
const Envelope = z.object({ type: z.string(), data: z.optional(z.unknown()) });

export class RejectedMessage extends Error {
  override readonly name = 'RejectedMessage';
}

/**
 * The background's one `runtime.onMessage` listener. A message must have our envelope, a known
 * type, a sender its route allows, and data its schema accepts; anything else is refused with a
 * reason and never reaches a handler. Returns undefined for messages that are not ours.
 */
export function createRouter(routes: readonly AnyRoute[], self: { id: string; origin: string }) {
  const byType = new Map(routes.map((entry) => [entry.message.type, entry]));
  return (raw: unknown, sender: SenderInfo): Promise<unknown> | undefined => {
    const envelope = Envelope.safeParse(raw);
    if (!envelope.success) return undefined;
    const entry = byType.get(envelope.data.type);
    if (!entry) return Promise.reject(new RejectedMessage(`Unknown message "${envelope.data.type}"`));
    const allowed =
      entry.allow === 'extension-page'
        ? isExtensionPage(sender, self.id, self.origin)
        : isOwnExtension(sender, self.id);
    if (!allowed) return Promise.reject(new RejectedMessage(`"${envelope.data.type}" is not allowed from this sender`));
    const data = entry.message.request.safeParse(envelope.data.data);
    if (!data.success) return Promise.reject(new RejectedMessage(`"${envelope.data.type}" carried invalid data`));
    // Answers are checked too: the content script takes them as typed, without a schema.
    return entry.handle(data.data, sender).then((answer) => entry.message.response.parse(answer));
  };
}
