import { ASSETS } from '../assets';
import { formatTime, formatUsd } from '../format/number';
import { everyVenueFailing, type MarketSnapshot, type PollStatus } from '../market/snapshot';
import { VENUES } from '../sources/venues';
import { BAND_STYLE } from '../stress/bands';
import { topReasons } from '../stress/reasons';
import type { StressResult } from '../stress/result';

export interface BadgeState {
  text: string;
  /** CSS colours for the badge background and its text. */
  color: string;
  textColor: string;
  title: string;
}

export const STALE_COLOR = '#6b7280';
/** Appended to the score when it is stale: the number stays, marked as not current. */
export const STALE_MARK = '?';

/** A snapshot older than three poll intervals is stale: at least two polls in a row have failed. */
export function isStale(snapshot: MarketSnapshot, now: number, pollIntervalMs: number): boolean {
  return now - snapshot.takenAt > 3 * pollIntervalMs;
}

export interface BadgeInput {
  snapshot: MarketSnapshot | null;
  status: PollStatus | null;
  stress: StressResult | null;
  now: number;
  pollIntervalMs: number;
}

/**
 * The toolbar badge: the stress score in its band's colour, grey and marked when the data is
 * stale or no venue answered the last poll; the title says the score, the band, why, and when.
 */
export function badgeState({ snapshot, status, stress, now, pollIntervalMs }: BadgeInput): BadgeState {
  const failures = status?.sources.filter((source) => source.state !== 'ok') ?? [];
  const failureLines = failures.map((source) => `${VENUES[source.venue].label}: ${source.error}`);
  const grey = { color: STALE_COLOR, textColor: '#ffffff' };

  if (!snapshot) {
    return {
      text: status ? '!' : '…',
      ...grey,
      title: status
        ? ['Undertow — no market data yet', ...failureLines].join('\n')
        : 'Undertow — fetching market data…',
    };
  }

  const stale = isStale(snapshot, now, pollIntervalMs) || everyVenueFailing(status);
  const updated = `${stale ? 'Stale — last update' : 'Updated'} ${formatTime(snapshot.takenAt)}`;
  if (!stress) {
    const btc = snapshot.assets.find((quote) => quote.asset === 'BTC');
    const price = btc ? `${ASSETS.BTC.name} ${formatUsd(btc.price)}` : '';
    return {
      text: '…',
      ...grey,
      title: ['Undertow — not enough data for a score yet', price, updated, ...failureLines].filter(Boolean).join('\n'),
    };
  }

  const score = Math.round(stress.score);
  const style = BAND_STYLE[stress.band];
  const reasons = topReasons(stress);
  return {
    text: stale ? `${score}${STALE_MARK}` : String(score),
    ...(stale ? grey : { color: style.color, textColor: style.text }),
    title: [
      `Undertow — market stress ${score}/100: ${style.label}`,
      ...(reasons.length > 0 ? reasons : ['Nothing stands out against recent history']),
      updated,
      ...failureLines,
    ].join('\n'),
  };
}
