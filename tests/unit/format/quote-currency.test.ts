import { describe, expect, it } from 'vitest';
import { formatMoney } from '@/lib/format/number';
import { FX_STALE_MS, type FxRates, moneyFor, USD_MONEY } from '@/lib/format/quote-currency';

const NOW = 1_770_885_000_000;
const fx: FxRates = { at: NOW - 60_000, perUsd: { EUR: 0.9224, JPY: 151.37 } };

describe('moneyFor', () => {
  it('shows USD as it is kept, with or without rates', () => {
    expect(moneyFor('USD', fx, NOW)).toEqual(USD_MONEY);
    expect(moneyFor('USD', null, NOW)).toEqual(USD_MONEY);
  });

  it('shows another currency at its latest rate', () => {
    expect(moneyFor('EUR', fx, NOW)).toEqual({ currency: 'EUR', perUsd: 0.9224 });
  });

  it('falls back to USD, and says which currency is missing, while there is no rate for it', () => {
    expect(moneyFor('EUR', null, NOW)).toEqual({ ...USD_MONEY, missing: 'EUR' });
    expect(moneyFor('GBP', fx, NOW)).toEqual({ ...USD_MONEY, missing: 'GBP' });
  });

  it('keeps an old rate but says when it was taken', () => {
    const old = { ...fx, at: NOW - FX_STALE_MS - 1 };
    expect(moneyFor('JPY', old, NOW)).toEqual({ currency: 'JPY', perUsd: 151.37, staleSince: old.at });
    expect(moneyFor('JPY', { ...fx, at: NOW - FX_STALE_MS }, NOW)).not.toHaveProperty('staleSince');
  });
});

describe('formatMoney', () => {
  const euro = { currency: 'EUR', perUsd: 0.5 } as const;

  it('prints a price in the chosen currency with the precision of its magnitude', () => {
    expect(formatMoney(67_490, USD_MONEY, 'en-US')).toBe('$67,490');
    expect(formatMoney(1.4183, USD_MONEY, 'en-US')).toBe('$1.4183');
    expect(formatMoney(84.21, euro, 'en-US')).toBe('€42.11');
  });

  it('keeps up to four significant digits below a cent, so a meme coin is not $0.0000', () => {
    expect(formatMoney(0.000003512, USD_MONEY, 'en-US')).toBe('$0.000003512');
    expect(formatMoney(0.00000351, USD_MONEY, 'en-US')).toBe('$0.00000351');
    expect(formatMoney(0.009824, euro, 'en-US')).toBe('€0.004912');
    expect(formatMoney(0.01, USD_MONEY, 'en-US')).toBe('$0.0100');
    expect(formatMoney(0, USD_MONEY, 'en-US')).toBe('$0.0000');
  });
});
