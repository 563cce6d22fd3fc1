import { isDigit, isLetter } from './chars';
/**
 * Stage 3: figures. Every dollar amount and percentage in a normalised text, found by one scan
 * from left to right that looks at each character a bounded number of times, so no page can make
 * it slow. A figure knows only how it is written; what it is about is for the stages after.
 */

/** How a text writes its numbers: 67,490.5 (English) or 67.490,5 / 67 490,5 (most of Europe). */
export type NumberStyle = 'en' | 'eu';

export interface Figure {
  unit: 'USD' | 'percent';
  value: number;
  start: number;
  end: number;
  /** A scale of a million or more ("$1.2 billion", "$450m"): a notional, never a price. */
  scaled: boolean;
  /** Written with a sign ("-3.88%", "+2.1%"), which outranks any verb around it. */
  signed: boolean;
  /** Dollars written with no dollar sign, only a K ("BTC reclaims 100K"): a price only where a price is plainly meant. */
  bare: boolean;
  /** One end of a range written with a dash ("2–3%", "$60,000–$65,000"). */
  range: boolean;
}

const SCALE_WORDS: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** Scale letters written right after the digits: "$67.5K", "$450m", "$26bn", "$1.2T". */
const SCALE_LETTERS: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  b: 1e9,
  bn: 1e9,
  t: 1e12,
  tn: 1e12,
};
/** Words after the digits that make the number dollars: "67,490 USD", "67 490 dollars". */
const DOLLAR_WORDS = new Set(['usd', 'usdt', 'dollars', 'dollar']);

/** A number longer than this is no figure a reader quotes, and is not worth parsing. */
const MAX_DIGITS = 20;

interface NumberRead {
  end: number;
  value: number;
}

/** Digits from `start` in a text's number style: grouped thousands, then a decimal part. */
function readNumber(text: string, start: number, style: NumberStyle): NumberRead | undefined {
  const group = style === 'en' ? ',' : '.';
  const decimal = style === 'en' ? '.' : ',';
  let i = start;
  while (isDigit(text[i])) i++;
  let digits = text.slice(start, i);
  // Thousands are grouped only after one to three leading digits; Europe may group with spaces.
  if (i - start <= 3) {
    for (;;) {
      const separator = text[i];
      const grouped =
        (separator === group || (style === 'eu' && separator === ' ')) &&
        isDigit(text[i + 1]) &&
        isDigit(text[i + 2]) &&
        isDigit(text[i + 3]) &&
        !isDigit(text[i + 4]);
      if (!grouped) break;
      digits += text.slice(i + 1, i + 4);
      i += 4;
      if (digits.length > MAX_DIGITS) return undefined;
    }
  }
  if (text[i] === decimal && isDigit(text[i + 1])) {
    const from = i + 1;
    i = from;
    while (isDigit(text[i])) i++;
    digits += `.${text.slice(from, i)}`;
  }
  // "1.2.3" is a version and "3.5.6" a date: no figure starts inside either.
  if ((text[i] === '.' || text[i] === ',') && isDigit(text[i + 1]) && text[i] !== group) return undefined;
  if (digits.length > MAX_DIGITS) return undefined;
  const value = Number(digits);
  return Number.isFinite(value) ? { end: i, value } : undefined;
}

/** The letters of the word starting at `start`, lower-cased, up to `limit` of them. */
function wordAt(text: string, start: number, limit = 12): string {
  let end = start;
  while (end - start < limit && isLetter(text[end])) end++;
  return isLetter(text[end]) ? '' : text.slice(start, end).toLowerCase();
}

interface Suffix {
  end: number;
  scale: number;
  unit?: Figure['unit'];
}

/** What follows the digits: a scale, then maybe a unit ("$1.2 billion", "67,490 USD", "3.5 percent"). */
function readSuffix(text: string, at: number): Suffix {
  let i = at;
  let scale = 1;
  const letters = wordAt(text, i, 3);
  if (letters && SCALE_LETTERS[letters]) {
    scale = SCALE_LETTERS[letters];
    i += letters.length;
  } else if (text[i] === ' ') {
    const word = wordAt(text, i + 1);
    if (SCALE_WORDS[word]) {
      scale = SCALE_WORDS[word];
      i += 1 + word.length;
    }
  }
  if (text[i] === '%') return { end: i + 1, scale, unit: 'percent' };
  if (text[i] === ' ' && text[i + 1] === '%') return { end: i + 2, scale, unit: 'percent' };
  const attached = wordAt(text, i, 3);
  if (attached === 'pc' || attached === 'pct') return { end: i + attached.length, scale, unit: 'percent' };
  if (text[i] === ' ') {
    const word = wordAt(text, i + 1);
    if (word === 'percent' || word === 'pct') return { end: i + 1 + word.length, scale, unit: 'percent' };
    if (word === 'per' && wordAt(text, i + 5) === 'cent') return { end: i + 9, scale, unit: 'percent' };
    if (DOLLAR_WORDS.has(word)) return { end: i + 1 + word.length, scale, unit: 'USD' };
    // "traded at about 20 cents"
    if ((word === 'cents' || word === 'cent') && scale === 1)
      return { end: i + 1 + word.length, scale: 0.01, unit: 'USD' };
    if (text[i + 1] === '$' && !isLetter(text[i + 2]) && !isDigit(text[i + 2]))
      return { end: i + 2, scale, unit: 'USD' };
  }
  return { end: i, scale };
}

