import { describe, expect, it } from 'vitest';
import { chooseShare, SPEARMAN_FLOOR } from '@/scripts/backtest/fit';

const point = (share: number, events: number, vol: number) => ({ share, events, vol });

describe("choosing the backdrop's share", () => {
  it('takes the best separation of stress events among the shares reaching the Spearman floor', () => {
    const curve = [point(0, 0.98, 0.2), point(0.3, 0.96, SPEARMAN_FLOOR), point(0.4, 0.95, 0.4), point(0.6, 0.9, 0.5)];
    expect(chooseShare(curve)).toBe(0.3);
  });

  it('breaks a tie in separation by the higher Spearman', () => {
    expect(chooseShare([point(0.2, 0.95, 0.36), point(0.3, 0.95, 0.4)])).toBe(0.3);
  });

  it('takes the most forward-looking share when none reaches the floor', () => {
    expect(chooseShare([point(0, 0.98, 0.1), point(0.5, 0.9, 0.3), point(1, 0.8, 0.25)])).toBe(0.5);
  });
});
