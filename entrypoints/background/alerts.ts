import { browser } from 'wxt/browser';
import { EMPTY_ALERT_STATE } from '@/lib/alerts/alert-state';
import { evaluateAlerts } from '@/lib/alerts/evaluate';
import { liquidationTotals, liveBuckets } from '@/lib/market/liquidation-buckets';
import {
  alertStateItem,
  levelAlertsItem,
  liquidationsItem,
  pollStatusItem,
  readSettings,
  snapshotItem,
  stressItem,
} from '@/lib/storage/items';
import { itemWrite, writeItems } from '@/lib/storage/validated-item';

/** After each poll: decide what is worth telling the user, remember it, and tell them. */
export async function checkAlerts(): Promise<void> {
  const [state, levels, settings, snapshot, stress, status, liquidations] = await Promise.all([
    alertStateItem.get(),
    levelAlertsItem.get(),
    readSettings(),
    snapshotItem.get(),
    stressItem.get(),
    pollStatusItem.get(),
    liquidationsItem.get(),
  ]);
  const now = Date.now();
  const watching = settings.liquidationStreams ? liveBuckets(liquidations, now) : null;
  const watched = watching ? liquidationTotals(watching, '1h', now) : null;
  const outcome = evaluateAlerts(state ?? EMPTY_ALERT_STATE, levels ?? [], settings.alerts, {
    stress,
    prices: Object.fromEntries((snapshot?.assets ?? []).map((quote) => [quote.asset, quote.price])),
    liquidations1h: watched,
    sources: status?.sources ?? [],
    now,
    hour: new Date(now).getHours(),
  });
  const writes = [itemWrite(alertStateItem, outcome.state)];
  // Levels are written only when one fired, so an alert added in options meanwhile is not lost.
  if (outcome.levels.some((level, k) => level !== levels?.[k])) {
    const current = (await levelAlertsItem.get()) ?? [];
    const fired = new Map(
      outcome.levels.filter((level) => level.firedAt !== undefined).map((level) => [level.id, level]),
    );
    writes.push(
      itemWrite(
        levelAlertsItem,
        current.map((level) => fired.get(level.id) ?? level),
      ),
    );
  }
  await writeItems(writes);
  for (const notification of outcome.notifications) {
    await browser.notifications.create(`${notification.kind}|${now}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: notification.title,
      message: notification.message,
    });
  }
}

/** A click opens the popup's view in a tab: the score, its reasons and the prices. */
export function handleNotificationClicks(): void {
  browser.notifications.onClicked.addListener((id) => {
    void browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
    void browser.notifications.clear(id);
  });
}
