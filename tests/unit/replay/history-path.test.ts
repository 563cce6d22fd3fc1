import { describe, expect, it } from 'vitest';
import { HOUR } from '@/lib/time';
import { valueAt } from '../../../replay/history-path';
import { PERP_SHARE, venueShare } from '../../../replay/venues/market-share';

const changes = { '1h': -0.6, '24h': -4.4, '7d': -12.5, '30d': -34 };

describe('replay history path', () => {
  it('passes through every anchor the scenario states', () => {
    expect(valueAt(100, changes, 0)).toBe(100);
    expect(valueAt(100, changes, HOUR)).toBeCloseTo(100 / 0.994, 9);
    expect(valueAt(100, changes, 24 * HOUR)).toBeCloseTo(100 / 0.956, 9);
    expect(valueAt(100, changes, 7 * 24 * HOUR)).toBeCloseTo(100 / 0.875, 9);
    expect(valueAt(100, changes, 30 * 24 * HOUR)).toBeCloseTo(100 / 0.66, 9);
  });

  it('is monotonic between anchors of one sign and flat before 30 days', () => {
    const a = valueAt(100, changes, 2 * HOUR);
    const b = valueAt(100, changes, 12 * HOUR);
    expect(a).toBeGreaterThan(100 / 0.994);
    expect(b).toBeGreaterThan(a);
    expect(valueAt(100, changes, 60 * 24 * HOUR)).toBeCloseTo(100 / 0.66, 9);
  });

  it('skips windows a scenario leaves out', () => {
    expect(valueAt(100, { '24h': 10 }, 24 * HOUR)).toBeCloseTo(100 / 1.1, 9);
  });
});

describe('venue shares', () => {
  it('add up to the whole market for every asset', () => {
    const venues = Object.keys(PERP_SHARE) as Array<keyof typeof PERP_SHARE>;
    for (const asset of ['BTC', 'ETH', 'SOL', 'XRP', 'BNB']) {
      const total = venues.reduce((sum, venue) => sum + venueShare(venue, asset), 0);
      expect(total).toBeCloseTo(1, 9);
    }
  });
});
