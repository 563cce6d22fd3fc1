import { describe, expect, it } from 'vitest';
import { normalise, sourceSpan } from '@/lib/annotate/reader/normalise';

describe('normalise: the text as a browser displays it', () => {
  it('folds every run of white space, hard wraps and tabs included, into one space', () => {
    expect(normalise('Bitcoin\tfell\n\n  3.1%\u00a0over\u202fthe day').text).toBe('Bitcoin fell 3.1% over the day');
  });

  it('drops characters that display as nothing and trims the ends', () => {
    expect(normalise('  Bit\u00adcoin\u200b rose \ufeff').text).toBe('Bitcoin rose');
  });

  it('writes look-alikes as the plain character: a minus sign is a sign, curly quotes are straight', () => {
    expect(normalise('Solana \u22123.88% as the world\u2019s largest').text).toBe(
      "Solana -3.88% as the world's largest",
    );
  });

  it('keeps the en dash of a range', () => {
    expect(normalise('down 2\u20133%').text).toBe('down 2\u20133%');
  });

  it('maps each character back to where it stood in the original', () => {
    const raw = 'Bitcoin \n\t fell to  $68,240';
    const normal = normalise(raw);
    const start = normal.text.indexOf('$');
    const span = sourceSpan(normal, start, start + '$68,240'.length);
    expect(raw.slice(span.start, span.end)).toBe('$68,240');
  });

  it('is linear: a million spaces take one pass', () => {
    expect(normalise(`${' '.repeat(1_000_000)}x`).text).toBe('x');
  });
});
