/** How a text writes its numbers: 67,490.5 (English) or 67.490,5 / 67 490,5 (most of Europe). */
export type NumberStyle = 'en' | 'eu';

/** A dollar amount or a percentage, as written. Offsets are into the searched text. */
export interface Figure {
  unit: 'USD' | 'percent';
  value: number;
  start: number;
  end: number;
  /** A word or suffix scaled it (million, bn): a notional, never a price. */
  scaled: boolean;
  /** Written with a sign ("-3.88%", "+2.1%"), which outranks any verb around it. */
  signed: boolean;
}

const SCALES: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  t: 1e12,
  trillion: 1e12,
};

const NUMBER: Record<NumberStyle, string> = {
  en: String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`,
  eu: String.raw`\d{1,3}(?:[. \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?`,
};
const SCALE = String.raw`(?:\s?(thousand|million|billion|trillion)\b|(bn|mn|[kKmMbBtT])\b)?`;
// Not inside another number or word: "A1.5%" and the "24" of "2024" are not figures.
const LEFT_EDGE = String.raw`(?<![\w.,])`;

function patterns(style: NumberStyle): RegExp[] {
  const number = `(${NUMBER[style]})`;
  return [
    new RegExp(String.raw`(?:US\$|\$|\bUSD\s?)${number}${SCALE}`, 'g'),
    new RegExp(String.raw`${LEFT_EDGE}${number}${SCALE}\s?(?:USD\b|US dollars\b|dollars\b|\$(?![A-Za-z\d]))`, 'g'),
    new RegExp(String.raw`(?:(?<=^|[\s(])([+\-−–]))?${LEFT_EDGE}${number}\s?(?:%|percent\b|per cent\b)`, 'g'),
  ];
}
const PATTERNS: Record<NumberStyle, RegExp[]> = { en: patterns('en'), eu: patterns('eu') };

function parseNumber(text: string, style: NumberStyle): number {
  return Number(style === 'en' ? text.replaceAll(',', '') : text.replace(/[. \u00a0\u202f]/g, '').replace(',', '.'));
}

/** Every dollar amount and percentage in `text`, in order, none overlapping. */
export function findFigures(text: string, style: NumberStyle = 'en'): Figure[] {
  const [usdFirst, usdAfter, percent] = PATTERNS[style] as [RegExp, RegExp, RegExp];
  const found: Figure[] = [];
  for (const [pattern, unit] of [
    [usdFirst, 'USD'],
    [usdAfter, 'USD'],
    [percent, 'percent'],
  ] as const) {
    for (const match of text.matchAll(pattern)) {
      const [whole] = match;
      const sign = unit === 'percent' ? match[1] : undefined;
      const digits = match[unit === 'percent' ? 2 : 1] ?? '';
      const scale = unit === 'USD' ? (SCALES[(match[2] ?? match[3] ?? '').toLowerCase()] ?? 1) : 1;
      const value = parseNumber(digits, style) * scale * (sign && sign !== '+' ? -1 : 1);
      if (!Number.isFinite(value)) continue;
      found.push({
        unit,
        value,
        start: match.index,
        end: match.index + whole.length,
        scaled: scale >= 1e6,
        signed: !!sign,
      });
    }
  }
  found.sort((a, b) => a.start - b.start);
  const figures: Figure[] = [];
  for (const figure of found) if (figure.start >= (figures.at(-1)?.end ?? 0)) figures.push(figure);
  return figures;
}

const DECIMAL_COMMA_LANGS =
  /^(?:de|fr|es|it|nl|pt|pl|tr|ru|uk|cs|sk|sl|hr|ro|hu|da|sv|nb|nn|no|fi|id|vi|el|bg|sr|lt|lv|et)\b/i;

/**
 * The number style of a page: from its language, or from the text itself when the page says
 * nothing ("1.234,5" can only be European).
 */
export function numberStyle(text: string, lang = ''): NumberStyle {
  if (DECIMAL_COMMA_LANGS.test(lang)) return 'eu';
  return /\d\.\d{3},\d/.test(text) ? 'eu' : 'en';
}
