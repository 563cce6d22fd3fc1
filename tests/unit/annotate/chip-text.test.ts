import { describe, expect, it } from 'vitest';
import { chipText, moveSince } from '@/lib/annotate/chip-text';
import type { Claim } from '@/lib/annotate/claims';

const claim: Claim = { kind: 'price', asset: 'BTC', value: 67490, unit: 'USD', start: 0, end: 7 };

describe('chip text', () => {
  it('gives the live price and the move since the article', () => {
    expect(chipText(claim, 70120, 'en-US')).toBe('now $70,120 · +3.90%');
    expect(chipText(claim, 67490, 'en-US')).toBe('now $67,490 · 0.00%');
  });

  it('measures the move from the article figure', () => {
    expect(moveSince(100, 90)).toBeCloseTo(-10);
  });
});
