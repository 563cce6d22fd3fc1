import { describe, expect, it } from 'vitest';
import { readTypedNumber } from '../../../lib/format/typed-number';

const price = (locale: string) => (typed: string) => readTypedNumber(typed, { grouped: true, locale });

describe('readTypedNumber', () => {
  it('reads a price as an English speaker types it', () => {
    expect(['80000', '80,000', '$80,000', ' 80 000 ', '80000.5', '.5', '-2'].map(price('en-US'))).toEqual([
      80_000, 80_000, 80_000, 80_000, 80_000.5, 0.5, -2,
    ]);
  });

  it('reads a price as a German speaker types it: a point groups thousands, a comma marks the decimals', () => {
    expect(['80000', '80.000', '80.000,5', '2,5', '80 000 $'].map(price('de'))).toEqual([
      80_000, 80_000, 80_000.5, 2.5, 80_000,
    ]);
  });

  it('reads a small decimal without grouping: a point always, the language’s own mark too', () => {
    expect(['2.5', '5'].map((typed) => readTypedNumber(typed, { locale: 'en-US' }))).toEqual([2.5, 5]);
    expect(['2,5', '2.5'].map((typed) => readTypedNumber(typed, { locale: 'de' }))).toEqual([2.5, 2.5]);
    // "2,5" in English is not twenty-five, nor "1,000" a thousand where no grouping is asked for.
    expect(readTypedNumber('2,5', { locale: 'en-US' })).toBeNaN();
    expect(readTypedNumber('1,000', { locale: 'en-US' })).toBeNaN();
  });

  it('is not a number for anything else', () => {
    for (const typed of ['', 'lots', '1e5', '80,000,5x', '1.2.3', '--1']) expect(price('en-US')(typed)).toBeNaN();
    expect(price('de')('1,2,3')).toBeNaN();
  });
});
