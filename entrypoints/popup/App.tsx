import { useState } from 'preact/hooks';
import { DerivativesPanel } from '@/components/DerivativesPanel';
import { LiquidationsPanel } from '@/components/LiquidationsPanel';
import { PriceList } from '@/components/PriceList';
import { SourceHealthList } from '@/components/SourceHealthList';
import { formatTime } from '@/lib/format/number';
import { sendMessage } from '@/lib/messaging/message';
import { refreshNow } from '@/lib/messaging/messages';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { liquidationsItem, pollStatusItem, settingsItem, snapshotItem, streamHealthItem } from '@/lib/storage/items';
import { useStored } from './use-stored';

export function App() {
  const snapshot = useStored(snapshotItem);
  const status = useStored(pollStatusItem);
  const liquidations = useStored(liquidationsItem);
  const streams = useStored(streamHealthItem);
  const settings = useStored(settingsItem);
  const [refreshing, setRefreshing] = useState(false);
  const [refreshError, setRefreshError] = useState<string | null>(null);

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

  return (
    <main class="popup">
      <header class="popup__header">
        <h1>Undertow</h1>
        <button type="button" onClick={refresh} disabled={refreshing} aria-label="Refresh market data now">
          {refreshing ? 'Refreshing…' : 'Refresh'}
        </button>
      </header>

      {snapshot.value ? (
        <PriceList quotes={snapshot.value.assets} />
      ) : (
        snapshot.loaded && (
          <p class="popup__empty" role="status">
            {status.value ? 'No market data yet: every source failed. See below.' : 'Fetching market data…'}
          </p>
        )
      )}

      {snapshot.value && <DerivativesPanel derivatives={snapshot.value.derivatives} />}

      <LiquidationsPanel
        buckets={liquidations.value}
        streams={streams.value}
        enabled={(settings.value ?? DEFAULT_SETTINGS).liquidationStreams}
        now={Date.now()}
      />

      {status.value && <SourceHealthList sources={status.value.sources} />}

      <footer class="popup__footer">
        {snapshot.value && <span data-testid="updated">Updated {formatTime(snapshot.value.takenAt)}</span>}
        {refreshError && <span role="alert">{refreshError}</span>}
      </footer>
    </main>
  );
}
