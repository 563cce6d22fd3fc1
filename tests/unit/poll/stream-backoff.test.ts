import { describe, expect, it } from 'vitest';
import { afterDrop, heldUntil, STABLE_MS } from '@/lib/poll/stream-backoff';
import { FRESH_STATE } from '@/lib/poll/venue-state';

const noJitter = () => 0;

describe('a stream’s backoff', () => {
  it('doubles from a second to a minute while the drops come before the stream ran stably', () => {
    let run = { retries: 0, openedAt: 0, delivered: true };
    const waits: number[] = [];
    for (let drop = 0; drop < 8; drop++) {
      const next = afterDrop(run, STABLE_MS - 1, noJitter);
      waits.push(next.waitMs);
      run = { ...run, retries: next.retries };
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000]);
  });

  it('starts afresh after a connection that stayed up and passed data', () => {
    expect(afterDrop({ retries: 6, openedAt: 0, delivered: true }, STABLE_MS, noJitter)).toEqual({
      waitMs: 1000,
      retries: 1,
    });
    expect(afterDrop({ retries: 6, openedAt: 0, delivered: false }, 10 * STABLE_MS, noJitter).retries).toBe(7);
    expect(afterDrop({ retries: 6, delivered: true }, 10 * STABLE_MS, noJitter).retries).toBe(7);
  });

  it('holds while the venue’s REST API has us rate-limited or refused, not through an outage’s backoff', () => {
    expect(heldUntil({ failures: 1, notBefore: 600, rateLimited: true }, 0)).toBe(600);
    expect(heldUntil({ failures: 1, notBefore: 600, rateLimited: false, blockedSince: 0 }, 0)).toBe(600);
    expect(heldUntil({ failures: 3, notBefore: 600, rateLimited: false }, 0)).toBeUndefined();
    expect(heldUntil({ failures: 1, notBefore: 600, rateLimited: true }, 600)).toBeUndefined();
    expect(heldUntil(FRESH_STATE, 0)).toBeUndefined();
    expect(heldUntil(undefined, 0)).toBeUndefined();
  });
});
