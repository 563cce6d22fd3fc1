import { describe, expect, it } from 'vitest';
import { badgeState, STALE_COLOR } from '@/lib/badge/badge-state';
import type { MarketSnapshot, PollStatus } from '@/lib/market/snapshot';
import { BAND_STYLE } from '@/lib/stress/bands';
import type { StressResult } from '@/lib/stress/result';
import { MINUTE } from '@/lib/time';

const snapshot = (takenAt = 0): MarketSnapshot => ({
  takenAt,
  assets: [{ asset: 'BTC', price: 67490, change24hPct: -1.88, venues: ['binance-spot'] }],
});
const ok: PollStatus = { attemptedAt: 0, sources: [{ venue: 'binance-spot', state: 'ok' as const, at: 0 }] };
const down: PollStatus = {
  attemptedAt: 0,
  sources: [{ venue: 'binance-spot', state: 'failing' as const, at: 0, error: 'api.binance.com answered HTTP 503' }],
};
const stress: StressResult = {
  at: 0,
  score: 71.6,
  band: 'high',
  components: [
    {
      id: 'selloff',
      raw: 3.1,
      reading: 97,
      contribution: 23,
      sentence: 'the majors fell 3.1% on average to their lows in 24 h',
    },
    { id: 'liquidations', raw: 237e6, reading: 98, contribution: 24, sentence: '$237M longs liquidated in 24 h' },
    { id: 'drawdown', raw: 0.5, reading: 20, contribution: 2, sentence: 'BTC 0.5% below its 30-day high' },
    { id: 'impliedVol', contribution: 5, missing: "needs Deribit's DVOL" },
  ],
};
const input = { snapshot: snapshot(), status: ok, stress, now: 0, pollIntervalMs: MINUTE };

describe('badgeState', () => {
  it('says it is fetching before the first poll', () => {
    expect(badgeState({ ...input, snapshot: null, status: null, stress: null })).toMatchObject({
      text: '…',
      color: STALE_COLOR,
    });
  });

  it('marks a failed first poll and names the venue', () => {
    const state = badgeState({ ...input, snapshot: null, status: down, stress: null });
    expect(state.text).toBe('!');
    expect(state.title).toContain('Binance: api.binance.com answered HTTP 503');
  });

  it('shows the rounded score in its band colour, and says why in the title', () => {
    const state = badgeState(input);
    expect(state).toMatchObject({ text: '72', color: BAND_STYLE.high.color, textColor: BAND_STYLE.high.text });
    expect(state.title.split('\n')).toEqual([
      'Undertow — market stress 72/100: High',
      '$237M longs liquidated in 24 h',
      'The majors fell 3.1% on average to their lows in 24 h',
      expect.stringMatching(/^Updated \d\d:\d\d/),
    ]);
  });

  it('says nothing stands out on a calm market', () => {
    const calm: StressResult = { ...stress, score: 21, band: 'calm', components: [stress.components[2] as never] };
    expect(badgeState({ ...input, stress: calm }).title).toContain('Nothing stands out against recent history');
  });

  it('turns grey and marks the score after three missed intervals, keeping the figure', () => {
    const state = badgeState({ ...input, status: down, now: 3 * MINUTE + 1 });
    expect(state).toMatchObject({ text: '72?', color: STALE_COLOR });
    expect(state.title).toContain('Stale — last update');
    expect(state.title).toContain('answered HTTP 503');
  });

  it('turns grey at once when every venue failed the last poll', () => {
    expect(badgeState({ ...input, status: down })).toMatchObject({ text: '72?', color: STALE_COLOR });
  });

  it('is not stale within three intervals', () => {
    expect(badgeState({ ...input, now: 3 * MINUTE }).color).toBe(BAND_STYLE.high.color);
  });

  it('waits with a price in the title when there is no score yet', () => {
    const state = badgeState({ ...input, stress: null });
    expect(state).toMatchObject({ text: '…', color: STALE_COLOR });
    expect(state.title).toContain('Bitcoin $67,490');
  });
});
