import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DerivativesPanel } from '@/components/DerivativesPanel';
import { LiquidationsPanel } from '@/components/LiquidationsPanel';
import { PriceAlerts } from '@/components/PriceAlerts';
import { PriceList } from '@/components/PriceList';
import { ScoreGauge } from '@/components/ScoreGauge';
import { ScoreHistory } from '@/components/ScoreHistory';
import { SourceHealthList } from '@/components/SourceHealthList';
import { Tabs } from '@/components/Tabs';
import { TrackRecord } from '@/components/TrackRecord';
import { useStored } from '@/components/use-stored';
import { WhyList } from '@/components/WhyList';
import { MAJOR_ASSETS } from '@/lib/assets';
import { isStale } from '@/lib/badge/badge-state';
import { formatRelative } from '@/lib/format/relative-time';
import { seriesOf } from '@/lib/history/series';
import { minutesToMs } from '@/lib/market/poll-schedule';
import { everyVenueFailing } from '@/lib/market/snapshot';
import { refreshNow } from '@/lib/messaging/extension-page-messages';
import { sendMessage } from '@/lib/messaging/message';
import { popupNotices } from '@/lib/popup-notices';
import { moneyFor } from '@/lib/quote-currency';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import {
  alertStateItem,
  fxItem,
  historyItems,
  liquidationsItem,
  pollStatusItem,
  scheduleItem,
  settingsItem,
  snapshotItem,
  streamHealthItem,
  stressItem,
} from '@/lib/storage/items';
import { storageTroubleItem } from '@/lib/storage/storage-trouble';
import { topReasons } from '@/lib/stress/reasons';
import { DAY, MINUTE } from '@/lib/time';
import { PageActions } from './PageActions';
import { PAINTED_MARK } from './paint-mark';
import { useNow, useOnline } from './use-clock';

/**
 * The popup paints from storage the moment it opens, never waiting on the network: the score
 * and prices first (small items), history (sparklines, the chart) as it loads.
 */
