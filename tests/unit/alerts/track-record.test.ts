import { describe, expect, it } from 'vitest';
import { alertOutcomes, recordSeries } from '@/lib/alerts/track-record';
import type { MarketPoint } from '@/lib/history/market-point';
import { DAY, HOUR } from '@/lib/time';

const NOW = Date.UTC(2026, 1, 12, 12);

/** Hourly points back `days` days: BTC falling $100 an hour, the score rising one point a day. */
function hourly(days: number): MarketPoint[] {
  return Array.from({ length: days * 24 + 1 }, (_, index) => {
    const t = NOW - (days * 24 - index) * HOUR;
    return { t, close: { BTC: 80_000 - index * 100, ETH: 2000 }, score: 20 + index / 24 };
  });
}

const fired = (at: number, asset?: string) => ({
  at,
  kind: 'move' as const,
  title: 'BTC fell 5%',
  message: '',
  ...(asset && { asset }),
});

describe('the track record', () => {
  it('draws the last 90 days of the score and of BTC, a point every few hours at most', () => {
    const { score, btc } = recordSeries(hourly(120), NOW);
    expect(score.length).toBeLessThanOrEqual(361);
    expect(score[0]?.t).toBeGreaterThanOrEqual(NOW - 90 * DAY);
    expect(btc.at(-1)).toEqual({ t: NOW, value: 80_000 - 120 * 24 * 100 });
  });

  it('gives each alert its asset’s move and the score over the next day', () => {
    const [outcome] = alertOutcomes([fired(NOW - 3 * DAY, 'BTC')], [], hourly(10), NOW);
    // From 80,000 - 168 h × 100 to 24 h later.
    expect(outcome?.changePct).toBeCloseTo(((80_000 - 192 * 100) / (80_000 - 168 * 100)) * 100 - 100, 6);
    expect(outcome).toMatchObject({ asset: 'BTC', hours: 24, scoreBefore: 27, scoreAfter: 28 });
  });

  it('says how far the day has gone, and measures an extra or no symbol by BTC', () => {
    const [recentOne, extra] = alertOutcomes(
      [fired(NOW - 6 * HOUR), fired(NOW - 2 * DAY, 'DOGE')],
      [],
      hourly(10),
      NOW,
    );
    expect(recentOne).toMatchObject({ asset: 'BTC', hours: 6 });
    expect(recentOne?.changePct).toBeLessThan(0);
    expect(extra?.asset).toBe('BTC');
  });

  it('has no move for an alert from before history reaches', () => {
    const [outcome] = alertOutcomes([fired(NOW - 30 * DAY, 'ETH')], [], hourly(10), NOW);
    expect(outcome?.changePct).toBeUndefined();
  });
});
