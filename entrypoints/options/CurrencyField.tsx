import { currencyName, QUOTE_CURRENCIES, type QuoteCurrency } from '@/lib/format/quote-currency';
import { t } from '@/lib/words';
import { InWords } from './InWords';

interface Props {
  value: QuoteCurrency;
  onChange: (currency: QuoteCurrency) => void;
}

/** The currency the popup shows prices in. */
export function CurrencyField({ value, onChange }: Props) {
  return (
    <>
      <label>
        <InWords words={(field) => t('options.showPricesIn', { field })}>
          <select value={value} onChange={(event) => onChange(event.currentTarget.value as QuoteCurrency)}>
            {QUOTE_CURRENCIES.map((currency) => (
              <option key={currency} value={currency}>
                {currencyName(currency)} ({currency})
              </option>
            ))}
          </select>
        </InWords>
      </label>
      <p class="hint">{t('options.currencyHint')}</p>
    </>
  );
}