/** A dollar sign written before the digits: "$", "US$", "USD ", "$ ". Where it starts, if there is one. */
function dollarBefore(text: string, at: number): number | undefined {
  let i = at;
  if (text[i - 1] === ' ' && (text[i - 2] === '$' || text.slice(i - 4, i - 1) === 'USD')) i--;
  if (text[i - 1] === '$') return text.slice(i - 3, i - 1) === 'US' ? i - 3 : i - 1;
  if (text.slice(i - 3, i) === 'USD' && !isLetter(text[i - 4])) return i - 3;
  return undefined;
}

/** Whether a sign written right before `at` belongs to the figure: "-3.88%", "(+2.1%)", but not "2-3%". */
function signBefore(text: string, at: number): number {
  const sign = text[at - 1];
  if (sign !== '-' && sign !== '+') return 0;
  const before = text[at - 2];
  return before === undefined || before === ' ' || before === '(' || before === '[' || before === ':' ? 1 : 0;
}

/** A dash joining two ends of a range: an en dash, or a hyphen that is not the figure's sign. */
const isDash = (text: string, at: number, signed: boolean) => text[at] === '–' || (text[at] === '-' && !signed);

/** Every dollar amount and percentage in `text`, in order, none overlapping. */
export function findFigures(text: string, style: NumberStyle = 'en'): Figure[] {
  const figures: Figure[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isDigit(text[i])) {
      i++;
      continue;
    }
    const previous = text[i - 1];
    // Not inside another word or number: "A1.5%", the "24" of "2024", the "5" of "0.5".
    const edge = !isLetter(previous) && !isDigit(previous) && previous !== '.' && previous !== ',';
    const number = edge ? readNumber(text, i, style) : undefined;
    if (!number) {
      while (isDigit(text[i]) || text[i] === '.' || text[i] === ',') i++;
      continue;
    }
    const suffix = readSuffix(text, number.end);
    const dollar = dollarBefore(text, i);
    const unit = dollar !== undefined ? 'USD' : suffix.unit;
    const bare = unit === undefined && suffix.scale === 1e3 && suffix.end > number.end && !isLetter(text[suffix.end]);
    if ((unit === undefined && !bare) || (dollar !== undefined && suffix.unit === 'percent')) {
      i = Math.max(number.end, i + 1);
      continue;
    }
    const start = dollar ?? i;
    const signed = signBefore(text, start);
    const negative = signed && text[start - 1] === '-' ? -1 : 1;
    const dashBefore =
      isDash(text, start - 1, signed === 1) || (text[start - 1] === ' ' && isDash(text, start - 2, false));
    const previousFigure = figures.at(-1);
    const rangeWithPrevious = dashBefore && previousFigure !== undefined && previousFigure.end >= start - 3;
    if (rangeWithPrevious && previousFigure) previousFigure.range = true;
    figures.push({
      unit: unit ?? 'USD',
      value: number.value * suffix.scale * negative,
      start: start - signed,
      end: suffix.end,
      scaled: suffix.scale >= 1e6,
      signed: signed === 1,
      bare,
      range: rangeWithPrevious || (dashBefore && isDigit(text[start - 2])),
    });
    i = Math.max(suffix.end, i + 1);
  }
  return figures;
}

const DECIMAL_COMMA_LANGS =
  /^(?:de|fr|es|it|nl|pt|pl|tr|ru|uk|cs|sk|sl|hr|ro|hu|da|sv|nb|nn|no|fi|id|vi|el|bg|sr|lt|lv|et)\b/i;

/**
 * The number style of a page: from its language, or from the text itself when the page says
 * nothing ("1.234,5" can only be European). A bounded scan, not a pattern.
 */
export function numberStyle(text: string, lang = ''): NumberStyle {
  if (DECIMAL_COMMA_LANGS.test(lang)) return 'eu';
  for (let i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
    if (
      isDigit(text[i - 1]) &&
      isDigit(text[i + 1]) &&
      isDigit(text[i + 2]) &&
      isDigit(text[i + 3]) &&
      text[i + 4] === ',' &&
      isDigit(text[i + 5])
    )
      return 'eu';
  }
  return 'en';
}
