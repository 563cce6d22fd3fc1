import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPercent, formatUsd, formatUsdCompact } from '@/lib/format/number';
import { percent, usd, usdCompact, utcStamp } from '@/lib/format/plain-number';

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
