import { z } from 'zod/mini';
import { ASSETS, isAssetId } from '../assets';
import { finite, positive } from '../finite';
import { formatMoney, formatPercent } from '../format/number';
import { USD_MONEY } from '../format/quote-currency';
import { HOUR, MINUTE } from '../time';
import { SymbolSchema } from '../watchlist/symbol';
import { t, uiLocale } from '../words';
import type { MoveAlert } from './alert-settings';

/**
 * "BTC moves more than 5 % in 1 h / 24 h". A 24 h move is the venues' own rolling figure; an hour's
 * is measured from the prices the alerting noted at earlier polls (its trail), the same way for a
 * major and for any other watchlist symbol, which history does not keep.
 */

/** Each symbol watched over an hour: its price at earlier polls, oldest first. */
export const TrailSchema = z.record(SymbolSchema, z.array(z.object({ t: finite, price: positive })));
export type Trail = z.infer<typeof TrailSchema>;

/**
 * Each move alert's memory, by `moveKey`: whether the move it fired for still holds (it fires again
 * only once the move has come back within its threshold), and when it last fired, for its cool-down.
 */
export const MoveMemorySchema = z.record(z.string(), z.object({ holding: z.boolean(), firedAt: z.optional(finite) }));
export type MoveMemory = z.infer<typeof MoveMemorySchema>;

/** A symbol's figures as the poll found them. */
export interface MoveQuote {
  price: number;
  change24hPct?: number;
}

/** Prices kept at most this often: at most 38 a symbol. */
const SPACING = 2 * MINUTE;
/**
 * How much older than an hour the price an hour's move is measured from may be: with a poll every
 * 15 minutes an hour's move still reads, over at most 75 minutes.
 */
const SLACK = 15 * MINUTE;

export const moveKey = (rule: MoveAlert): string => `${rule.symbol}|${rule.window}|${rule.percent}`;

/** The trail with this poll's prices of the symbols watched over an hour, and nothing older than needed. */
export function extendTrail(
  trail: Trail,
  rules: readonly MoveAlert[],
  quotes: Readonly<Record<string, MoveQuote>>,
  now: number,
): Trail {
  const next: Trail = {};
  for (const symbol of new Set(rules.filter((rule) => rule.window === '1h').map((rule) => rule.symbol))) {
    const kept = (trail[symbol] ?? []).filter((sample) => sample.t > now - HOUR - SLACK && sample.t < now);
    const price = quotes[symbol]?.price;
    const last = kept.at(-1);
    if (price !== undefined && (!last || now - last.t >= SPACING)) kept.push({ t: now, price });
    if (kept.length > 0) next[symbol] = kept;
  }
  return next;
}

/** The move the rule watches, percent; undefined while it cannot be told (no price, an hour not yet seen). */
export function moveOf(
  rule: MoveAlert,
  trail: Trail,
  quotes: Readonly<Record<string, MoveQuote>>,
  now: number,
): number | undefined {
  const quote = quotes[rule.symbol];
  if (!quote) return undefined;
  if (rule.window === '24h') return quote.change24hPct;
  const base = trail[rule.symbol]?.findLast((sample) => sample.t <= now - HOUR);
  if (!base || base.t < now - HOUR - SLACK) return undefined;
  return (quote.price / base.price - 1) * 100;
}

export interface MoveFired {
  rule: MoveAlert;
  move: number;
  price: number;
}

/**
 * The move alerts that fire at this poll, and their memory after it. A rule fires when its move
 * goes past the threshold, either way, and it may (`mayFire`: not in quiet hours, its own cool-down
 * over); then it holds until the move comes back within the threshold. A move that may not notify
 * yet fires as soon as it may, if it still holds.
 */
export function evaluateMoves(
  rules: readonly MoveAlert[],
  memory: MoveMemory,
  trail: Trail,
  quotes: Readonly<Record<string, MoveQuote>>,
  now: number,
  mayFire: (lastFiredAt: number | undefined) => boolean,
): { memory: MoveMemory; fired: MoveFired[] } {
  const next: MoveMemory = {};
  const fired: MoveFired[] = [];
  for (const rule of rules) {
    const key = moveKey(rule);
    const held = memory[key] ?? { holding: false };
    const move = moveOf(rule, trail, quotes, now);
    const price = quotes[rule.symbol]?.price;
    if (move === undefined || price === undefined) {
      next[key] = held;
      continue;
    }
    if (Math.abs(move) <= rule.percent) next[key] = { ...held, holding: false };
    else if (!held.holding && mayFire(held.firedAt)) {
      next[key] = { holding: true, firedAt: now };
      fired.push({ rule, move, price });
    } else next[key] = held;
  }
  return { memory: next, fired };
}

const name = (symbol: string) => (isAssetId(symbol) ? ASSETS[symbol].name : symbol);
/** The threshold with every digit the user typed, in the browser's language: 2.5 reads "2,5" in German. */
const threshold = (rule: MoveAlert) => rule.percent.toLocaleString(uiLocale(), { maximumFractionDigits: 20 });

/** "BTC fell 5.2% in 1 h" */
export function moveTitle({ rule, move }: MoveFired): string {
  const words = { symbol: rule.symbol, percent: formatPercent(Math.abs(move), undefined, 1).replace('+', '') };
  if (rule.window === '1h') return move < 0 ? t('background.moveFell1h', words) : t('background.moveRose1h', words);
  return move < 0 ? t('background.moveFell24h', words) : t('background.moveRose24h', words);
}

/** "Bitcoin is at $63,990; your alert: more than 5% either way in 1 h" */
export function moveMessage({ rule, price }: MoveFired): string {
  const words = { name: name(rule.symbol), price: formatMoney(price, USD_MONEY), percent: threshold(rule) };
  return rule.window === '1h' ? t('background.moveAt1h', words) : t('background.moveAt24h', words);
}

/** A move alert as the options page lists it: "BTC moves more than 5% in 1 h". */
export function describeMoveAlert(rule: MoveAlert): string {
  const words = { symbol: rule.symbol, percent: threshold(rule) };
  return rule.window === '1h' ? t('background.moveRule1h', words) : t('background.moveRule24h', words);
}
