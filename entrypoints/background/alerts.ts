import { browser } from 'wxt/browser';
import { EMPTY_ALERT_STATE } from '@/lib/alerts/alert-state';
import { evaluateAlerts } from '@/lib/alerts/evaluate';
import { type LiquidationBuckets, liquidationTotals, liveBuckets } from '@/lib/market/liquidation-buckets';
import type { MarketSnapshot, PollStatus } from '@/lib/market/snapshot';
import type { Settings } from '@/lib/settings/settings';
import { isWebAddress } from '@/lib/sites/page-access';
import { alertStateItem, levelAlertsItem } from '@/lib/storage/items';
import { type ItemWrite, itemWrite } from '@/lib/storage/validated-item';
import type { StressResult } from '@/lib/stress/result';
import { levelsInTurn } from './level-alerts';

/** What the poll is about to store, handed over rather than read back. */
export interface PollOutcome {
  snapshot: MarketSnapshot | null;
  stress: StressResult | null;
  status: PollStatus;
  settings: Settings;
  liquidations: LiquidationBuckets | null;
}

/**
 * What a poll changes in the alerting: its memory, the levels crossed, and the notifications to
 * show, in its outbox. Returned as writes, for the poll to store in the one call with the market
 * they came from; it must run in turn with every other change to the levels (`levelsInTurn`), so
 * a level added meanwhile is neither missed nor written over.
 */
export async function alertWrites(
  { snapshot, stress, status, settings, liquidations }: PollOutcome,
  now: number,
): Promise<ItemWrite[]> {
  const [state, levels] = await Promise.all([alertStateItem.get(), levelAlertsItem.get()]);
  const watching = liveBuckets(liquidations, now);
  const outcome = evaluateAlerts(state ?? EMPTY_ALERT_STATE, levels ?? [], settings.alerts, {
    stress,
    prices: Object.fromEntries((snapshot?.assets ?? []).map((quote) => [quote.asset, quote.price])),
    quotes: Object.fromEntries(
      [...(snapshot?.assets ?? []), ...(snapshot?.extras ?? [])].map(({ asset, price, change24hPct }) => [
        asset,
        { price, ...(change24hPct !== undefined && { change24hPct }) },
      ]),
    ),
    liquidations1h: watching ? liquidationTotals(watching, '1h', now) : null,
    sources: status.sources,
    now,
    hour: new Date(now).getHours(),
  });
  const changed = outcome.levels.some((level, k) => level !== levels?.[k]);
  return [itemWrite(alertStateItem, outcome.state), ...(changed ? [itemWrite(levelAlertsItem, outcome.levels)] : [])];
}

/**
 * Show the notifications in the outbox, then take them out of it. They were stored before they
 * were shown, so a worker killed in between shows them when it starts again rather than losing
 * them; a notification's id is fixed when it is decided, so one shown twice replaces itself.
 */
export async function deliverAlerts(): Promise<void> {
  const outbox = (await alertStateItem.get())?.outbox ?? [];
  if (outbox.length === 0) return;
  for (const { id, title, message } of outbox) {
    await browser.notifications.create(id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title,
      message,
    });
  }
  const shown = new Set(outbox.map(({ id }) => id));
  await levelsInTurn(async () => {
    const state = await alertStateItem.get();
    if (state) await alertStateItem.set({ ...state, outbox: state.outbox.filter(({ id }) => !shown.has(id)) });
  });
}

/**
 * A click opens what the alert is about: the article a level alert came from, or else the popup's
 * view in a tab (the score, its reasons and the prices). A level notification's id carries the
 * time its levels fired, which finds them. Only a web page is opened from a stored address.
 */
export function handleNotificationClicks(): void {
  browser.notifications.onClicked.addListener(async (id) => {
    void browser.notifications.clear(id);
    const [kind, at] = id.split('|');
    const levels = kind === 'level' ? ((await levelAlertsItem.get()) ?? []) : [];
    const article = levels.find((level) => level.firedAt === Number(at) && isWebAddress(level.sourceUrl))?.sourceUrl;
    await browser.tabs.create({ url: article ?? browser.runtime.getURL('/popup.html') });
  });
}
