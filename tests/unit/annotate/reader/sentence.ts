import { findClauses } from '@/lib/annotate/reader/clauses';
import { findFigures } from '@/lib/annotate/reader/figures';
import { findMentions } from '@/lib/annotate/reader/mentions';
import { normalise } from '@/lib/annotate/reader/normalise';
import { indexSentence, type SentenceIndex } from '@/lib/annotate/reader/owner';
import { tokenise } from '@/lib/annotate/reader/tokens';

/** A sentence through the first stages, as the later stages see it. */
export function sentenceOf(raw: string): SentenceIndex {
  const { text } = normalise(raw);
  const tokens = tokenise(text, findFigures(text));
  return indexSentence(tokens, findMentions(tokens), findClauses(tokens));
}

/** The token index of the first figure written `figure`. */
export const figureAt = (sentence: SentenceIndex, figure: string): number =>
  sentence.tokens.findIndex((token) => token.type === 'figure' && token.text === figure);
