import type { z } from 'zod/mini';
import { type AssetId, MAJOR_ASSETS } from '../assets';
import { SourceError } from './source-error';

/**
 * Check a venue's answer against the schema of its documented response. On drift the message
 * names the venue, the endpoint and the first field that no longer fits, which is what the
 * popup's source health shows and what a developer needs to fix the adapter.
 */
export function parseResponse<S extends z.ZodMiniType>(
  schema: S,
  json: unknown,
  host: string,
  what: string,
): z.output<S> {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.join('.') || 'response';
  throw new SourceError('schema', `${host} changed its ${what} format (${where}: ${issue?.message})`);
}

/**
 * Venue-wide lists (every linear contract, every OKX swap) are checked only for the entries we
 * follow, so one odd listing elsewhere cannot blank the majors.
 */
export function parseListed<S extends z.ZodMiniType>(
  list: ReadonlyArray<Record<string, unknown>>,
  idKey: string,
  ids: Record<AssetId, string>,
  schema: S,
  host: string,
  what: string,
): Array<{ asset: AssetId; entry: z.output<S> }> {
  const byId = new Map(list.map((entry) => [entry[idKey], entry]));
  return MAJOR_ASSETS.flatMap((asset) => {
    const entry = byId.get(ids[asset]);
    return entry === undefined ? [] : [{ asset, entry: parseResponse(schema, entry, host, `${ids[asset]} ${what}`) }];
  });
}

/** A WebSocket frame's JSON; a frame that is not JSON is a `malformed` error naming the stream. */
export function parseStreamJson(text: string, host: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new SourceError('malformed', `${host} sent a liquidation message that is not valid JSON`);
  }
}
