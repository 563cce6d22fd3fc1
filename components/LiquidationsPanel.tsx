import { formatMoneyCompact, formatTime } from '@/lib/format/number';
import type { Money } from '@/lib/format/quote-currency';
import { type LiquidationBuckets, liquidationTotals } from '@/lib/market/liquidation-buckets';
import type { StreamHealth } from '@/lib/market/snapshot';
import { FIGURE_WINDOWS } from '@/lib/market/windows';
import { VENUES } from '@/lib/sources/venues';

interface Props {
  buckets: LiquidationBuckets | null;
  streams: readonly StreamHealth[] | null;
  enabled: boolean;
  now: number;
  money: Money;
}

/** Positions closed by force, long against short, from the venues' live streams. */
export function LiquidationsPanel({ buckets, streams, enabled, now, money }: Props) {
  return (
    <section class="liquidations" aria-label="Liquidations">
      <h2>Liquidations</h2>
      {!enabled ? (
        <p class="muted">Liquidation streams are off.</p>
      ) : !buckets ? (
        <p class="muted">Connecting to the liquidation streams…</p>
      ) : (
        <table class="prices">
          <thead>
            <tr>
              <th scope="col">Window</th>
              <th scope="col">Longs</th>
              <th scope="col">Shorts</th>
            </tr>
          </thead>
          <tbody>
            {FIGURE_WINDOWS.map((window) => {
              const totals = liquidationTotals(buckets, window, now);
              return (
                <tr key={window} data-window={window}>
                  <th scope="row">
                    {window}
                    {totals.partialSince !== undefined && (
                      <span class="muted" title="Undertow has not been watching for the whole window">
                        {' '}
                        since {formatTime(totals.partialSince)}
                      </span>
                    )}
                  </th>
                  <td class="is-down">{formatMoneyCompact(totals.long, money)}</td>
                  <td class="is-up">{formatMoneyCompact(totals.short, money)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {enabled && streams && (
        <ul class="streams">
          {streams.map((stream) => (
            <li key={stream.venue} data-stream={stream.venue} class={`is-${stream.state}`}>
              {VENUES[stream.venue].label}: {stream.state === 'open' ? 'live' : 'reconnecting'}
              {stream.error && <span class="muted"> · {stream.error}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
