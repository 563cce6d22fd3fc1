import { Fragment } from 'preact';
import { ASSETS, isAssetId } from '@/lib/assets';
import { formatMoney, formatPercent } from '@/lib/format/number';
import type { Money } from '@/lib/format/quote-currency';
import type { SeriesPoint } from '@/lib/history/series';
import { type Disagreement, describeDisagreement } from '@/lib/market/disagreement';
import type { AssetQuote, ExtraFailure, ExtraQuote } from '@/lib/market/prices';
import { t } from '@/lib/words';
import { Sparkline } from './Sparkline';

interface Props {
  quotes: readonly AssetQuote[];
  /** The watchlist's symbols beyond the majors that a venue quoted, with their hourly closes. */
  extras: readonly ExtraQuote[];
  /** Why the other extras have no quote. */
  extraFailures: readonly ExtraFailure[];
  /** The symbols to list, in order. */
  watchlist: readonly string[];
  /** Each major's last 24 h; null while history loads. */
  sparklines: Partial<Record<string, readonly SeriesPoint[]>> | null;
  money: Money;
}

/** The hourly closes as a series the sparkline draws: evenly spaced, so their index serves as time. */
const hourly = (closes: readonly number[] = []): SeriesPoint[] => closes.map((value, t) => ({ t, value }));

/**
 * The watchlist in the user's order. A major nobody quoted is left out, as before; an extra
 * without a quote keeps its row and says why, so a symbol just added never seems to vanish. When
 * the venues' prices of a symbol are far apart, a line under its row says so and names the venue
 * apart, rather than the price hiding it.
 */
export function PriceList({ quotes, extras, extraFailures, watchlist, sparklines, money }: Props) {
  return (
    <table class="prices" aria-label={t('popup.prices')}>
      <thead>
        <tr>
          <th scope="col">{t('popup.asset')}</th>
          <th scope="col">
            <span class="visually-hidden">{t('popup.last24h')}</span>
          </th>
          <th scope="col">{t('popup.priceIn', { currency: money.currency })}</th>
          <th scope="col">{t('popup.change24h')}</th>
        </tr>
      </thead>
      <tbody>
        {watchlist.map((symbol) => {
          const major = quotes.find((quote) => quote.asset === symbol);
          const extra = extras.find((quote) => quote.asset === symbol);
          const quote = major ?? extra;
          if (!quote && isAssetId(symbol)) return null;
          const name = major ? ASSETS[major.asset].name : symbol;
          const failure = extraFailures.find((entry) => entry.asset === symbol)?.reason;
          return (
            <Fragment key={symbol}>
              <tr data-asset={symbol}>
                <th scope="row" title={name}>
                  {symbol}
                </th>
                <td class="prices__spark">
                  <Sparkline
                    series={major ? (sparklines?.[symbol] ?? []) : hourly(extra?.hourlyCloses)}
                    label={t('popup.sparklineLabel', { name })}
                  />
                </td>
                {quote ? (
                  <>
                    <td class="prices__price">{formatMoney(quote.price, money)}</td>
                    <ChangeCell change24hPct={quote.change24hPct} />
                  </>
                ) : (
                  <td class="prices__none" colSpan={2}>
                    {failure ? t('popup.noPriceBecause', { reason: failure }) : t('popup.noPriceYet')}
                  </td>
                )}
              </tr>
              {quote?.disagreement && (
                <DisagreementRow disagreement={quote.disagreement} symbol={symbol} money={money} />
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}

function ChangeCell({ change24hPct }: { change24hPct: number | undefined }) {
  if (change24hPct === undefined) {
    return (
      <td class="prices__change" title={t('popup.no24hFigure')}>
        —
      </td>
    );
  }
  return <td class={`prices__change ${change24hPct < 0 ? 'is-down' : 'is-up'}`}>{formatPercent(change24hPct)}</td>;
}

function DisagreementRow({
  disagreement,
  symbol,
  money,
}: {
  disagreement: Disagreement;
  symbol: string;
  money: Money;
}) {
  const text = describeDisagreement(
    disagreement,
    (usd) => formatMoney(usd, money),
    (value) => formatPercent(value).replace('+', ''),
  );
  return (
    <tr class="prices__apart" data-apart={symbol}>
      <td colSpan={4}>
        <span aria-hidden="true">⚠ </span>
        {text}
      </td>
    </tr>
  );
}
