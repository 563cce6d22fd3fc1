import { ASSETS } from '@/lib/assets';
import { formatPercent, formatUsd } from '@/lib/format/number';
import type { AssetQuote } from '@/lib/market/snapshot';

export function PriceList({ quotes }: { quotes: readonly AssetQuote[] }) {
  return (
    <table class="prices" aria-label="Prices">
      <thead>
        <tr>
          <th scope="col">Asset</th>
          <th scope="col">Price</th>
          <th scope="col">24 h</th>
        </tr>
      </thead>
      <tbody>
        {quotes.map((quote) => (
          <tr key={quote.asset} data-asset={quote.asset}>
            <th scope="row" title={ASSETS[quote.asset].name}>
              {quote.asset}
            </th>
            <td class="prices__price">{formatUsd(quote.price)}</td>
            <td class={`prices__change ${quote.change24hPct < 0 ? 'is-down' : 'is-up'}`}>
              {formatPercent(quote.change24hPct)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
