import { describe, expect, it } from 'vitest';
import { openInterestChange } from '@/lib/market/derivatives';
import { thinHistory } from '@/lib/market/thin-history';
import { HOUR } from '@/lib/time';

const hourly = Array.from({ length: 721 }, (_, i) => ({
  asset: 'BTC' as const,
  venue: 'okx' as const,
  at: i * HOUR,
  openInterestUsd: 1e9 + i * 1e6,
}));

describe('thinHistory', () => {
  it('keeps the last day whole and one point a day before it', () => {
    const thin = thinHistory(hourly);
    expect(thin.length).toBeLessThan(60);
    expect(thin.filter((point) => point.at >= 720 * HOUR - 26 * HOUR)).toHaveLength(27);
  });

  it('loses none of the four windows', () => {
    expect(openInterestChange(thinHistory(hourly))).toEqual(openInterestChange(hourly));
  });
});
