import { t } from '../words';

/**
 * Why a source gave nothing usable this cycle. Each kind maps to what the user is told and to
 * how the scheduler reacts (a 429 backs off, a 451 means "blocked in this region", a schema
 * error means the venue changed its API, `api` is an error the venue reports inside a
 * successful HTTP answer, such as OKX's `code` other than "0").
 */
export type SourceErrorKind = 'network' | 'timeout' | 'http' | 'malformed' | 'schema' | 'api';

export class SourceError extends Error {
  override readonly name = 'SourceError';

  constructor(
    readonly kind: SourceErrorKind,
    message: string,
    readonly status?: number,
    /** From a `Retry-After` header: how long the venue asked us to wait, ms. */
    readonly retryAfterMs?: number,
    /** The JSON that came with an HTTP error, if any: Binance's `{ code, msg }` says what it refused. */
    readonly body?: unknown,
  ) {
    super(message);
  }
}

/** One line a user can read in the popup's source health. */
export function describeSourceError(error: unknown): string {
  if (error instanceof SourceError) return error.message;
  if (error instanceof Error) return t('market.unexpectedErrorSaying', { message: error.message });
  return t('market.unexpectedError');
}
