import { ASSETS, type AssetId } from '@/lib/assets';
import { formatMoney, formatPercent } from '@/lib/format/number';
import type { SeriesPoint } from '@/lib/history/series';
import type { AssetQuote } from '@/lib/market/prices';
import type { Money } from '@/lib/quote-currency';
import { Sparkline } from './Sparkline';

interface Props {
  quotes: readonly AssetQuote[];
  /** The assets to list, in order. */
  watchlist: readonly AssetId[];
  /** Each asset's last 24 h; null while history loads. */
  sparklines: Partial<Record<AssetId, readonly SeriesPoint[]>> | null;
  money: Money;
}

export function PriceList({ quotes, watchlist, sparklines, money }: Props) {
  const listed = watchlist.flatMap((asset) => quotes.filter((quote) => quote.asset === asset));
  return (
    <table class="prices" aria-label="Prices">
      <thead>
        <tr>
          <th scope="col">Asset</th>
          <th scope="col">
            <span class="visually-hidden">Last 24 h</span>
          </th>
          <th scope="col">Price, {money.currency}</th>
          <th scope="col">24 h</th>
        </tr>
      </thead>
      <tbody>
        {listed.map((quote) => (
          <tr key={quote.asset} data-asset={quote.asset}>
            <th scope="row" title={ASSETS[quote.asset].name}>
              {quote.asset}
            </th>
            <td class="prices__spark">
              <Sparkline series={sparklines?.[quote.asset] ?? []} label={`${ASSETS[quote.asset].name}, last 24 h`} />
            </td>
            <td class="prices__price">{formatMoney(quote.price, money)}</td>
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
