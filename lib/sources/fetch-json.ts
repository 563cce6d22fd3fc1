import { t, uiLocale } from '../words';
import { SourceError } from './source-error';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface FetchJsonOptions {
  fetch?: FetchLike;
  /** A venue that hangs must not hold up the cycle; the next poll tries again. */
  timeoutMs?: number;
}

/** A JSON body to POST instead of a GET (Hyperliquid's `/info` takes its query this way). */
export interface JsonRequest {
  post?: unknown;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * The longest wait a venue's `Retry-After` can ask for and get: a day. A longer one (a 400-digit
 * number, a date in the year 9999) is read as this, so the schedule stays a finite, storable time.
 */
export const MAX_RETRY_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * GET a public JSON endpoint. Every failure becomes a SourceError with a kind the caller can act
 * on, so a venue's trouble never escapes as an unhandled rejection in the service worker.
 */
export async function fetchJson(url: string, options: FetchJsonOptions & JsonRequest = {}): Promise<unknown> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const host = new URL(url).host;

  const failed = (error: unknown, otherwise: string): SourceError =>
    isTimeout(error)
      ? new SourceError(
          'timeout',
          t('market.hostTimedOut', { host, seconds: (timeoutMs / 1000).toLocaleString(uiLocale()) }),
        )
      : new SourceError('network', otherwise);

  let response: Response;
  try {
    response = await doFetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
      credentials: 'omit',
      cache: 'no-store',
      ...(options.post === undefined
        ? {}
        : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(options.post) }),
    });
  } catch (error) {
    throw failed(error, t('market.hostUnreachable', { host }));
  }

  if (!response.ok) {
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), Date.now());
    const body = await errorBody(response);
    throw new SourceError(
      'http',
      t('market.hostAnsweredHttp', { host, status: response.status }),
      response.status,
      retryAfterMs,
      body,
    );
  }

  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw failed(error, t('market.hostDroppedConnection', { host }));
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new SourceError('malformed', t('market.hostNotJson', { host }));
  }
}

/** An error answer's JSON, or undefined when it has none (an HTML error page, a cut-off body). */
async function errorBody(response: Response): Promise<unknown> {
  try {
    return JSON.parse(await response.text()) as unknown;
  } catch {
    return undefined;
  }
}

function isTimeout(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'TimeoutError';
}

/** `Retry-After` is either seconds or an HTTP date (RFC 9110 §10.2.3); at most MAX_RETRY_AFTER_MS. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const wait = /^\d+$/.test(value.trim()) ? Number(value) * 1000 : Date.parse(value) - now;
  return Number.isNaN(wait) ? undefined : Math.min(MAX_RETRY_AFTER_MS, Math.max(0, wait));
}
