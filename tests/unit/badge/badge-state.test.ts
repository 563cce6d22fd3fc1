import { describe, expect, it } from 'vitest';
import { badgeState, MOVE_STYLE, STALE_COLOR } from '@/lib/badge/badge-state';
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

  describe('showing a symbol the user chose', () => {
    const extras = [{ asset: 'DOGE', price: 0.0982, change24hPct: 3.4, venues: ['binance-spot' as const] }];
    const withDoge = { ...input, snapshot: { ...snapshot(), extras } };

    it('shows its price, coloured by its 24 h direction, the score first in the title after the figure', () => {
      const state = badgeState({ ...input, choice: { shows: 'price', symbol: 'BTC' } });
      expect(state).toMatchObject({ text: '67k', color: MOVE_STYLE.down.color, textColor: MOVE_STYLE.down.text });
      expect(state.title.split('\n').slice(0, 3)).toEqual([
        'Undertow — BTC $67,490, -1.88% in 24 h',
        'Market stress 72/100: High',
        '$237M longs liquidated in 24 h',
      ]);
    });

    it('shows its 24 h move, a watchlist extra’s too', () => {
      const state = badgeState({ ...withDoge, choice: { shows: 'change', symbol: 'DOGE' } });
      expect(state).toMatchObject({ text: '+3.4', color: MOVE_STYLE.up.color });
      expect(state.title).toContain('Undertow — DOGE $0.0982, +3.40% in 24 h\nMarket stress 72/100: High');
    });

    it('shows a price in the user’s currency', () => {
      const money = { currency: 'EUR' as const, perUsd: 0.9 };
      const state = badgeState({ ...input, choice: { shows: 'price', symbol: 'BTC' }, money });
      expect(state.text).toBe('61k');
      expect(state.title).toMatch(/^Undertow — BTC €60,741, -1\.88% in 24 h/);
    });

    it('is slate when no venue that answered has a 24 h figure, and grey when stale', () => {
      const flat = {
        ...input,
        snapshot: { ...snapshot(), assets: [{ asset: 'BTC' as const, price: 67_490, venues: [] }] },
      };
      expect(badgeState({ ...flat, choice: { shows: 'price', symbol: 'BTC' } }).color).toBe(MOVE_STYLE.flat.color);
      const stale = badgeState({ ...input, status: down, choice: { shows: 'price', symbol: 'BTC' } });
      expect(stale).toMatchObject({ text: '67k', color: STALE_COLOR });
      expect(stale.title).toContain('Stale — last update');
    });

    it('keeps the price before there is a score, and says so', () => {
      const state = badgeState({ ...input, stress: null, choice: { shows: 'price', symbol: 'BTC' } });
      expect(state.text).toBe('67k');
      expect(state.title.split('\n')[1]).toBe('Not enough data for a stress score yet');
    });

    it('shows the score, and why, when the symbol has no figure', () => {
      const noDoge = badgeState({ ...input, choice: { shows: 'price', symbol: 'DOGE' } });
      expect(noDoge.text).toBe('72');
      expect(noDoge.title).toContain('No price for DOGE yet: showing the stress score');
      const noMove = badgeState({
        ...withDoge,
        snapshot: { ...snapshot(), extras: [{ asset: 'DOGE', price: 0.0982, venues: [] }] },
        choice: { shows: 'change', symbol: 'DOGE' },
      });
      expect(noMove.text).toBe('72');
      expect(noMove.title).toContain('No 24 h move for DOGE from the venues that answered');
    });
  });
});
