import { ASSETS } from '../assets';
import { formatPercent, formatTime, formatUsd } from '../format/number';
import type { MarketSnapshot, PollStatus } from '../market/snapshot';
import { VENUES } from '../sources/venues';

export interface BadgeState {
  text: string;
  /** CSS colour for the badge background. */
  color: string;
  title: string;
}

export const STALE_COLOR = '#6b7280';

/**
 * Until the stress score lands (issue 4), the badge carries BTC's 24 h move: the single figure
 * crypto news leads with. Colours darken with the size of a fall.
 */
function colorForChange(change24hPct: number): string {
  if (change24hPct <= -5) return '#b42318';
  if (change24hPct <= -2) return '#c4320a';
  if (change24hPct < 0) return '#b54708';
  return '#067647';
}

/** A snapshot older than three poll intervals is stale: at least two polls in a row have failed. */
export function isStale(snapshot: MarketSnapshot, now: number, pollIntervalMs: number): boolean {
  return now - snapshot.takenAt > 3 * pollIntervalMs;
}

export function badgeState(
  snapshot: MarketSnapshot | null,
  status: PollStatus | null,
  now: number,
  pollIntervalMs: number,
): BadgeState {
  const failures = status?.sources.filter((source) => source.state !== 'ok') ?? [];
  const failureLine = failures.map((source) => `${VENUES[source.venue].label}: ${source.error}`).join('\n');

  const btc = snapshot?.assets.find((quote) => quote.asset === 'BTC');
  if (!snapshot || btc?.change24hPct === undefined) {
    return {
      text: status ? '!' : '…',
      color: STALE_COLOR,
      title: status ? `Undertow — no market data yet\n${failureLine}` : 'Undertow — fetching market data…',
    };
  }

  const change = btc.change24hPct;
  const stale = isStale(snapshot, now, pollIntervalMs);
  const headline = `${ASSETS.BTC.name} ${formatUsd(btc.price)} (${formatPercent(change)} in 24 h)`;
  const updated = `${stale ? 'Stale — last update' : 'Updated'} ${formatTime(snapshot.takenAt)}`;
  return {
    text: formatPercent(change, 'en-US', 1).replace('%', ''),
    color: stale ? STALE_COLOR : colorForChange(change),
    title: ['Undertow', headline, updated, failureLine].filter(Boolean).join('\n'),
  };
}
