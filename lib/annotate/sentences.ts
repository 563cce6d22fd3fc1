export interface Span {
  start: number;
  end: number;
}

/** Dots that end an abbreviation, not a sentence: "U.S. spot ETFs", "Inc. said", "vs. the dollar". */
const ABBREVIATION =
  /(?:\b[A-Za-z]|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Inc|Corp|Ltd|Co|No|vs|approx|est|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\.$/;

/**
 * Sentence boundaries: a full stop, question or exclamation mark followed by white space, or a
 * line break. "1.88%" and "$67.5K" never split because no space follows their dot; nor do
 * abbreviations, nor a dot followed by a lower-case word.
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  const boundary = /[.!?]+(?=\s+(\S?))|\n+/g;
  let start = 0;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const end = match.index + match[0].length;
    const next = match[1];
    if (match[0] === '.' && (ABBREVIATION.test(text.slice(Math.max(start, end - 8), end)) || /^[a-z]/.test(next ?? '')))
      continue;
    if (end > start) spans.push({ start, end });
    start = end;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}
