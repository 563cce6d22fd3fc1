import { describe, expect, it } from 'vitest';
import { type FetchLike, fetchJson } from '@/lib/sources/fetch-json';
import { SourceError } from '@/lib/sources/source-error';
import { DAY, MINUTE } from '@/lib/time';

const URL_ = 'https://api.binance.com/api/v3/ticker/24hr';

const answer =
  (body: string, status = 200): FetchLike =>
  async () =>
    new Response(body, { status });

async function failure(promise: Promise<unknown>): Promise<SourceError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SourceError);
  return error as SourceError;
}

describe('fetchJson', () => {
  it('returns parsed JSON', async () => {
    await expect(fetchJson(URL_, { fetch: answer('[1,"2"]') })).resolves.toEqual([1, '2']);
  });

  it('turns an HTTP error into a readable message with its status', async () => {
    const error = await failure(fetchJson(URL_, { fetch: answer('<html>', 503) }));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(503);
    expect(error.message).toBe('api.binance.com answered HTTP 503');
    expect(error.body).toBeUndefined();
  });

  it('keeps the JSON a venue sends with an HTTP error, which says what it refused', async () => {
    const error = await failure(fetchJson(URL_, { fetch: answer('{"code":-1121,"msg":"Invalid symbol."}', 400) }));
    expect(error).toMatchObject({ kind: 'http', status: 400, body: { code: -1121, msg: 'Invalid symbol.' } });
    expect(error.message).toBe('api.binance.com answered HTTP 400');
  });

  it('keeps the wait a venue asks for in Retry-After, in seconds or as a date', async () => {
    const limited =
      (retryAfter: string): FetchLike =>
      async () =>
        new Response('', { status: 429, headers: { 'retry-after': retryAfter } });
    expect((await failure(fetchJson(URL_, { fetch: limited('600') }))).retryAfterMs).toBe(10 * MINUTE);
    const inTwoMinutes = new Date(Date.now() + 2 * MINUTE + 500).toUTCString();
    const byDate = (await failure(fetchJson(URL_, { fetch: limited(inTwoMinutes) }))).retryAfterMs;
    expect(byDate).toBeGreaterThan(MINUTE);
    expect(byDate).toBeLessThanOrEqual(2 * MINUTE + 500);
  });

  it('caps a Retry-After no venue could mean at a day, so the wait stays a time that can be stored', async () => {
    for (const retryAfter of ['9'.repeat(400), 'Fri, 31 Dec 9999 23:59:59 GMT']) {
      const fetch: FetchLike = async () => new Response('', { status: 429, headers: { 'retry-after': retryAfter } });
      expect((await failure(fetchJson(URL_, { fetch }))).retryAfterMs).toBe(DAY);
    }
  });

  it('calls a cut-off body malformed', async () => {
    const error = await failure(fetchJson(URL_, { fetch: answer('[{"symbol":"BTC') }));
    expect(error.kind).toBe('malformed');
    expect(error.message).toBe('api.binance.com sent a response that is not valid JSON');
  });

  it('calls a refused connection a network error', async () => {
    const refused: FetchLike = async () => {
      throw new TypeError('Failed to fetch');
    };
    const error = await failure(fetchJson(URL_, { fetch: refused }));
    expect(error.kind).toBe('network');
    expect(error.message).toBe('api.binance.com is unreachable');
  });

  it('POSTs a JSON body when asked', async () => {
    let seen: RequestInit | undefined;
    const echo: FetchLike = async (_, init) => {
      seen = init;
      return new Response('{}');
    };
    await fetchJson('https://api.hyperliquid.xyz/info', { fetch: echo, post: { type: 'metaAndAssetCtxs' } });
    expect(seen?.method).toBe('POST');
    expect(seen?.body).toBe('{"type":"metaAndAssetCtxs"}');
    expect(new Headers(seen?.headers).get('content-type')).toBe('application/json');
  });

  it('gives up on a venue that hangs', async () => {
    const hang: FetchLike = (_, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      });
    const error = await failure(fetchJson(URL_, { fetch: hang, timeoutMs: 20 }));
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe('api.binance.com did not answer within 0.02 s');
  });
});
