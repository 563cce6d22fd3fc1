import { describe, expect, it } from 'vitest';
import { badgeChange, badgePrice } from '@/lib/badge/badge-text';

describe('a figure in the badge’s four characters', () => {
  it.each([
    [67_490, '67k'],
    [9_999.6, '10k'],
    [123_456, '123k'],
    [999_600, '1.0M'],
    [10_215_963, '10M'],
    [1_985.4, '1985'],
    [142.3, '142'],
    [99.96, '100'],
    [84.21, '84.2'],
    [2.314, '2.31'],
    [0.0982, '.098'],
    [0.00000351, '4e-6'],
  ])('prices %d as %s', (value, text) => {
    expect(badgePrice(value, 'en-US')).toBe(text);
    expect(text.length).toBeLessThanOrEqual(4);
  });

  it('writes the decimal sign of the locale', () => {
    expect(badgePrice(84.21, 'de-DE')).toBe('84,2');
    expect(badgeChange(-1.88, 'de-DE')).toBe('-1,9');
  });

  it.each([
    [-1.88, '-1.9'],
    [2.3, '+2.3'],
    [0, '0.0'],
    [-12.4, '-12%'],
    [9.96, '+10%'],
  ])('moves %d as %s, always signed', (percent, text) => {
    expect(badgeChange(percent, 'en-US')).toBe(text);
  });
});
