import { browser } from 'wxt/browser';
import type { z } from 'zod/mini';

/**
 * A message the extension sends to its background, with schemas for what goes in and what comes
 * back. Each message is its own export so a bundle carries only the schemas it uses.
 */
export interface MessageType<Req, Res, Type extends string = string> {
  type: Type;
  request: z.ZodMiniType<Req>;
  response: z.ZodMiniType<Res>;
}

export function defineMessage<Type extends string, Req, Res>(
  type: Type,
  request: z.ZodMiniType<Req>,
  response: z.ZodMiniType<Res>,
): MessageType<Req, Res, Type> {
  return { type, request, response };
}

/** The envelope on the wire. */
export interface Envelope {
  type: string;
  data: unknown;
}

/** Send to the background and validate its answer like any other input. */
export async function sendMessage<Req, Res>(message: MessageType<Req, Res>, data: Req): Promise<Res> {
  const envelope: Envelope = { type: message.type, data };
  return message.response.parse(await browser.runtime.sendMessage(envelope));
}

// biome-ignore lint/suspicious/noExplicitAny: matches any message; its types are read back out below.
type AnyMessage = MessageType<any, any>;
export type RequestOf<M extends AnyMessage> = M extends MessageType<infer Req, unknown> ? Req : never;
export type ResponseOf<M extends AnyMessage> = M extends MessageType<unknown, infer Res> ? Res : never;

/**
 * The content script's `sendMessage`, which carries no schema: it names the message by its type
 * and takes the answer as typed. That is safe because only our own extension can answer a
 * runtime message, and the background's router validates every answer against the message's
 * schema before it leaves (see `createRouter`). It keeps zod out of the script every news page
 * loads: about 6 kB gzipped of a 12 kB budget.
 */
export async function askBackground<M extends AnyMessage>(type: M['type'], data: RequestOf<M>): Promise<ResponseOf<M>> {
  const envelope: Envelope = { type, data };
  return (await browser.runtime.sendMessage(envelope)) as ResponseOf<M>;
}
