import { formatFundingRate, formatMoneyCap, formatMoneyCompact, formatPercent } from '@/lib/format/number';
import type { Money } from '@/lib/format/quote-currency';
import type { Derivatives } from '@/lib/market/derivatives';
import type { MarketCap } from '@/lib/market/market-cap';
import { windowHeading } from '@/lib/market/window-words';
import { t, uiLocale } from '@/lib/words';

/** 1.92, or 1,92 in German: a ratio or an index to `digits` decimals. */
const decimal = (value: number, digits: number) =>
  value.toLocaleString(uiLocale(), { minimumFractionDigits: digits, maximumFractionDigits: digits });

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
      <section class="derivatives" aria-label={t('popup.derivatives')}>
        <h2>{t('popup.derivatives')}</h2>
        <p class="muted">{t('popup.noPerpetualsVenue')}</p>
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
      label: t('popup.allAssets'),
      openInterestUsd: derivatives.openInterestUsd,
      change: derivatives.openInterestChangePct,
      fundingRate8h: derivatives.fundingRate8h,
    },
  ];
  return (
    <section class="derivatives" aria-label={t('popup.derivatives')}>
      <h2>{t('popup.derivatives')}</h2>
      <table class="prices perps">
        <thead>
          <tr>
            <th scope="col">
              <span class="visually-hidden">{t('popup.asset')}</span>
            </th>
            <th scope="col" title={t('popup.openInterestTitle')}>
              {t('popup.openInterestShort')}
            </th>
            {WINDOWS.map((window) => (
              <th key={window} scope="col">
                {windowHeading(window)}
              </th>
            ))}
            <th scope="col" title={t('popup.fundingTitle')}>
              {t('popup.funding8h')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-perp={row.id}>
              <th
                scope="row"
                title={
                  row.capUsd === undefined
                    ? undefined
                    : t('popup.marketCapOf', { cap: formatMoneyCap(row.capUsd, money) })
                }
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
            <dt title={t('popup.marketCapTitle')}>{t('popup.marketCap')}</dt>
            <dd>{formatMoneyCap(marketCap.totalUsd, money)}</dd>
          </div>
        )}
        {btc?.basisPct !== undefined && (
          <div data-figure="basis">
            <dt title={t('popup.btcBasisTitle')}>{t('popup.btcBasis')}</dt>
            <dd>{formatPercent(btc.basisPct, undefined, 3)}</dd>
          </div>
        )}
        {derivatives.longShortRatio !== undefined && (
          <div data-figure="long-short">
            <dt title={t('popup.longShortTitle')}>{t('popup.longShort')}</dt>
            <dd>{decimal(derivatives.longShortRatio, 2)}</dd>
          </div>
        )}
        {derivatives.takerBuySellRatio !== undefined && (
          <div data-figure="taker">
            <dt title={t('popup.takerBuySellTitle')}>{t('popup.takerBuySell')}</dt>
            <dd>{decimal(derivatives.takerBuySellRatio, 2)}</dd>
          </div>
        )}
        {derivatives.dvol.BTC !== undefined && (
          <div data-figure="dvol">
            <dt title={t('popup.btcDvolTitle')}>{t('popup.btcDvol')}</dt>
            <dd>{decimal(derivatives.dvol.BTC, 1)}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
