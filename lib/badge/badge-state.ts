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

const quoteOf = (snapshot: MarketSnapshot, symbol: string): MergedQuote | undefined =>
  snapshot.assets.find((quote) => quote.asset === symbol) ?? snapshot.extras?.find((quote) => quote.asset === symbol);

/** The chosen symbol's figure for the badge, or why it has none (then the score is shown). */
function figureOf(
  choice: BadgeChoice,
  snapshot: MarketSnapshot,
  money: Money,
): { text: string; style: (typeof MOVE_STYLE)[keyof typeof MOVE_STYLE]; heading: string } | { missing: string } {
  const { symbol } = choice;
  const quote = quoteOf(snapshot, symbol);
  if (!quote) return { missing: t('background.noPriceYet', { symbol }) };
  const change = quote.change24hPct;
  const price = formatMoney(quote.price, money);
  const heading =
    change === undefined
      ? t('background.titleFigure', { symbol, price })
      : t('background.titleFigureMove', { symbol, price, change: formatPercent(change) });
  const style = change === undefined ? MOVE_STYLE.flat : change < 0 ? MOVE_STYLE.down : MOVE_STYLE.up;
  if (choice.shows === 'price') return { text: badgePrice(quote.price * money.perUsd), style, heading };
  if (change === undefined) return { missing: t('background.noMoveYet', { symbol }) };
  return { text: badgeChange(change), style, heading };
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
      title: status ? [t('background.titleNoData'), ...failureLines].join('\n') : t('background.titleFetching'),
    };
  }

  const stale = isStale(snapshot, now, pollIntervalMs) || everyVenueFailing(status);
  const time = formatTime(snapshot.takenAt);
  const updated = stale ? t('background.staleSince', { time }) : t('background.updatedAt', { time });
  const figure = choice && choice.shows !== 'score' ? figureOf(choice, snapshot, money) : undefined;
  if (figure && 'text' in figure) {
    const score =
      stress && t('background.stressScore', { score: Math.round(stress.score), band: BAND_STYLE[stress.band].label });
    const reasons = stress ? topReasons(stress) : [];
    const why = stress && reasons.length === 0 ? [t('background.nothingStandsOut')] : reasons;
    return {
      text: figure.text,
      ...(stale ? grey : { color: figure.style.color, textColor: figure.style.text }),
      title: [figure.heading, score ?? t('background.noStressScore'), ...why, updated, ...failureLines].join('\n'),
    };
  }
  const missing = figure ? [figure.missing] : [];
  if (!stress) {
    const btc = snapshot.assets.find((quote) => quote.asset === 'BTC');
    const price = btc ? `${ASSETS.BTC.name} ${formatUsd(btc.price)}` : '';
    return {
      text: '…',
      ...grey,
      title: [t('background.titleNoScore'), price, ...missing, updated, ...failureLines].filter(Boolean).join('\n'),
    };
  }

  const score = Math.round(stress.score);
  const style = BAND_STYLE[stress.band];
  const reasons = topReasons(stress);
  return {
    text: stale ? `${score}${STALE_MARK}` : String(score),
    ...(stale ? grey : { color: style.color, textColor: style.text }),
    title: [
      t('background.titleStress', { score, band: style.label }),
      ...(reasons.length > 0 ? reasons : [t('background.nothingStandsOut')]),
      ...missing,
      updated,
      ...failureLines,
    ].join('\n'),
  };
}
