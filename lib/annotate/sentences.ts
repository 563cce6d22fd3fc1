export interface Span {
  start: number;
  end: number;
}

/**
 * Sentence boundaries: a full stop, question or exclamation mark followed by white space. "1.88%"
 * and "$67.5K" never split because no space follows their dot.
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  const boundary = /[.!?]+(?=\s)|\n+/g;
  let start = 0;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const end = match.index + match[0].length;
    if (end > start) spans.push({ start, end });
    start = end;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}
