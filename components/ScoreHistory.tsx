import { useState } from 'preact/hooks';
import type { MarketPoint } from '@/lib/history/market-point';
import { type SeriesPoint, seriesOf } from '@/lib/history/series';
import { BAND_FLOOR, BAND_STYLE, BANDS } from '@/lib/stress/bands';
import { DAY } from '@/lib/time';
import { t } from '@/lib/words';

// A label that also reads in a sentence: "Score over the last 7 d", "Stress-Score der letzten 7 Tage".
const WINDOWS = [
  { id: '24h', label: t('popup.scoreWindow24h'), span: DAY, tier: 'fine' },
  { id: '7d', label: t('popup.scoreWindow7d'), span: 7 * DAY, tier: 'hourly' },
  { id: '30d', label: t('popup.scoreWindow30d'), span: 30 * DAY, tier: 'hourly' },
] as const;
type WindowId = (typeof WINDOWS)[number]['id'];

const WIDTH = 292;
const HEIGHT = 96;

interface Props {
  /** Five-minute points for the day, hourly ones beyond it; null while they load. */
  fine: readonly MarketPoint[] | null;
  hourly: readonly MarketPoint[] | null;
  now: number;
}

function describe(series: readonly SeriesPoint[], window: string): string {
  if (series.length === 0) return t('popup.noScoreHistory', { window });
  const values = series.map((point) => Math.round(point.value));
  return t('popup.scoreHistorySummary', {
    window,
    from: values[0] ?? 0,
    to: values.at(-1) ?? 0,
    high: Math.max(...values),
    low: Math.min(...values),
  });
}

/** The score over 24 h, 7 d or 30 d, against the bands' floors. */
export function ScoreHistory({ fine, hourly, now }: Props) {
  const [windowId, setWindowId] = useState<WindowId>('24h');
  const window = WINDOWS.find((w) => w.id === windowId) ?? WINDOWS[0];
  const points = window.tier === 'fine' ? fine : hourly;
  const series = points ? seriesOf(points, (point) => point.score, now - window.span) : [];
  const x = (t: number) => ((t - (now - window.span)) / window.span) * WIDTH;
  const y = (score: number) => HEIGHT - (score / 100) * HEIGHT;
  const summary = describe(series, window.label);
  return (
    <section class="history" aria-label={t('popup.scoreHistory')}>
      <fieldset class="history__windows">
        <legend class="visually-hidden">{t('popup.window')}</legend>
        {WINDOWS.map((w) => (
          <label key={w.id}>
            <input
              type="radio"
              name="score-window"
              value={w.id}
              checked={w.id === windowId}
              onChange={() => setWindowId(w.id)}
            />
            {w.label}
          </label>
        ))}
      </fieldset>
      <svg
        width={WIDTH}
        height={HEIGHT}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={summary}
        class="history__chart"
      >
        {BANDS.slice(1).map((band) => (
          <g key={band}>
            <line x1="0" x2={WIDTH} y1={y(BAND_FLOOR[band])} y2={y(BAND_FLOOR[band])} class="history__floor" />
            <text x={WIDTH - 2} y={y(BAND_FLOOR[band]) - 2} text-anchor="end" class="history__floor-label">
              {BAND_STYLE[band].label}
            </text>
          </g>
        ))}
        {series.length > 1 && (
          <polyline
            points={series.map((point) => `${x(point.t).toFixed(1)},${y(point.value).toFixed(1)}`).join(' ')}
            fill="none"
            stroke="var(--accent)"
            stroke-width="1.5"
          />
        )}
      </svg>
      <p class="history__summary" data-testid="score-history-summary">
        {points === null ? t('popup.loadingHistory') : summary}
      </p>
    </section>
  );
}
