import { formatMoneyCompact, formatTime } from '@/lib/format/number';
import type { Money } from '@/lib/format/quote-currency';
import { type LiquidationBuckets, liquidationTotals } from '@/lib/market/liquidation-buckets';
import type { StreamHealth } from '@/lib/market/snapshot';
import { windowHeading } from '@/lib/market/window-words';
import { FIGURE_WINDOWS } from '@/lib/market/windows';
import { VENUES } from '@/lib/sources/venues';
import { t } from '@/lib/words';

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
    <section class="liquidations" aria-label={t('popup.liquidations')}>
      <h2>{t('popup.liquidations')}</h2>
      {!enabled ? (
        <p class="muted">{t('popup.liquidationStreamsOff')}</p>
      ) : !buckets ? (
        <p class="muted">{t('popup.liquidationStreamsConnecting')}</p>
      ) : (
        <table class="prices">
          <thead>
            <tr>
              <th scope="col">{t('popup.window')}</th>
              <th scope="col">{t('popup.longs')}</th>
              <th scope="col">{t('popup.shorts')}</th>
            </tr>
          </thead>
          <tbody>
            {FIGURE_WINDOWS.map((window) => {
              const totals = liquidationTotals(buckets, window, now);
              return (
                <tr key={window} data-window={window}>
                  <th scope="row">
                    {windowHeading(window)}
                    {totals.partialSince !== undefined && (
                      <span class="muted" title={t('popup.partialWindowTitle')}>
                        {' '}
                        {t('popup.sinceTime', { time: formatTime(totals.partialSince) })}
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
              {t(stream.state === 'open' ? 'popup.streamLive' : 'popup.streamReconnecting', {
                venue: VENUES[stream.venue].label,
              })}
              {stream.error && <span class="muted"> · {stream.error}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
