import type { z } from 'zod/mini';
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
