/**
 * Stage 2: sentences. The platform's Unicode sentence segmenter (linear in the text, and it knows
 * that "1.88%", "$67.5K" and "U.S. spot ETFs" do not end one), then the abbreviations it does not
 * know are joined back: "Mr. Smith", "9 a.m. ET", "Jan. 5", "Strategy Inc. bought", and a segment that
 * starts in lower case ('"Is $2,800 next?" he asked').
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

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The word before a segment's closing dot, if the segment ends with one. */
function lastWordBeforeDot(text: string, end: number): string | undefined {
  let i = end;
  while (i > 0 && text[i - 1] === ' ') i--;
  if (text[i - 1] !== '.') return undefined;
  const dot = i - 1;
  let start = dot;
  // Bounded: an abbreviation is short, and a long run of letters is no abbreviation.
  while (start > 0 && dot - start < 8 && /[A-Za-z.]/.test(text[start - 1] as string)) start--;
  // "$67.5K." ends a sentence: letters glued to a number are its unit, not an abbreviation.
  if (/\d/.test(text[start - 1] ?? '')) return undefined;
  return text.slice(start, dot).toLowerCase();
}

/** A segment that starts in lower case continues the one before: '"Is it next?" he asked.' */
const continues = (segment: string) => /^["'“”‘’(\s]*[a-z]/.test(segment);

/** Sentence spans of a normalised text, in order, covering it. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const { index, segment } of segmenter.segment(text)) {
    const end = index + segment.length;
    const previous = spans.at(-1);
    const word = previous && lastWordBeforeDot(text, previous.end);
    // A lone capital is an initial ("J. Smith"), and a known abbreviation ends no sentence.
    const abbreviated = word !== undefined && (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word));
    if (previous && (abbreviated || continues(segment))) previous.end = end;
    else spans.push({ start: index, end });
  }
  return spans;
}
