import { CURRENCY_NAMES, QUOTE_CURRENCIES, type QuoteCurrency } from '@/lib/format/quote-currency';

interface Props {
  value: QuoteCurrency;
  onChange: (currency: QuoteCurrency) => void;
}

/** The currency the popup shows prices in. */
export function CurrencyField({ value, onChange }: Props) {
  return (
    <>
      <label>
        Show prices in{' '}
        <select value={value} onChange={(event) => onChange(event.currentTarget.value as QuoteCurrency)}>
          {QUOTE_CURRENCIES.map((currency) => (
            <option key={currency} value={currency}>
              {CURRENCY_NAMES[currency]} ({currency})
            </option>
          ))}
        </select>
      </label>
      <p class="hint">
        Other currencies use the rate bitcoin trades at on Kraken. Alerts and the figures beside articles stay in US
        dollars, as the venues and the articles quote them.
      </p>
    </>
  );
}