export function App() {
  const snapshot = useStored(snapshotItem);
  const stress = useStored(stressItem);
  const status = useStored(pollStatusItem);
  const schedule = useStored(scheduleItem);
  const settingsValue = useStored(settingsItem).value;
  const fine = useStored(historyItems.fiveMinute);
  const hourly = useStored(historyItems.hourly);
  const liquidations = useStored(liquidationsItem);
  const streams = useStored(streamHealthItem);
  const fx = useStored(fxItem);
  const alertState = useStored(alertStateItem);
  const storage = useStored(storageTroubleItem).value;
  const now = useNow(MINUTE / 2);
  const online = useOnline();
  const [refreshing, setRefreshing] = useState(false);
  const [refreshError, setRefreshError] = useState<string | null>(null);
  const settings = settingsValue ?? DEFAULT_SETTINGS;
  const money = moneyFor(settings.quoteCurrency, fx.value, now);
  const watchlist = settings.watchlist.length > 0 ? settings.watchlist : MAJOR_ASSETS;
  const pollIntervalMs = minutesToMs(settings.pollIntervalMinutes);

  const sparklines = useMemo(() => {
    if (!fine.loaded) return null;
    const points = fine.value ?? [];
    return Object.fromEntries(MAJOR_ASSETS.map((asset) => [asset, seriesOf(points, (p) => p.close[asset], now - DAY)]));
  }, [fine, now]);

  useEffect(() => {
    document.title = stress.value ? `Undertow — stress ${Math.round(stress.value.score)}` : 'Undertow';
  }, [stress.value]);

  const painted = Boolean(stress.value && snapshot.value);
  useEffect(() => {
    if (painted && performance.getEntriesByName(PAINTED_MARK).length === 0) performance.mark(PAINTED_MARK);
  }, [painted]);

  const refresh = async () => {
    setRefreshing(true);
    setRefreshError(null);
    try {
      await sendMessage(refreshNow, undefined);
    } catch {
      setRefreshError('Could not reach the background worker. Try again in a moment.');
    } finally {
      setRefreshing(false);
    }
  };

  const notices = popupNotices({
    snapshot: snapshot.value,
    status: status.value,
    backfilling: schedule.value?.backfillFrom !== undefined,
    online,
    now,
    pollIntervalMs,
    money,
    storage,
  });
  const stale = snapshot.value
    ? isStale(snapshot.value, now, pollIntervalMs) || everyVenueFailing(status.value)
    : false;
  const failing = status.value?.sources.filter((source) => source.state !== 'ok').length ?? 0;
  const reason = stress.value ? topReasons(stress.value, 1)[0] : undefined;

  return (
    <main class="popup">
      <header class="popup__header">
        <h1>Undertow</h1>
        {snapshot.value && (
          <span class="popup__updated" data-testid="updated" title={new Date(snapshot.value.takenAt).toLocaleString()}>
            Updated {formatRelative(snapshot.value.takenAt, now)}
          </span>
        )}
        <span class="popup__actions">
          <button type="button" onClick={refresh} disabled={refreshing} aria-label="Refresh market data now">
            {refreshing ? 'Refreshing…' : 'Refresh'}
          </button>
          <button type="button" onClick={() => void browser.runtime.openOptionsPage()} aria-label="Options">
            ⚙
          </button>
        </span>
      </header>

      <PageActions settings={settings} />

      {notices.length > 0 && (
        <ul class="notices" aria-label="Notices" aria-live="polite">
          {notices.map((notice) => (
            <li key={notice.kind} data-notice={notice.kind}>
              {notice.text}
            </li>
          ))}
        </ul>
      )}
      {refreshError && (
        <p role="alert" class="popup__error">
          {refreshError}
        </p>
      )}

      {stress.value ? (
        <section class="score" aria-label="Market stress">
          <ScoreGauge stress={stress.value} stale={stale} />
          <p class="score__reason" data-testid="top-reason">
            {reason ?? 'Nothing stands out against recent history.'}
          </p>
        </section>
      ) : (
        stress.loaded &&
        snapshot.value && <p class="popup__empty">Not enough data for a score yet: it needs a day of prices.</p>
      )}

      {snapshot.value ? (
        <PriceList
          quotes={snapshot.value.assets}
          extras={snapshot.value.extras ?? []}
          extraFailures={snapshot.value.extraFailures ?? []}
          watchlist={watchlist}
          sparklines={sparklines}
          money={money}
        />
      ) : (
        snapshot.loaded && (
          <p class="popup__empty" role="status">
            {status.value ? 'No market data yet: every source failed. See Sources below.' : 'Fetching market data…'}
          </p>
        )
      )}

      <Tabs
        label="Details"
        tabs={[
          {
            id: 'why',
            label: 'Why',
            panel: () =>
              stress.value ? (
                <WhyList stress={stress.value} />
              ) : (
                <p class="muted">The reasons appear with the score.</p>
              ),
          },
          {
            id: 'derivatives',
            label: 'Derivatives',
            panel: () => (
              <>
                {snapshot.value && <DerivativesPanel derivatives={snapshot.value.derivatives} money={money} />}
                <LiquidationsPanel
                  buckets={liquidations.value}
                  streams={streams.value}
                  enabled={settings.liquidationStreams}
                  now={now}
                  money={money}
                />
              </>
            ),
          },
          {
            id: 'history',
            label: 'History',
            panel: () => (
              <>
                <ScoreHistory
                  fine={fine.loaded ? (fine.value ?? []) : null}
                  hourly={hourly.loaded ? (hourly.value ?? []) : null}
                  now={now}
                />
                <TrackRecord
                  fine={fine.loaded ? (fine.value ?? []) : null}
                  hourly={hourly.loaded ? (hourly.value ?? []) : null}
                  recent={alertState.value?.recent ?? []}
                  now={now}
                  money={money}
                />
              </>
            ),
          },
          {
            id: 'alerts',
            label: 'Alerts',
            panel: () => <PriceAlerts />,
          },
          {
            id: 'sources',
            label: failing > 0 ? `Sources (${failing} failing)` : 'Sources',
            panel: () =>
              status.value ? (
                <SourceHealthList sources={status.value.sources} now={now} />
              ) : (
                <p class="muted">Waiting for the first poll.</p>
              ),
          },
        ]}
      />
    </main>
  );
}
