import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPercent, formatUsd, formatUsdCap, formatUsdCompact } from '@/lib/format/number';
import { clockTime, percent, usd, usdCap, usdCompact, utcStamp } from '@/lib/format/plain-number';

const amounts = fc.oneof(
  fc.double({ min: -1e13, max: 1e13, noNaN: true }),
  fc.integer({ min: -2_000_000, max: 2_000_000 }),
  fc.constantFrom(0, 67490, 1985.4, 0.1712, 999_950, 237e6, 85.2e9, 9999.995, 1e12, -0.004),
  // German compact notation abbreviates no thousands: "1500 $", "12.345,7 $", "999.950 $".
  fc.constantFrom(1500, -3000, 9999.95, 12_345.67, 999_999.97, 950.55),
);

// The article chips speak English, or German where the browser does (lib/words.ts's `uiLocale`).
describe.each(['en-US', 'de'])('plain number formatting prints what Intl prints in %s', (locale) => {
  it('dollars', () => {
    fc.assert(
      fc.property(amounts, (value) => {
        expect(usd(value, locale)).toBe(formatUsd(value, locale));
      }),
      { numRuns: 3000 },
    );
  });

  it('compact dollars', () => {
    fc.assert(
      fc.property(amounts, (value) => {
        expect(usdCompact(value, locale)).toBe(formatUsdCompact(value, locale));
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
      fc.constantFrom(0, 2.3578e12, 999.96e9, 236.45e9, 1.005e12, 1234.5, 12_345, 999_960),
    );
    fc.assert(
      fc.property(caps, (value) => {
        expect(usdCap(value, locale)).toBe(formatUsdCap(value, locale));
      }),
      { numRuns: 3000 },
    );
  });

  it('percentages', () => {
    fc.assert(
      fc.property(fc.double({ min: -5000, max: 5000, noNaN: true }), fc.constantFrom(1, 2, 4), (value, digits) => {
        expect(percent(value, digits, locale)).toBe(formatPercent(value, locale, digits));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('utcStamp', () => {
  it('says the day and minute in UTC', () => {
    expect(utcStamp(Date.UTC(2026, 1, 12, 8, 30))).toBe('12 Feb 2026, 08:30 UTC');
  });

  it('says them in German as Intl does, every month', () => {
    const german = new Intl.DateTimeFormat('de', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'UTC',
    });
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }),
        (date) => {
          expect(utcStamp(date.getTime(), 'de')).toBe(`${german.format(date)} UTC`);
        },
      ),
      { numRuns: 500 },
    );
    expect(utcStamp(Date.UTC(2026, 2, 2, 8, 5), 'de')).toBe('2. März 2026, 08:05 UTC');
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

  it.each([
    [2.3578e12, '2,36\u00a0Bio.\u00a0$'],
    [236.4e9, '236\u00a0Mrd.\u00a0$'],
    [12_345, '12.300\u00a0$'],
  ])('%d reads %s in German', (value, text) => {
    expect(usdCap(value, 'de')).toBe(text);
  });
});

describe('clockTime', () => {
  it("reads a moment on the reader's own clock, hours and minutes", () => {
    const at = new Date(2026, 1, 12, 22, 58, 41).getTime();
    expect(clockTime(at)).toBe('22:58');
    expect(clockTime(new Date(2026, 1, 12, 7, 5).getTime())).toBe('07:05');
  });
});
