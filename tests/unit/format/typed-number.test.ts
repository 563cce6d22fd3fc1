import { describe, expect, it } from 'vitest';
import { readTypedNumber } from '../../../lib/format/typed-number';

describe('readTypedNumber', () => {
  it('reads what an English speaker types', () => {
    expect(
      ['80000', '80,000', '$80,000', ' 80 000 ', '80000.5', '.5', '-2'].map((typed) => readTypedNumber(typed, 'en-US')),
    ).toEqual([80_000, 80_000, 80_000, 80_000, 80_000.5, 0.5, -2]);
  });

  it('reads what a German speaker types: a point groups thousands, a comma marks the decimals', () => {
    expect(['80000', '80.000', '80.000,5', '2,5', '80 000 $'].map((typed) => readTypedNumber(typed, 'de'))).toEqual([
      80_000, 80_000, 80_000.5, 2.5, 80_000,
    ]);
  });

  it('is not a number for anything else', () => {
    for (const typed of ['', 'lots', '1e5', '80,000,5x', '1.2.3', '--1'])
      expect(readTypedNumber(typed, 'en-US')).toBeNaN();
    expect(readTypedNumber('1,2,3', 'de')).toBeNaN();
  });
});
