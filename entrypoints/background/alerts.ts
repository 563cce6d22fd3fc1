import { browser } from 'wxt/browser';
import { EMPTY_ALERT_STATE } from '@/lib/alerts/alert-state';
import { evaluateAlerts } from '@/lib/alerts/evaluate';
import { liquidationTotals } from '@/lib/market/liquidation-buckets';
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

/**
 * A notification's id carries where a click on it goes, so a worker that restarted in between
 * still knows: `kind|time|url`, the url empty for the popup.
 */
const notificationId = (kind: string, at: number, url = '') => `${kind}|${at}|${url}`;
const clickTarget = (id: string) => id.split('|').slice(2).join('|') || browser.runtime.getURL('/popup.html');

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
  const watched = settings.liquidationStreams && liquidations ? liquidationTotals(liquidations, '1h', now) : null;
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
    await browser.notifications.create(notificationId(notification.kind, now, notification.url), {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: notification.title,
      message: notification.message,
    });
  }
}

/** A click opens the article the alert came from, or the popup's view in a tab. */
export function handleNotificationClicks(): void {
  browser.notifications.onClicked.addListener((id) => {
    void browser.tabs.create({ url: clickTarget(id) });
    void browser.notifications.clear(id);
  });
}
