import { ASSETS } from '@/lib/assets';
import { formatPercent, formatUsd } from '@/lib/format/number';
import type { AssetQuote } from '@/lib/market/prices';

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
            <ChangeCell change24hPct={quote.change24hPct} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ChangeCell({ change24hPct }: { change24hPct: number | undefined }) {
  if (change24hPct === undefined) {
    return (
      <td class="prices__change" title="No venue that answered has a rolling 24 h figure">
        —
      </td>
    );
  }
  return <td class={`prices__change ${change24hPct < 0 ? 'is-down' : 'is-up'}`}>{formatPercent(change24hPct)}</td>;
}
