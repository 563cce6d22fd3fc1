import type { z } from 'zod/mini';
import { type AssetId, MAJOR_ASSETS } from '../assets';
import { t, uiLocale } from '../words';
import { SourceError } from './source-error';

/**
 * Check a venue's answer against the schema of its documented response. On drift the message
 * names the venue, the endpoint and the first field that no longer fits, which is what the
 * popup's source health shows and what a developer needs to fix the adapter. A figure of the
 * right form but impossible (a price of 0, a size below it, a number too long for a double) is
 * said to be that, not drift.
 */
export function parseResponse<S extends z.ZodMiniType>(
  schema: S,
  json: unknown,
  host: string,
  what: string,
): z.output<S> {
  const parsed = schema.safeParse(json, { reportInput: true });
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  const where = issue?.path.join('.') || t('market.issueWholeResponse');
  const said = { host, what, detail: `${where}: ${issue ? describeIssue(issue) : t('market.issueNoAnswer')}` };
  throw new SourceError(
    'schema',
    issue && isImpossible(issue) ? t('market.impossibleFigure', said) : t('market.formatChanged', said),
  );
}

type Issue = z.core.$ZodIssue;

/** A number out of its range, or one no double can hold: the form fits, the figure cannot be. */
function isImpossible(issue: Issue): boolean {
  if (issue.code === 'too_small' || issue.code === 'too_big') return issue.origin === 'number';
  return issue.code === 'invalid_type' && typeof issue.input === 'number' && !Number.isFinite(issue.input);
}

/** A value as a user may read it in one line: short, and never the whole of an answer. */
function shown(value: unknown): string {
  if (typeof value !== 'string') return typeof value === 'object' && value !== null ? typeOf(value) : String(value);
  return JSON.stringify(value.length > 24 ? `${value.slice(0, 24)}…` : value);
}

const typeOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** An invalid type, said with what came instead: nothing, or its kind. */
const gotInstead = (input: unknown) => (input === undefined ? t('market.issueNothing') : typeOf(input));

/**
 * What was expected, and what came instead: zod/mini carries no messages of its own (every issue
 * says "Invalid input"), so they are made here from the issue's fields.
 */
export function describeIssue(issue: Issue): string {
  const got = (expected: string) =>
    issue.input === undefined ? expected : t('market.issueGot', { expected, got: shown(issue.input) });
  switch (issue.code) {
    case 'invalid_type':
      return isImpossible(issue)
        ? got(t('market.issueFiniteNumber'))
        : t('market.issueGot', {
            expected: t('market.issueExpected', { what: issue.expected }),
            got: gotInstead(issue.input),
          });
    case 'too_small':
      if (issue.origin !== 'number') return issue.message;
      return got(
        issue.inclusive
          ? t('market.issueAtLeast', { limit: String(issue.minimum) })
          : t('market.issueAbove', { limit: String(issue.minimum) }),
      );
    case 'too_big':
      if (issue.origin !== 'number') return issue.message;
      return got(
        issue.inclusive
          ? t('market.issueAtMost', { limit: String(issue.maximum) })
          : t('market.issueBelow', { limit: String(issue.maximum) }),
      );
    case 'invalid_value':
      return got(t('market.issueExpected', { what: oneOf(issue.values.map((value) => JSON.stringify(value))) }));
    case 'invalid_format':
    case 'custom':
      return got(issue.message);
    default:
      return issue.message;
  }
}

/** `"a" or "b"`, in the browser's language. */
const oneOf = (values: string[]) => new Intl.ListFormat(uiLocale(), { type: 'disjunction' }).format(values);

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
    throw new SourceError('malformed', t('market.streamNotJson', { host }));
  }
}
