import { ASSETS } from '../assets';
import { formatMoney, formatPercent, formatTime, formatUsd } from '../format/number';
import { type Money, USD_MONEY } from '../format/quote-currency';
import type { MergedQuote } from '../market/prices';
import { everyVenueFailing, type MarketSnapshot, type PollStatus } from '../market/snapshot';
import { VENUES } from '../sources/venues';
import { BAND_STYLE } from '../stress/bands';
import { topReasons } from '../stress/reasons';
import type { StressResult } from '../stress/result';
import { t } from '../words';
import type { BadgeChoice } from './badge-choice';
import { badgeChange, badgePrice } from './badge-text';

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
  /** What the user chose the badge to show; the score when absent. */
  choice?: BadgeChoice;
  /** The currency a price is shown in. */
  money?: Money;
}

/**
 * A symbol's figure is coloured by where it went over 24 h: Okabe–Ito's bluish green up and
 * vermilion down, which stay apart under the common colour-vision deficiencies (a move's sign is
 * in its text too); slate when no venue that answered has a 24 h figure.
 */
export const MOVE_STYLE = {
  up: { color: '#009E73', text: '#000000' },
  down: { color: '#D55E00', text: '#000000' },
  flat: { color: '#475569', text: '#ffffff' },
} as const;

const NOTHING_STANDS_OUT = 'Nothing stands out against recent history';

const quoteOf = (snapshot: MarketSnapshot, symbol: string): MergedQuote | undefined =>
  snapshot.assets.find((quote) => quote.asset === symbol) ?? snapshot.extras?.find((quote) => quote.asset === symbol);

/** The chosen symbol's figure for the badge, or why it has none (then the score is shown). */
function figureOf(
  choice: BadgeChoice,
  snapshot: MarketSnapshot,
  money: Money,
): { text: string; style: (typeof MOVE_STYLE)[keyof typeof MOVE_STYLE]; line: string } | { missing: string } {
  const { symbol } = choice;
  const quote = quoteOf(snapshot, symbol);
  if (!quote) return { missing: `No price for ${symbol} yet: showing the stress score` };
  const change = quote.change24hPct;
  const moved = change === undefined ? '' : `, ${formatPercent(change)} in 24 h`;
  const line = `${symbol} ${formatMoney(quote.price, money)}${moved}`;
  const style = change === undefined ? MOVE_STYLE.flat : change < 0 ? MOVE_STYLE.down : MOVE_STYLE.up;
  if (choice.shows === 'price') return { text: badgePrice(quote.price * money.perUsd), style, line };
  if (change === undefined) {
    return { missing: `No 24 h move for ${symbol} from the venues that answered: showing the stress score` };
  }
  return { text: badgeChange(change), style, line };
}

/**
 * The toolbar badge: the stress score in its band's colour, or the price or 24 h move of the
 * symbol the user chose in the colour of its direction; grey, and a score marked, when the data is
 * stale or no venue answered the last poll. The title always says the score, the band, why, and when.
 */
export function badgeState({
  snapshot,
  status,
  stress,
  now,
  pollIntervalMs,
  choice,
  money = USD_MONEY,
}: BadgeInput): BadgeState {
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
  const figure = choice && choice.shows !== 'score' ? figureOf(choice, snapshot, money) : undefined;
  if (figure && 'text' in figure) {
    const score =
      stress && t('background.stressScore', { score: Math.round(stress.score), band: BAND_STYLE[stress.band].label });
    const reasons = stress ? topReasons(stress) : [];
    const why = stress && reasons.length === 0 ? [NOTHING_STANDS_OUT] : reasons;
    return {
      text: figure.text,
      ...(stale ? grey : { color: figure.style.color, textColor: figure.style.text }),
      title: [
        `Undertow — ${figure.line}`,
        score ?? 'Not enough data for a stress score yet',
        ...why,
        updated,
        ...failureLines,
      ].join('\n'),
    };
  }
  const missing = figure ? [figure.missing] : [];
  if (!stress) {
    const btc = snapshot.assets.find((quote) => quote.asset === 'BTC');
    const price = btc ? `${ASSETS.BTC.name} ${formatUsd(btc.price)}` : '';
    return {
      text: '…',
      ...grey,
      title: ['Undertow — not enough data for a score yet', price, ...missing, updated, ...failureLines]
        .filter(Boolean)
        .join('\n'),
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
      ...(reasons.length > 0 ? reasons : [NOTHING_STANDS_OUT]),
      ...missing,
      updated,
      ...failureLines,
    ].join('\n'),
  };
}
