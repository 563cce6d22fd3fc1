import { describe, expect, it } from 'vitest';
import { MAJOR_ASSETS } from '@/lib/assets';
import { checkAddition } from '@/lib/watchlist/addition';
import { extrasOf, readSymbol } from '@/lib/watchlist/symbol';

describe('readSymbol', () => {
  it('reads a symbol as the venues print it', () => {
    expect(readSymbol(' doge ')).toEqual({ symbol: 'DOGE' });
    expect(readSymbol('$pepe')).toEqual({ symbol: 'PEPE' });
    expect(readSymbol('1inch')).toEqual({ symbol: '1INCH' });
  });

  it.each(['DOGE/USDT', 'D', 'ABCDEFGHIJKLMNOP', 'DO GE', 'ÐOGE', '<b>'])('says %s is not a symbol', (input) => {
    expect(readSymbol(input)).toEqual({
      error: `“${input}” is not a symbol: use 2 to 15 letters or digits, such as DOGE or 1INCH.`,
    });
  });

  it('asks for a symbol when the field is empty', () => {
    expect(readSymbol('  ')).toEqual({ error: 'Type a symbol first, such as DOGE.' });
  });
});

describe('checkAddition', () => {
  it('looks up a symbol beyond the majors, and adds a major without asking', () => {
    expect(checkAddition('doge', ['BTC'])).toEqual({ symbol: 'DOGE', lookUp: true });
    expect(checkAddition('eth', ['BTC'])).toEqual({ symbol: 'ETH', lookUp: false });
  });

  it('refuses a symbol already listed, or a full list, and says why', () => {
    expect(checkAddition('btc', ['BTC'])).toEqual({ error: 'BTC is already in the watchlist.' });
    const full = [...MAJOR_ASSETS, ...Array.from({ length: 15 }, (_, k) => `X${k}X`)];
    expect(checkAddition('DOGE', full)).toEqual({
      error: 'The watchlist holds 20 symbols at most: remove one to add DOGE.',
    });
  });
});

describe('extrasOf', () => {
  it('keeps the symbols beyond the majors, in the user’s order', () => {
    expect(extrasOf(['PEPE', 'BTC', 'DOGE', 'ETH'])).toEqual(['PEPE', 'DOGE']);
  });
});
