import { useEffect, useMemo } from 'preact/hooks';
import { PriceList } from '@/components/PriceList';
import { useStored } from '@/components/use-stored';
import { MAJOR_ASSETS } from '@/lib/assets';
import { isStale } from '@/lib/badge/badge-state';
import { moneyFor } from '@/lib/format/quote-currency';
import { seriesOf } from '@/lib/history/series';
import { everyVenueFailing } from '@/lib/market/snapshot';
import { minutesToMs } from '@/lib/poll/poll-schedule';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
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
import { DAY, MINUTE } from '@/lib/time';
import { t } from '@/lib/words';
import { DetailTabs } from './DetailTabs';
import { Notices } from './Notices';
import { PageActions } from './PageActions';
import { PopupHeader } from './PopupHeader';
import { PAINTED_MARK } from './paint-mark';
import { popupNotices } from './popup-notices';
import { ScoreSection } from './ScoreSection';
import { useNow, useOnline } from './use-clock';
import { useRefresh } from './use-refresh';

/**
 * The popup paints from storage the moment it opens, never waiting on the network: the score
 * and prices first (small items), history (sparklines, the chart) as it loads. Each item is read
 * once, here, and handed to the sections that show it.
 */
export function App() {
  const snapshot = useStored(snapshotItem);
  const stress = useStored(stressItem);
  const status = useStored(pollStatusItem);
  const schedule = useStored(scheduleItem);
  const settings = useStored(settingsItem).value ?? DEFAULT_SETTINGS;
  const fine = useStored(historyItems.fiveMinute);
  const hourly = useStored(historyItems.hourly);
  const liquidations = useStored(liquidationsItem);
  const streams = useStored(streamHealthItem);
  const fx = useStored(fxItem);
  const alertState = useStored(alertStateItem);
  const storage = useStored(storageTroubleItem).value;
  const now = useNow(MINUTE / 2);
  const online = useOnline();
  const { refreshing, error, refresh } = useRefresh();
  const money = moneyFor(settings.quoteCurrency, fx.value, now);
  const pollIntervalMs = minutesToMs(settings.pollIntervalMinutes);

  const sparklines = useMemo(() => {
    if (!fine.loaded) return null;
    const points = fine.value ?? [];
    return Object.fromEntries(MAJOR_ASSETS.map((asset) => [asset, seriesOf(points, (p) => p.close[asset], now - DAY)]));
  }, [fine, now]);

  useEffect(() => {
    document.title = stress.value
      ? t('popup.titleWithScore', { score: Math.round(stress.value.score) })
      : t('extension.name');
  }, [stress.value]);

  const painted = Boolean(stress.value && snapshot.value);
  useEffect(() => {
    if (painted && performance.getEntriesByName(PAINTED_MARK).length === 0) performance.mark(PAINTED_MARK);
  }, [painted]);

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

  return (
    <main class="popup">
      <PopupHeader takenAt={snapshot.value?.takenAt} now={now} refreshing={refreshing} onRefresh={refresh} />
      <PageActions settings={settings} />
      <Notices notices={notices} error={error} />
      <ScoreSection stress={stress.value} stale={stale} waiting={stress.loaded && snapshot.value !== null} />
      {snapshot.value ? (
        <PriceList
          quotes={snapshot.value.assets}
          extras={snapshot.value.extras ?? []}
          extraFailures={snapshot.value.extraFailures ?? []}
          watchlist={settings.watchlist.length > 0 ? settings.watchlist : MAJOR_ASSETS}
          sparklines={sparklines}
          money={money}
        />
      ) : (
        snapshot.loaded && (
          <p class="popup__empty" role="status">
            {status.value ? t('popup.noDataEverySourceFailed') : t('popup.fetchingMarketData')}
          </p>
        )
      )}
      <DetailTabs
        stress={stress.value}
        snapshot={snapshot.value}
        status={status.value}
        liquidations={liquidations.value}
        streams={streams.value}
        streamsOn={settings.liquidationStreams}
        fine={fine.loaded ? (fine.value ?? []) : null}
        hourly={hourly.loaded ? (hourly.value ?? []) : null}
        recentAlerts={alertState.value?.recent ?? []}
        now={now}
        money={money}
      />
    </main>
  );
}
