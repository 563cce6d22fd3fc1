import { browser } from 'wxt/browser';
import { EMPTY_ALERT_STATE } from '@/lib/alerts/alert-state';
import { evaluateAlerts } from '@/lib/alerts/evaluate';
import { type LiquidationBuckets, liquidationTotals, liveBuckets } from '@/lib/market/liquidation-buckets';
import type { MarketSnapshot, PollStatus } from '@/lib/market/snapshot';
import type { Settings } from '@/lib/settings';
import { alertStateItem, levelAlertsItem } from '@/lib/storage/items';
import { itemWrite, writeItems } from '@/lib/storage/validated-item';
import type { StressResult } from '@/lib/stress/result';
import { levelsInTurn } from './level-alerts';

/** What the poll just stored, handed over rather than read back. */
export interface PollOutcome {
  snapshot: MarketSnapshot | null;
  stress: StressResult | null;
  status: PollStatus;
  settings: Settings;
  liquidations: LiquidationBuckets | null;
}

/** After each poll: decide what is worth telling the user, remember it, and tell them. */
export async function checkAlerts(outcome: PollOutcome): Promise<void> {
  const now = Date.now();
  // In turn with every other change to the levels, so a level added meanwhile is neither missed
  // nor written over.
  const notifications = await levelsInTurn(() => evaluateAndStore(outcome, now));
  for (const notification of notifications) {
    await browser.notifications.create(`${notification.kind}|${now}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: notification.title,
      message: notification.message,
    });
  }
}

async function evaluateAndStore({ snapshot, stress, status, settings, liquidations }: PollOutcome, now: number) {
  const [state, levels] = await Promise.all([alertStateItem.get(), levelAlertsItem.get()]);
  const watching = liveBuckets(liquidations, now);
  const outcome = evaluateAlerts(state ?? EMPTY_ALERT_STATE, levels ?? [], settings.alerts, {
    stress,
    prices: Object.fromEntries((snapshot?.assets ?? []).map((quote) => [quote.asset, quote.price])),
    liquidations1h: watching ? liquidationTotals(watching, '1h', now) : null,
    sources: status.sources,
    now,
    hour: new Date(now).getHours(),
  });
  const changed = outcome.levels.some((level, k) => level !== levels?.[k]);
  await writeItems([
    itemWrite(alertStateItem, outcome.state),
    ...(changed ? [itemWrite(levelAlertsItem, outcome.levels)] : []),
  ]);
  return outcome.notifications;
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
