import { formatFundingRate, formatMoneyCap, formatMoneyCompact, formatPercent } from '@/lib/format/number';
import type { Money } from '@/lib/format/quote-currency';
import type { Derivatives } from '@/lib/market/derivatives';
import type { MarketCap } from '@/lib/market/market-cap';

const ratio = (value: number) => value.toFixed(2);

/** The open-interest windows the popup has room for; articles' 4 h and 12 h are on the chips. */
const WINDOWS = ['1h', '24h', '7d', '30d'] as const;

function Change({ value }: { value: number | undefined }) {
  if (value === undefined) return <td class="muted">—</td>;
  return <td class={value < 0 ? 'is-down' : 'is-up'}>{formatPercent(value, undefined, 1)}</td>;
}

interface Row {
  id: string;
  label: string;
  openInterestUsd?: number;
  change?: Partial<Record<(typeof WINDOWS)[number], number>>;
  fundingRate8h?: number;
  /** The asset's market cap, in the row's title. */
  capUsd?: number;
}

/** Open interest, funding, basis and positioning: the leverage half of the market. */
export function DerivativesPanel({
  derivatives,
  marketCap,
  money,
}: {
  derivatives: Derivatives | undefined;
  marketCap: MarketCap | undefined;
  money: Money;
}) {
  if (!derivatives) {
    return (
      <section class="derivatives" aria-label="Derivatives">
        <h2>Derivatives</h2>
        <p class="muted">No perpetual-futures venue answered.</p>
      </section>
    );
  }
  const btc = derivatives.assets.find((asset) => asset.asset === 'BTC');
  const rows: Row[] = [
    ...derivatives.assets.map((asset) => ({
      id: asset.asset,
      label: asset.asset,
      openInterestUsd: asset.openInterestUsd,
      change: asset.openInterestChangePct,
      fundingRate8h: asset.fundingRate8h,
      capUsd: marketCap?.assets[asset.asset],
    })),
    {
      id: 'market',
      label: 'All',
      openInterestUsd: derivatives.openInterestUsd,
      change: derivatives.openInterestChangePct,
      fundingRate8h: derivatives.fundingRate8h,
    },
  ];
  return (
    <section class="derivatives" aria-label="Derivatives">
      <h2>Derivatives</h2>
      <table class="prices perps">
        <thead>
          <tr>
            <th scope="col">
              <span class="visually-hidden">Asset</span>
            </th>
            <th scope="col" title="Open interest, summed across venues">
              OI
            </th>
            {WINDOWS.map((window) => (
              <th key={window} scope="col">
                {window}
              </th>
            ))}
            <th scope="col" title="Open-interest-weighted across venues">
              Funding/8h
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-perp={row.id}>
              <th
                scope="row"
                title={row.capUsd === undefined ? undefined : `Market cap ${formatMoneyCap(row.capUsd, money)}`}
              >
                {row.label}
              </th>
              <td data-figure="open-interest">
                {row.openInterestUsd === undefined ? '—' : formatMoneyCompact(row.openInterestUsd, money)}
              </td>
              {WINDOWS.map((window) => (
                <Change key={window} value={row.change?.[window]} />
              ))}
              <td data-figure="funding">
                {row.fundingRate8h === undefined ? '—' : formatFundingRate(row.fundingRate8h)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl class="figures">
        {marketCap?.totalUsd !== undefined && (
          <div data-figure="market-cap">
            <dt title="Every coin, as CoinGecko counts it">Market cap</dt>
            <dd>{formatMoneyCap(marketCap.totalUsd, money)}</dd>
          </div>
        )}
        {btc?.basisPct !== undefined && (
          <div data-figure="basis">
            <dt title="BTC perpetual mark against the spot index">BTC basis</dt>
            <dd>{formatPercent(btc.basisPct, undefined, 3)}</dd>
          </div>
        )}
        {derivatives.longShortRatio !== undefined && (
          <div data-figure="long-short">
            <dt title="BTC accounts long per account short (Binance)">Long/short</dt>
            <dd>{ratio(derivatives.longShortRatio)}</dd>
          </div>
        )}
        {derivatives.takerBuySellRatio !== undefined && (
          <div data-figure="taker">
            <dt title="BTC taker buy volume over sell volume (Binance)">Taker buy/sell</dt>
            <dd>{ratio(derivatives.takerBuySellRatio)}</dd>
          </div>
        )}
        {derivatives.dvol.BTC !== undefined && (
          <div data-figure="dvol">
            <dt title="Deribit implied-volatility index, annualised">BTC DVOL</dt>
            <dd>{derivatives.dvol.BTC.toFixed(1)}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
