import type { SeriesPoint } from '@/lib/history/series';

interface Props {
  series: readonly SeriesPoint[];
  width?: number;
  height?: number;
  /** Says what the line shows, for screen readers. */
  label: string;
}

/** A line through the series, scaled to its own range: the shape of the day at a glance. */
export function Sparkline({ series, width = 64, height = 18, label }: Props) {
  if (series.length < 2) return <span class="sparkline sparkline--empty" aria-hidden="true" />;
  const first = series[0] as SeriesPoint;
  const last = series.at(-1) as SeriesPoint;
  const values = series.map((point) => point.value);
  const low = Math.min(...values);
  const span = Math.max(...values) - low || 1;
  const duration = last.t - first.t || 1;
  const points = series
    .map((point) => {
      const x = ((point.t - first.t) / duration) * width;
      const y = height - 1 - ((point.value - low) / span) * (height - 2);
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
  return (
    <svg
      class={`sparkline ${last.value < first.value ? 'is-down' : 'is-up'}`}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
    >
      <polyline points={points} fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" />
    </svg>
  );
}
