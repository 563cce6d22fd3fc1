/**
 * Stage 2: sentences. "1.88%", "$67.5K" and "U.S. spot ETFs" end none (no space after the dot, or
 * a lower-case word), nor do abbreviations and initials: "Mr. Smith", "9 a.m. ET", "Jan. 5",
 * "Strategy Inc. bought", "J. Smith"; nor a question a quote closes ('"Is $2,800 next?" he asked').
 * Written as one pass rather than with the platform's segmenter, which takes 30 µs a sentence:
 * a page of twenty thousand characters of "Hi. " would keep the worker busy for 150 ms.
 */
export interface Span {
  start: number;
  end: number;
}

/** Words whose dot is an abbreviation's, lower-cased, without the dot. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'inc',
  'corp',
  'ltd',
  'co',
  'no',
  'vs',
  'approx',
  'est',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
  'u.s',
  'u.k',
  'u.n',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/** The word before a sentence's closing dot at `dot`, lower-cased, if it is short enough to be an abbreviation. */
function wordBeforeDot(text: string, dot: number): string | undefined {
  let start = dot;
  // Bounded: an abbreviation is short, and a long run of letters is no abbreviation.
  while (start > 0 && dot - start < 8 && /[A-Za-z.]/.test(text[start - 1] as string)) start--;
  // "$67.5K." ends a sentence: letters glued to a number are its unit, not an abbreviation.
  if (/\d/.test(text[start - 1] ?? '')) return undefined;
  return text.slice(start, dot).toLowerCase();
}

const TERMINATORS = new Set(['.', '!', '?', '…']);
/** What may close a sentence after its full stop: '…next?" he asked', "(as it did.)". */
const CLOSERS = new Set(['"', "'", ')', ']', '”', '’']);
const isLower = (char: string | undefined) =>
  char !== undefined && char !== char.toUpperCase() && char === char.toLowerCase();

/**
 * Sentence spans of a normalised text, in order, covering it. One pass: a sentence ends at a run
 * of full stops, question or exclamation marks (and the quotes or brackets closing them) followed
 * by a space and a word that does not start in lower case, unless the dot is an abbreviation's
 * or an initial's.
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    if (!TERMINATORS.has(text[i] as string)) {
      i++;
      continue;
    }
    const first = i;
    while (TERMINATORS.has(text[i] as string)) i++;
    while (CLOSERS.has(text[i] as string)) i++;
    if (text[i] !== ' ' || isLower(text[i + 1])) continue;
    const word = text[first] === '.' && i - first === 1 ? wordBeforeDot(text, first) : undefined;
    if (word !== undefined && (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word))) continue;
    spans.push({ start, end: i + 1 });
    start = i + 1;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}
