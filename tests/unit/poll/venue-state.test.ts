import { describe, expect, it } from 'vitest';
import { afterFailure, afterSuccess, BLOCK_RECHECK_MS, FRESH_STATE, isDue } from '@/lib/poll/venue-state';
import { parseRetryAfter } from '@/lib/sources/fetch-json';
import { SourceError } from '@/lib/sources/source-error';
import { MINUTE } from '@/lib/time';

const http = (status: number, retryAfterMs?: number) =>
  new SourceError('http', `x answered HTTP ${status}`, status, retryAfterMs);
const noJitter = () => 0;

describe('venue state', () => {
  it('honours Retry-After on a 429 when it asks for longer than the backoff', () => {
    const state = afterFailure('binance-spot', FRESH_STATE, http(429, 5 * MINUTE), 0, noJitter);
    expect(state).toEqual({ failures: 1, notBefore: 5 * MINUTE, rateLimited: true });
    expect(isDue(state, 5 * MINUTE - 1)).toBe(false);
    expect(isDue(state, 5 * MINUTE)).toBe(true);
  });

  it('backs off exponentially on repeated rate limits, with jitter, up to an hour', () => {
    let state = FRESH_STATE;
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      state = afterFailure('binance-futures', state, http(418), 0, noJitter);
      waits.push(state.notBefore);
    }
    expect(waits.slice(0, 4)).toEqual([MINUTE, 2 * MINUTE, 4 * MINUTE, 8 * MINUTE]);
    expect(waits.at(-1)).toBe(60 * MINUTE);
    const jittered = afterFailure('binance-spot', FRESH_STATE, http(429), 0, () => 1);
    expect(jittered.notBefore).toBe(1.25 * MINUTE);
  });

  it('marks a geo-block as such and looks again hours later', () => {
    const binance = afterFailure('binance-spot', FRESH_STATE, http(451), 1000, noJitter);
    expect(binance).toEqual({
      failures: 1,
      notBefore: 1000 + BLOCK_RECHECK_MS,
      blockedSince: 1000,
      rateLimited: true,
    });
    const bybit = afterFailure('bybit', FRESH_STATE, http(403), 0, noJitter);
    expect(bybit.blockedSince).toBe(0);
    // Another venue's 403 is no geo-block.
    expect(afterFailure('okx', FRESH_STATE, http(403), 0, noJitter).blockedSince).toBeUndefined();
  });

  it('retries an ordinary failure on the next cycle, then backs off', () => {
    const once = afterFailure('okx', FRESH_STATE, new SourceError('timeout', 'slow'), 0, noJitter);
    expect(once.notBefore).toBe(0);
    const twice = afterFailure('okx', once, new SourceError('timeout', 'slow'), 0, noJitter);
    expect(twice.notBefore).toBe(2 * MINUTE);
  });

  it('lets a manual refresh retry a failing venue, but never cut a rate limit or a block short', () => {
    const failing = afterFailure(
      'okx',
      afterFailure('okx', FRESH_STATE, new SourceError('timeout', 'slow'), 0),
      new SourceError('timeout', 'slow'),
      0,
    );
    expect(isDue(failing, 1, false)).toBe(false);
    expect(isDue(failing, 1, true)).toBe(true);
    const limited = afterFailure('binance-spot', FRESH_STATE, http(429), 0, noJitter);
    expect(isDue(limited, 1, true)).toBe(false);
    const blocked = afterFailure('binance-spot', FRESH_STATE, http(451), 0, noJitter);
    expect(isDue(blocked, 1, true)).toBe(false);
  });

  it('forgets everything after a success', () => {
    expect(afterSuccess()).toEqual(FRESH_STATE);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', 0)).toBe(120_000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:00 GMT', Date.parse('Wed, 21 Oct 2026 07:27:00 GMT'))).toBe(60_000);
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
    expect(parseRetryAfter(null, 0)).toBeUndefined();
  });
});
