import { expect } from '@playwright/test';
import { BAND_STYLE, bandOf } from '../../lib/stress/bands';
import { type Badge, badgeScore, englishBandLabel } from './badge';

/**
 * What the article-day scenario shows a user: the market of the day the shared Gate article was
 * written, so every figure it quotes matches the live one and every move is zero. Chromium's and
 * Firefox's tests read the popup and the article against the same figures.
 */

/** The popup's price rows, the five majors in order. */
export const ARTICLE_DAY_PRICES = [
  /BTC\s*\$67,490\s*-1\.88%/,
  /ETH\s*\$1,985\.40\s*-2\.97%/,
  /SOL\s*\$84\.21\s*-3\.88%/,
  /XRP\s*\$1\.4183\s*-2\.34%/,
  /BNB\s*\$622\.50\s*-1\.17%/,
];

/** BTC's place below its 30-day high on the article day, as the why says it. */
export const ARTICLE_DAY_DRAWDOWN = /BTC 2\d\.\d% below its 30-day high/;

/**
 * The badge on the article day: a score in its band's colour, named in the title. The replay draws
 * prices along smooth paths, without a real sell-off's intraday swings, so before the liquidation
 * streams have watched a day the shocks read little and the band is the backdrop's; which one
 * depends on what history the venues up give (without Binance's candles, no drawdown).
 */
export function expectArticleDayBadge(badge: Badge): void {
  const band = bandOf(badgeScore(badge));
  expect(badge.color).toBe(BAND_STYLE[band].color.toLowerCase());
  expect(badge.title).toMatch(new RegExp(`^Undertow — market stress \\d+/100: ${englishBandLabel(band)}`));
  expect(badge.title).toMatch(/Updated \d\d:\d\d/);
}

export const GATE_ARTICLE = 'https://www.gate.com/news/detail/why-crypto-markets-are-pressured';

/** A chip that shows a figure; a hidden one still waits for it. */
export const VISIBLE_CHIP = '[data-undertow-chip]:not([hidden])';

/** Every chip but the liquidations one, in document order. */
export const GATE_CHIPS: Array<[string, string | ReturnType<typeof expect.stringMatching>]> = [
  ['$67,490', 'now $67,490 · 0.0%'],
  [', down 1.88%', 'now -1.88% 24h'],
  ['s declined 2.97%', 'now -2.97% 24h'],
  ['losses at -3.88%', 'now -3.88% 24h'],
  ['ave fallen 2.34%', 'now -2.34% 24h'],
  ['and 1.17%', 'now -1.17% 24h'],
  ['proximately 4.4%', 'now -4.4% 24h'],
  ['acted around 34%', expect.stringMatching(/^now -3[34]\.\d% 30d$/)],
  ['The $75,000', 'now $67,490 · 10.0% below'],
  ['ak below $75,000', 'now $67,490 · 10.0% below'],
  ['ward the $70,000', 'now $67,490 · 3.6% below'],
];

/**
 * The liquidation figures: the day's $237 million of BTC longs, the week's $2.16 billion and the
 * month's $4.4 billion. The streams have watched only since the browser started, so each chip says
 * since when and what it holds there, never "24h", "7d" or "30d": its amount depends on when the
 * page was read.
 */
export const GATE_LIQUIDATIONS: Array<[string, RegExp]> = [
  ['ely $237 million', /^since \d\d:\d\d: \$[\d.]+[KM]? longs$/],
  ['ly $2.16 billion', /^since \d\d:\d\d: \$[\d.]+[KMB]?$/],
  ['eed $4.4 billion', /^since \d\d:\d\d: \$[\d.]+[KMB]?$/],
];

/** Every chip the Gate article gets on the article day. */
export const GATE_CHIP_COUNT = GATE_CHIPS.length + GATE_LIQUIDATIONS.length;

export const isLiquidationChip = ([, text]: [string, string]) => text.startsWith('since ');

/** The liquidation chips as found, each held to what it should say. */
export function expectGateLiquidations(found: [string, string][]): void {
  const liquidations = found.filter(isLiquidationChip);
  expect(liquidations.map(([before]) => before)).toEqual(GATE_LIQUIDATIONS.map(([before]) => before));
  liquidations.forEach(([, text], index) => {
    expect(text).toMatch(GATE_LIQUIDATIONS[index]?.[1] as RegExp);
  });
}
