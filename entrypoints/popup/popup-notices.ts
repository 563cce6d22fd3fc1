import { isStale } from '../../lib/badge/badge-state';
import { formatTime } from '../../lib/format/number';
import { CURRENCY_NAMES, type Money } from '../../lib/format/quote-currency';
import { formatRelative } from '../../lib/format/relative-time';
import {
  everyVenueFailing,
  hasFigures,
  type MarketSnapshot,
  type PollStatus,
  type SourceHealth,
} from '../../lib/market/snapshot';
import { VENUES } from '../../lib/sources/venues';

export interface Notice {
  kind: 'offline' | 'all-failing' | 'stale' | 'backfilling' | 'venues-failing' | 'currency' | 'storage';
  text: string;
}

export interface NoticeInput {
  snapshot: MarketSnapshot | null;
  status: PollStatus | null;
  /** A backfill is under way (the schedule's `backfillFrom` is set). */
  backfilling: boolean;
  online: boolean;
  now: number;
  pollIntervalMs: number;
  /** The currency figures are shown in, and why it is not the user's choice, if it is not. */
  money: Money;
  /** When storage last refused the poll's write, or took it once history was trimmed. */
  storage: { at: number; trimmed: boolean; refused: boolean } | null;
}

/**
 * What the popup should tell the user about the data before they read it: offline, every venue
 * failing, stale, history still filling in, some venues missing. Most serious first.
 */
export function popupNotices({
  snapshot,
  status,
  backfilling,
  online,
  now,
  pollIntervalMs,
  money,
  storage,
}: NoticeInput): Notice[] {
  const notices: Notice[] = [];
  if (storage?.refused) {
    notices.push({
      kind: 'storage',
      text: 'Storage is full: Undertow keeps polling and alerting, but this shows the market as last saved.',
    });
  } else if (storage?.trimmed) {
    notices.push({
      kind: 'storage',
      text: `Storage was full at ${formatTime(storage.at)}: the oldest history was dropped to make room.`,
    });
  }
  const asOf = snapshot ? `Showing the market as of ${formatRelative(snapshot.takenAt, now)}.` : '';
  // A venue held back by our own budget still has its figures in: nothing is left out for it.
  const failing = status?.sources.filter((source) => !hasFigures(source)) ?? [];
  const everyVenue = everyVenueFailing(status);
  if (!online) notices.push({ kind: 'offline', text: `You are offline. ${asOf}`.trim() });
  else if (everyVenue) notices.push({ kind: 'all-failing', text: `No venue answered the last poll. ${asOf}`.trim() });
  else if (snapshot && isStale(snapshot, now, pollIntervalMs)) {
    notices.push({ kind: 'stale', text: `The last polls did not complete. ${asOf}` });
  }
  if (backfilling) {
    notices.push({ kind: 'backfilling', text: 'Building 30 days of history: the score firms up as it arrives.' });
  }
  if (online && !everyVenue && failing.length > 0) {
    const parts = WHY_MISSING.flatMap(([state, why]) => {
      const names = failing.filter((source) => source.state === state).map((source) => VENUES[source.venue].label);
      return names.length > 0 ? [`${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} ${why}`] : [];
    });
    notices.push({
      kind: 'venues-failing',
      text: `${parts.join('; ')}: ${failing.length === 1 ? 'its' : 'their'} figures are left out.`,
    });
  }
  const currency = currencyNotice(money);
  if (currency) notices.push({ kind: 'currency', text: currency });
  return notices;
}

/** How each kind of missing venue is said, worst first. */
const WHY_MISSING: ReadonlyArray<readonly [SourceHealth['state'], string]> = [
  ['failing', 'not answering'],
  ['blocked', 'not available in your region'],
  ['waiting', 'waiting out a rate limit'],
];

/** Why prices are not in the user's currency, or how old its rate is. */
function currencyNotice(money: Money): string | undefined {
  if (money.missing) {
    return `Prices in US dollars: no ${CURRENCY_NAMES[money.missing]} rate yet (it comes from Kraken, which has not answered).`;
  }
  if (money.staleSince !== undefined) {
    return `${CURRENCY_NAMES[money.currency]} rate from ${formatTime(money.staleSince)}: Kraken has not answered since.`;
  }
  return undefined;
}
