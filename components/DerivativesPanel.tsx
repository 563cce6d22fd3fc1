import { formatFundingRate, formatMoneyCompact, formatPercent } from '@/lib/format/number';
import type { Money } from '@/lib/format/quote-currency';
import { type Derivatives, OI_WINDOWS } from '@/lib/market/derivatives';

const ratio = (value: number) => value.toFixed(2);

function Change({ value }: { value: number | undefined }) {
  if (value === undefined) return <span class="muted">—</span>;
  return <span class={value < 0 ? 'is-down' : 'is-up'}>{formatPercent(value, undefined, 1)}</span>;
}

/** Open interest, funding, basis and positioning: the leverage half of the market. */
export function DerivativesPanel({ derivatives, money }: { derivatives: Derivatives | undefined; money: Money }) {
  if (!derivatives) {
    return (
      <section class="derivatives" aria-label="Derivatives">
        <h2>Derivatives</h2>
        <p class="muted">No perpetual-futures venue answered.</p>
      </section>
    );
  }
  const btc = derivatives.assets.find((asset) => asset.asset === 'BTC');
  return (
    <section class="derivatives" aria-label="Derivatives">
      <h2>Derivatives</h2>
      <dl class="figures">
        <div data-figure="open-interest">
          <dt>Open interest</dt>
          <dd>
            {derivatives.openInterestUsd === undefined ? '—' : formatMoneyCompact(derivatives.openInterestUsd, money)}
          </dd>
        </div>
        {OI_WINDOWS.map((window) => (
          <div key={window} data-figure={`oi-${window}`}>
            <dt>OI {window}</dt>
            <dd>
              <Change value={derivatives.openInterestChangePct[window]} />
            </dd>
          </div>
        ))}
        {derivatives.fundingRate8h !== undefined && (
          <div data-figure="funding">
            <dt title="Open-interest-weighted, per 8 h">Funding / 8 h</dt>
            <dd>{formatFundingRate(derivatives.fundingRate8h)}</dd>
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
