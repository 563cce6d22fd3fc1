import { useMemo } from 'preact/hooks';
import type { AlertState } from '@/lib/alerts/alert-state';
import { type AlertOutcome, alertOutcomes, RECORD_SPAN, recordSeries } from '@/lib/alerts/track-record';
import { formatMoney, formatPercent } from '@/lib/format/number';
import type { Money } from '@/lib/format/quote-currency';
import type { MarketPoint } from '@/lib/history/market-point';
import type { SeriesPoint } from '@/lib/history/series';
import { DAY } from '@/lib/time';

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
  if (!first || btc.length < 2) return 'No history kept yet.';
  const usd = (value: number) => formatMoney(value, money);
  const days = Math.round((now - first.t) / DAY);
  const path = `Over the last ${days} days, BTC went from ${usd(btc[0] ?? 0)} to ${usd(btc.at(-1) ?? 0)} (low ${usd(Math.min(...btc))}, high ${usd(Math.max(...btc))})`;
  const scores = series.score.map((point) => Math.round(point.value));
  if (scores.length < 2) return `${path}; the score is kept from now on, as each poll makes it.`;
  return `${path}; the score from ${scores[0]} to ${scores.at(-1)}, highest ${Math.max(...scores)}.`;
}

const when = (at: number) =>
  new Date(at).toLocaleString(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

/** "BTC -3.20% over the next day · score 71 → 58", or so far while the day is not over. */
function outcomeText({ asset, changePct, scoreBefore, scoreAfter, hours }: AlertOutcome): string {
  if (changePct === undefined) return 'No prices kept from around then.';
  const span = hours >= 24 ? 'over the next day' : `so far (${hours} h)`;
  const score =
    scoreBefore !== undefined && scoreAfter !== undefined
      ? ` · score ${Math.round(scoreBefore)} → ${Math.round(scoreAfter)}`
      : '';
  return `${asset} ${formatPercent(changePct)} ${span}${score}`;
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
  const summary = series ? describe(series, now, money) : 'Loading history…';
  const start = Math.max(now - RECORD_SPAN, Math.min(series?.btc[0]?.t ?? now, series?.score[0]?.t ?? now));
  return (
    <section class="record" aria-label="Track record">
      <h2>Track record</h2>
      <p class="record__legend" aria-hidden="true">
        <span class="record__score">━ score</span> <span class="record__btc">━ BTC</span>
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
      <h3>After each alert</h3>
      {outcomes.length === 0 ? (
        <p class="muted">No alert has fired yet.</p>
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
