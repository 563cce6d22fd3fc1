import { browser } from 'wxt/browser';
import { EMPTY_ALERT_STATE } from '@/lib/alerts/alert-state';
import { evaluateAlerts } from '@/lib/alerts/evaluate';
import { type LiquidationBuckets, liquidationTotals, liveBuckets } from '@/lib/market/liquidation-buckets';
import type { MarketSnapshot, PollStatus } from '@/lib/market/snapshot';
import type { Settings } from '@/lib/settings';
import { alertStateItem, levelAlertsItem } from '@/lib/storage/items';
import { itemWrite, writeItems } from '@/lib/storage/validated-item';
import type { StressResult } from '@/lib/stress/result';

/** What the poll just stored, handed over rather than read back. */
export interface PollOutcome {
  snapshot: MarketSnapshot | null;
  stress: StressResult | null;
  status: PollStatus;
  settings: Settings;
  liquidations: LiquidationBuckets | null;
}

/** After each poll: decide what is worth telling the user, remember it, and tell them. */
export async function checkAlerts({ snapshot, stress, status, settings, liquidations }: PollOutcome): Promise<void> {
  const [state, levels] = await Promise.all([alertStateItem.get(), levelAlertsItem.get()]);
  const now = Date.now();
  const watching = liveBuckets(liquidations, now);
  const outcome = evaluateAlerts(state ?? EMPTY_ALERT_STATE, levels ?? [], settings.alerts, {
    stress,
    prices: Object.fromEntries((snapshot?.assets ?? []).map((quote) => [quote.asset, quote.price])),
    liquidations1h: watching ? liquidationTotals(watching, '1h', now) : null,
    sources: status.sources,
    now,
    hour: new Date(now).getHours(),
  });
  const writes = [itemWrite(alertStateItem, outcome.state)];
  // Levels that changed (crossed, or fired) are merged into a fresh read, so an alert added in
  // options meanwhile is not lost.
  const changed = new Map(outcome.levels.filter((level, k) => level !== levels?.[k]).map((level) => [level.id, level]));
  if (changed.size > 0) {
    const current = (await levelAlertsItem.get()) ?? [];
    writes.push(
      itemWrite(
        levelAlertsItem,
        current.map((level) => changed.get(level.id) ?? level),
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

/**
 * A click opens what the alert is about: the article a level alert came from, or else the popup's
 * view in a tab (the score, its reasons and the prices). A level notification's id carries the
 * time its levels fired, which finds them.
 */
export function handleNotificationClicks(): void {
  browser.notifications.onClicked.addListener(async (id) => {
    void browser.notifications.clear(id);
    const [kind, at] = id.split('|');
    const levels = kind === 'level' ? ((await levelAlertsItem.get()) ?? []) : [];
    const article = levels.find((level) => level.firedAt === Number(at) && level.sourceUrl)?.sourceUrl;
    await browser.tabs.create({ url: article ?? browser.runtime.getURL('/popup.html') });
  });
}
