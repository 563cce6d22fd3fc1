import { useMemo } from 'preact/hooks';
import type { AlertState } from '@/lib/alerts/alert-state';
import { type AlertOutcome, alertOutcomes, RECORD_SPAN, recordSeries } from '@/lib/alerts/track-record';
import { formatMoney, formatPercent } from '@/lib/format/number';
import type { Money } from '@/lib/format/quote-currency';
import type { MarketPoint } from '@/lib/history/market-point';
import type { SeriesPoint } from '@/lib/history/series';
import { DAY } from '@/lib/time';
import { t, uiLocale } from '@/lib/words';

const WIDTH = 292;
const HEIGHT = 96;

type Series = ReturnType<typeof recordSeries>;

interface Props {
  /** Five-minute and hourly history; null while they load. */
  fine: readonly MarketPoint[] | null;
  hourly: readonly MarketPoint[] | null;
  recent: AlertState['recent'];
  now: number;
  money: Money;
}

/**
 * A line scaled to the chart: `low`..`high` bottom to top, `start`..`now` left to right (the
 * history kept, up to 90 days: a fresh install's 30 days fill the chart too).
 */
function line(series: readonly SeriesPoint[], start: number, now: number, low: number, high: number): string {
  const range = high - low || 1;
  const span = now - start || 1;
  return series
    .map(({ t, value }) => {
      const x = ((t - start) / span) * WIDTH;
      const y = HEIGHT - ((value - low) / range) * HEIGHT;
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}

const prices = (series: Series) => series.btc.map((point) => point.value);

/**
 * What the chart shows, in words: BTC's path and the score's. History backfilled on install has
 * prices but no score, which is kept from then on, poll by poll.
 */
function describe(series: Series, now: number, money: Money): string {
  const btc = prices(series);
  const [first] = series.btc;
  if (!first || btc.length < 2) return t('popup.noHistoryKept');
  const usd = (value: number) => formatMoney(value, money);
  const days = Math.round((now - first.t) / DAY);
  const path = {
    from: usd(btc[0] ?? 0),
    to: usd(btc.at(-1) ?? 0),
    low: usd(Math.min(...btc)),
    high: usd(Math.max(...btc)),
  };
  const scores = series.score.map((point) => Math.round(point.value));
  if (scores.length < 2) return t('popup.recordPricesOnly', days, path);
  return t('popup.recordWithScore', days, {
    ...path,
    scoreFrom: scores[0] ?? 0,
    scoreTo: scores.at(-1) ?? 0,
    scoreHigh: Math.max(...scores),
  });
}

const when = (at: number) =>
  new Date(at).toLocaleString(uiLocale(), { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

/** "BTC -3.20% over the next day · score 71 → 58", or so far while the day is not over. */
function outcomeText({ asset, changePct, scoreBefore, scoreAfter, hours }: AlertOutcome): string {
  if (changePct === undefined) return t('popup.noPricesAroundThen');
  const change = formatPercent(changePct);
  const move =
    hours >= 24 ? t('popup.outcomeNextDay', { asset, change }) : t('popup.outcomeSoFar', { asset, change, hours });
  if (scoreBefore === undefined || scoreAfter === undefined) return move;
  return `${move} · ${t('popup.outcomeScore', { before: Math.round(scoreBefore), after: Math.round(scoreAfter) })}`;
}

/**
 * Undertow's track record: the score's last 90 days drawn beside BTC's price, so a reader sees
 * whether high stress came with falls, and each alert it fired with what the market did next.
 */
export function TrackRecord({ fine, hourly, recent, now, money }: Props) {
  const series = useMemo(() => (hourly ? recordSeries(hourly, now) : null), [hourly, now]);
  const outcomes = useMemo(
    () => (fine && hourly ? alertOutcomes(recent, fine, hourly, now) : []),
    [fine, hourly, recent, now],
  );
  const summary = series ? describe(series, now, money) : t('popup.loadingHistory');
  const start = Math.max(now - RECORD_SPAN, Math.min(series?.btc[0]?.t ?? now, series?.score[0]?.t ?? now));
  return (
    <section class="record" aria-label={t('popup.trackRecord')}>
      <h2>{t('popup.trackRecord')}</h2>
      <p class="record__legend" aria-hidden="true">
        <span class="record__score">━ {t('popup.legendScore')}</span> <span class="record__btc">━ BTC</span>
      </p>
      <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary}>
        {series && series.score.length > 1 && (
          <polyline points={line(series.score, start, now, 0, 100)} fill="none" class="record__score-line" />
        )}
        {series && series.btc.length > 1 && (
          <polyline
            points={line(series.btc, start, now, Math.min(...prices(series)), Math.max(...prices(series)))}
            fill="none"
            class="record__btc-line"
          />
        )}
      </svg>
      <p class="history__summary" data-testid="track-record-summary">
        {summary}
      </p>
      <h3>{t('popup.afterEachAlert')}</h3>
      {outcomes.length === 0 ? (
        <p class="muted">{t('popup.noAlertFired')}</p>
      ) : (
        <ul class="record__alerts">
          {outcomes.map((outcome) => (
            <li key={`${outcome.alert.at}-${outcome.alert.title}`} data-alert={outcome.alert.kind}>
              <strong>{outcome.alert.title}</strong> <span class="muted">· {when(outcome.alert.at)}</span>
              <br />
              {outcomeText(outcome)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
