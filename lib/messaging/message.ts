import { browser } from 'wxt/browser';
import type { z } from 'zod/mini';

/**
 * A message the extension sends to its background, with schemas for what goes in and what comes
 * back. Each message is its own export so a bundle carries only the schemas it uses.
 */
export interface MessageType<Req, Res> {
  type: string;
  request: z.ZodMiniType<Req>;
  response: z.ZodMiniType<Res>;
}

export function defineMessage<Req, Res>(
  type: string,
  request: z.ZodMiniType<Req>,
  response: z.ZodMiniType<Res>,
): MessageType<Req, Res> {
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
