import { formatTime } from '@/lib/format/number';
import { formatRelative } from '@/lib/format/relative-time';
import type { SourceHealth } from '@/lib/market/snapshot';
import { VENUES } from '@/lib/sources/venues';
import { t } from '@/lib/words';

function describe(source: SourceHealth): string {
  switch (source.state) {
    case 'ok':
      return source.error ? `${t('popup.sourceOk')} · ${source.error}` : t('popup.sourceOk');
    case 'waiting': {
      // With retryAt the venue asked us to wait; without, we hold back to stay within our budget.
      if (source.retryAt) return t('popup.sourceRateLimited', { time: formatTime(source.retryAt) });
      const why = source.error ?? t('popup.sourceWaiting');
      if (source.figuresFrom === undefined) return why;
      return `${why} · ${t('popup.sourceFiguresFrom', { time: formatTime(source.figuresFrom) })}`;
    }
    default:
      return source.error ?? t('popup.sourceFailing');
  }
}

/** Each polled venue: answered, failing and why, waiting out a rate limit, or blocked here. */
export function SourceHealthList({ sources, now }: { sources: readonly SourceHealth[]; now: number }) {
  return (
    <section class="health" aria-label={t('popup.sources')}>
      <ul>
        {sources.map((source) => (
          <li key={source.venue} data-venue={source.venue} class={`is-${source.state}`}>
            <span class="health__dot" aria-hidden="true" />
            <span class="health__name">{VENUES[source.venue].label}</span>
            <span class="health__state" title={t('popup.sourceChecked', { time: formatRelative(source.at, now) })}>
              {describe(source)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
