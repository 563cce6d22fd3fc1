import { isDigit, isLetter, isWordChar } from './chars';
import type { Figure } from './figures';

/**
 * A sentence as words, punctuation and figures, in order. The later stages match word lists
 * against tokens rather than patterns against text, which keeps every stage linear: a word is
 * looked up once, a phrase is compared from its first word a bounded number of times.
 */
export interface Token {
  type: 'word' | 'punct' | 'figure';
  /** Lower-cased word, the punctuation mark, or the figure as written. */
  text: string;
  /** Offsets in the sentence's text. */
  start: number;
  end: number;
  /** Words: written with a capital first letter. */
  capital?: boolean;
  /** Words: written all in capitals (two letters or more). */
  caps?: boolean;
  /** Words: written with a `$` before them, a cashtag ("$SOL"). */
  cashtag?: boolean;
  /** Words: written with "'s" after them, which `text` leaves out. */
  possessive?: boolean;
  figure?: Figure;
}

/** The end of the word starting at `start`: letters and digits, with "world's", "U.S", "S&P", "1,000", "9:12" kept whole. */
function wordEnd(text: string, start: number): number {
  let i = start;
  for (;;) {
    while (isWordChar(text[i])) i++;
    const joiner = text[i];
    const next = text[i + 1];
    if ((joiner === "'" || joiner === '&') && isLetter(next)) i++;
    else if ((joiner === ',' || joiner === '.' || joiner === ':') && isDigit(text[i - 1]) && isDigit(next)) i++;
    else if (joiner === '.' && isLetter(next) && text[i + 2] === '.' && i - start <= 2) i += 2;
    else return i;
  }
}

/** The tokens of `text`, with `figures` (found in the same text) standing as tokens of their own. */
export function tokenise(text: string, figures: readonly Figure[]): Token[] {
  const tokens: Token[] = [];
  let next = 0;
  let i = 0;
  while (i < text.length) {
    const figure = figures[next];
    if (figure && i >= figure.start) {
      tokens.push({
        type: 'figure',
        text: text.slice(figure.start, figure.end),
        start: figure.start,
        end: figure.end,
        figure,
      });
      i = figure.end;
      next++;
      continue;
    }
    const char = text[i] as string;
    if (char === ' ') {
      i++;
      continue;
    }
    const cashtag = char === '$' && isLetter(text[i + 1]);
    const from = cashtag ? i + 1 : i;
    if (isWordChar(text[from])) {
      const end = Math.min(wordEnd(text, from), figure?.start ?? text.length);
      const written = text.slice(from, end);
      // "Bitcoin's price" names Bitcoin: the possessive is kept as a mark, not as part of the name.
      const possessive = /'s$/i.test(written);
      const raw = possessive ? written.slice(0, -2) : written;
      const first = raw[0] as string;
      tokens.push({
        type: 'word',
        text: raw.toLowerCase(),
        start: i,
        end,
        capital: first !== first.toLowerCase(),
        caps: raw.length > 1 && raw === raw.toUpperCase() && raw !== raw.toLowerCase(),
        ...(cashtag && { cashtag }),
        ...(possessive && { possessive }),
      });
      i = end;
      continue;
    }
    // An emoji is two UTF-16 units: one mark, not two.
    const width = char >= '\ud800' && char <= '\udbff' && i + 1 < text.length ? 2 : 1;
    tokens.push({ type: 'punct', text: text.slice(i, i + width), start: i, end: i + width });
    i += width;
  }
  return tokens;
}

/** The words of a phrase list entry: "all-time high" is "all time high", "world's" is "world". */
const phraseWords = (phrase: string): string[] =>
  phrase
    .toLowerCase()
    .split(/[\s-]+/)
    .map((word) => word.replace(/'s$/, ''));

/**
 * Multi-word phrases matched against tokens, looked up by their first word. Hyphens and dots
 * between words are punctuation tokens, skipped, so "all time" matches "all-time" and "no 2" "No. 2".
 */
export class PhraseTable<T> {
  private readonly byFirst = new Map<string, { words: string[]; value: T }[]>();

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of entries) {
      const words = phraseWords(phrase);
      const list = this.byFirst.get(words[0] as string) ?? [];
      list.push({ words, value });
      // Longest first, so "bitcoin cash" wins over "bitcoin".
      list.sort((a, b) => b.words.length - a.words.length);
      this.byFirst.set(words[0] as string, list);
    }
  }

  /** The longest phrase starting at token `at`: its value and the index of the token after it. */
  at(tokens: readonly Token[], at: number): { value: T; end: number } | undefined {
    const first = tokens[at];
    if (first?.type !== 'word') return undefined;
    for (const { words, value } of this.byFirst.get(first.text) ?? []) {
      let t = at + 1;
      let matched = true;
      for (let w = 1; w < words.length; w++) {
        while (tokens[t]?.text === '-' || tokens[t]?.text === '.') t++;
        if (tokens[t]?.type !== 'word' || tokens[t]?.text !== words[w]) {
          matched = false;
          break;
        }
        t++;
      }
      if (matched) return { value, end: t };
    }
    return undefined;
  }
}
