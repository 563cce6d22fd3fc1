import { describe, expect, it } from 'vitest';
import { badgeState, STALE_COLOR } from '@/lib/badge/badge-state';
import type { MarketSnapshot, PollStatus } from '@/lib/market/snapshot';

const MINUTE = 60_000;
const snapshot = (change24hPct: number, takenAt = 0): MarketSnapshot => ({
  takenAt,
  assets: [{ asset: 'BTC', price: 67490, change24hPct, venues: ['binance-spot'] }],
});
const ok: PollStatus = { attemptedAt: 0, sources: [{ venue: 'binance-spot', state: 'ok' as const, at: 0 }] };
const down: PollStatus = {
  attemptedAt: 0,
  sources: [{ venue: 'binance-spot', state: 'failing' as const, at: 0, error: 'api.binance.com answered HTTP 503' }],
};

describe('badgeState', () => {
  it('says it is fetching before the first poll', () => {
    expect(badgeState(null, null, 0, MINUTE)).toMatchObject({ text: '…', color: STALE_COLOR });
  });

  it('marks a failed first poll and names the venue', () => {
    const state = badgeState(null, down, 0, MINUTE);
    expect(state.text).toBe('!');
    expect(state.title).toContain('Binance: api.binance.com answered HTTP 503');
  });

  it.each([
    [-1.88, '-1.9', '#b54708'],
    [-3.4, '-3.4', '#c4320a'],
    [-12.5, '-12.5', '#b42318'],
    [2.25, '+2.3', '#067647'],
  ])('shows a %s %% move as %s in %s', (change, text, color) => {
    expect(badgeState(snapshot(change), ok, 0, MINUTE)).toMatchObject({ text, color });
  });

  it('turns grey and says stale after three missed intervals, keeping the figure', () => {
    const state = badgeState(snapshot(-1.88, 0), down, 3 * MINUTE + 1, MINUTE);
    expect(state.text).toBe('-1.9');
    expect(state.color).toBe(STALE_COLOR);
    expect(state.title).toContain('Stale — last update');
    expect(state.title).toContain('answered HTTP 503');
  });

  it('is not stale within three intervals', () => {
    expect(badgeState(snapshot(-1.88, 0), ok, 3 * MINUTE, MINUTE).color).not.toBe(STALE_COLOR);
  });
});
