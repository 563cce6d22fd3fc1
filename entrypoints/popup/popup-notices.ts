import { isStale } from '../../lib/badge/badge-state';
import { formatTime } from '../../lib/format/number';
import { currencyName, type Money } from '../../lib/format/quote-currency';
import { formatRelative } from '../../lib/format/relative-time';
import {
  everyVenueFailing,
  hasFigures,
  type MarketSnapshot,
  type PollStatus,
  type SourceHealth,
} from '../../lib/market/snapshot';
import { VENUES } from '../../lib/sources/venues';
import { t } from '../../lib/words';

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
    notices.push({ kind: 'storage', text: t('popup.storageFull') });
  } else if (storage?.trimmed) {
    notices.push({ kind: 'storage', text: t('popup.storageTrimmed', { time: formatTime(storage.at) }) });
  }
  // Two sentences: what went wrong, then how old the market shown is, when there is one.
  const withAsOf = (text: string) =>
    snapshot ? `${text} ${t('popup.showingMarketAsOf', { time: formatRelative(snapshot.takenAt, now) })}` : text;
  // A venue held back by our own budget still has its figures in: nothing is left out for it.
  const failing = status?.sources.filter((source) => !hasFigures(source)) ?? [];
  const everyVenue = everyVenueFailing(status);
  if (!online) notices.push({ kind: 'offline', text: withAsOf(t('popup.offline')) });
  else if (everyVenue) notices.push({ kind: 'all-failing', text: withAsOf(t('popup.noVenueAnswered')) });
  else if (snapshot && isStale(snapshot, now, pollIntervalMs)) {
    notices.push({ kind: 'stale', text: withAsOf(t('popup.lastPollsIncomplete')) });
  }
  if (backfilling) notices.push({ kind: 'backfilling', text: t('popup.buildingHistory') });
  if (online && !everyVenue && failing.length > 0) {
    const reasons = MISSING_STATES.flatMap((state) => {
      const names = failing.filter((source) => source.state === state).map((source) => VENUES[source.venue].label);
      return names.length > 0 ? [whyMissing(state, names)] : [];
    });
    notices.push({
      kind: 'venues-failing',
      text: t('popup.venuesLeftOut', failing.length, { reasons: reasons.join('; ') }),
    });
  }
  const currency = currencyNotice(money);
  if (currency) notices.push({ kind: 'currency', text: currency });
  return notices;
}

/** The kinds of missing venue, worst first. */
const MISSING_STATES = ['failing', 'blocked', 'waiting'] as const satisfies readonly SourceHealth['state'][];

/** "Deribit, Kraken are not answering": the venues missing for one reason. */
function whyMissing(state: (typeof MISSING_STATES)[number], venues: readonly string[]): string {
  const names = { names: venues.join(', ') };
  switch (state) {
    case 'failing':
      return t('popup.venuesNotAnswering', venues.length, names);
    case 'blocked':
      return t('popup.venuesBlockedInRegion', venues.length, names);
    case 'waiting':
      return t('popup.venuesRateLimited', venues.length, names);
  }
}

/** Why prices are not in the user's currency, or how old its rate is. */
function currencyNotice(money: Money): string | undefined {
  if (money.missing) {
    return t('popup.currencyRateMissing', { currency: currencyName(money.missing) });
  }
  if (money.staleSince !== undefined) {
    return t('popup.currencyRateStale', {
      currency: currencyName(money.currency),
      time: formatTime(money.staleSince),
    });
  }
  return undefined;
}
