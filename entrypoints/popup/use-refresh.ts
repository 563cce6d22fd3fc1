import { useState } from 'preact/hooks';
import { refreshNow } from '@/lib/messaging/extension-page-messages';
import { sendMessage } from '@/lib/messaging/message';
import { t } from '@/lib/words';

/** The popup's Refresh: asks the background to poll now, and says so when it cannot be reached. */
export function useRefresh() {
  const [refreshing, setRefreshing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const refresh = async () => {
    setRefreshing(true);
    setError(null);
    try {
      await sendMessage(refreshNow, undefined);
    } catch {
      setError(t('popup.backgroundWorkerUnreachable'));
    } finally {
      setRefreshing(false);
    }
  };
  return { refreshing, error, refresh };
}
