import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPercent, formatUsd, formatUsdCap, formatUsdCompact } from '@/lib/format/number';
import { clockTime, percent, usd, usdCap, usdCompact, utcStamp } from '@/lib/format/plain-number';

const amounts = fc.oneof(
  fc.double({ min: -1e13, max: 1e13, noNaN: true }),
  fc.integer({ min: -2_000_000, max: 2_000_000 }),
  fc.constantFrom(0, 67490, 1985.4, 0.1712, 999_950, 237e6, 85.2e9, 9999.995, 1e12, -0.004),
);

describe('plain number formatting prints what Intl prints in en-US', () => {
  it('dollars', () => {
    fc.assert(
      fc.property(amounts, (value) => {
        expect(usd(value)).toBe(formatUsd(value, 'en-US'));
      }),
      { numRuns: 3000 },
    );
  });

  it('compact dollars', () => {
    fc.assert(
      fc.property(amounts, (value) => {
        expect(usdCompact(value)).toBe(formatUsdCompact(value, 'en-US'));
      }),
      { numRuns: 3000 },
    );
  });

  it('market caps', () => {
    // From a dollar to a thousand trillion: below, Intl writes out every digit of a denormal;
    // above, it groups thousands of trillions, which no market cap comes near.
    const caps = fc.oneof(
      fc.double({ min: 1, max: 999e12, noNaN: true }),
      fc.double({ min: -999e12, max: -1, noNaN: true }),
      fc.constantFrom(0, 2.3578e12, 999.96e9, 236.45e9, 1.005e12, 1234.5),
    );
    fc.assert(
      fc.property(caps, (value) => {
        expect(usdCap(value)).toBe(formatUsdCap(value, 'en-US'));
      }),
      { numRuns: 3000 },
    );
  });

  it('percentages', () => {
    fc.assert(
      fc.property(fc.double({ min: -5000, max: 5000, noNaN: true }), fc.constantFrom(1, 2, 4), (value, digits) => {
        expect(percent(value, digits)).toBe(formatPercent(value, 'en-US', digits));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('utcStamp', () => {
  it('says the day and minute in UTC', () => {
    expect(utcStamp(Date.UTC(2026, 1, 12, 8, 30))).toBe('12 Feb 2026, 08:30 UTC');
  });
});

describe('usdCap', () => {
  it.each([
    [2.3578e12, '$2.36T'],
    [1.3377e12, '$1.34T'],
    [236.4e9, '$236B'],
    [23.64e9, '$23.6B'],
    [999.96e9, '$1T'],
    [-3.1e12, '-$3.1T'],
    [0, '$0'],
  ])('%d reads %s', (value, text) => {
    expect(usdCap(value)).toBe(text);
  });
});

describe('clockTime', () => {
  it("reads a moment on the reader's own clock, hours and minutes", () => {
    const at = new Date(2026, 1, 12, 22, 58, 41).getTime();
    expect(clockTime(at)).toBe('22:58');
    expect(clockTime(new Date(2026, 1, 12, 7, 5).getTime())).toBe('07:05');
  });
});
