/**
 * Stage 1: the text as a browser displays it. A page's text nodes hold what its HTML source holds:
 * wire copy hard-wrapped with line breaks and tabs, non-breaking and thin spaces inside numbers,
 * soft hyphens and zero-width characters, typographic dashes and quotes. A reader sees none of
 * that, so neither do the later stages: every run of white space becomes one space, invisible
 * characters go, and look-alike characters become the plain one the stages match. Each character
 * of the result remembers where it came from, so a claim's span points into the page's own text.
 */
export interface NormalText {
  text: string;
  /** `source[i]` is the offset in the original text of the result's character `i`; one past the end too. */
  source: Int32Array;
}

/** Every kind of space a page may hold, line breaks and tabs included: each displays as a space. */
const SPACES = new Set([
  ' ',
  '\t',
  '\n',
  '\r',
  '\f',
  '\v',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
]);

/** Characters a browser shows as nothing: soft hyphen, zero-width space and joiners, byte-order mark. */
const INVISIBLE = new Set(['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']);

/**
 * Look-alikes written as the plain character the stages match: the minus sign and figure dash as a
 * hyphen-minus (so "−3.9%" is signed), curly quotes and apostrophes as straight ones (so "world’s"
 * is "world's"), the fraction slash as a slash. The en dash stays: "2–3%" is a range, not a sign.
 */
const PLAIN: Record<string, string> = {
  '\u2212': '-',
  '\u2012': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2044': '/',
  '\uff04': '$',
  '\uff05': '%',
};

/** The text as displayed, trimmed, in one pass. */
export function normalise(raw: string): NormalText {
  const chars: string[] = [];
  const source = new Int32Array(raw.length + 1);
  let pendingSpace = -1;
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i] as string;
    if (INVISIBLE.has(char)) continue;
    if (SPACES.has(char)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0 && chars.length > 0) {
      source[chars.length] = pendingSpace;
      chars.push(' ');
    }
    pendingSpace = -1;
    source[chars.length] = i;
    chars.push(PLAIN[char] ?? char);
  }
  const text = chars.join('');
  const last = chars.length > 0 ? (source[chars.length - 1] as number) + 1 : 0;
  source[chars.length] = last;
  return { text, source: source.subarray(0, chars.length + 1) };
}

/** A span of the normalised text as the span of the original it was read from. */
export function sourceSpan(normal: NormalText, start: number, end: number): { start: number; end: number } {
  return { start: normal.source[start] as number, end: (normal.source[end - 1] as number) + 1 };
}
