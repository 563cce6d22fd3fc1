import { describe, expect, it } from 'vitest';
import { FX_STALE_MS, type FxRates, moneyFor, USD_MONEY } from '@/lib/quote-currency';

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
