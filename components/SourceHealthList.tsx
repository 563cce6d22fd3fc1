import type { SourceHealth } from '@/lib/market/snapshot';
import { VENUES } from '@/lib/sources/venues';

export function SourceHealthList({ sources }: { sources: readonly SourceHealth[] }) {
  return (
    <section class="health" aria-label="Sources">
      <h2>Sources</h2>
      <ul>
        {sources.map((source) => (
          <li key={source.venue} data-venue={source.venue} class={source.ok ? 'is-ok' : 'is-failing'}>
            <span class="health__dot" aria-hidden="true" />
            <span class="health__name">{VENUES[source.venue].label}</span>
            <span class="health__state">{source.ok ? 'OK' : source.error}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
