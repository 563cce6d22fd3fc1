import type { ArticleContext } from './article-context';
import { type Claim, type ClaimKind, type ClaimWindow, LEVEL_KINDS, WINDOWED_KINDS } from './claim';
import { aboutAnotherTime, STALE_ENTRY_MS } from './reader/about-now';
import { scopeOf } from './reader/asset-of';
import type { Written } from './reader/dates';
import { type Figure, findFigures, type NumberStyle } from './reader/figures';
import type { Reading } from './reader/kind';
import { BlockMemory } from './reader/memory';
import { findMentions, type Referent } from './reader/mentions';
import { normalise, sourceSpan } from './reader/normalise';
import { readFigures } from './reader/read-figures';
import { readSentence, type Sentence } from './reader/sentence';
import { sentenceSpans } from './reader/sentences';
import { sideOf } from './reader/side';
import { SubjectTracker } from './reader/subject';
import { PhraseTable, tokenise } from './reader/tokens';
import { windowOf } from './reader/window-of';

/**
 * The claim reader: a paragraph's text in, the market claims it makes out. A pipeline of stages,
 * each in `reader/`: the text as displayed → sentences → figures → whom each is about → what kind
 * and over which window → whether it is about now → a claim. When a stage cannot tell, the figure
 * gets no claim: a wrong chip teaches a reader to ignore all of them.
 */
export interface ReadOptions {
  /** How the text writes numbers; English unless the page's language or its digits say otherwise. */
  numberStyle?: NumberStyle;
  /** The headline, the heading over this block and the block before it. */
  context?: ArticleContext;
  /** When the article was published, if the page says. */
  published?: number;
  /** The time of reading, for the year a bare month or year is compared with. */
  now?: number;
}

/** Figures the reader never chips whatever their words: a range's price, a bare "100K" that is no price. */
function unchippable(figure: Figure, kind: ClaimKind): boolean {
  if (figure.bare && kind !== 'price') return true;
  return figure.range && !LEVEL_KINDS.has(kind);
}

function claimValue(figure: Figure, reading: Reading): number {
  if (reading.kind !== 'change' && reading.kind !== 'oi-change' && reading.kind !== 'funding')
    return Math.abs(figure.value);
  return figure.signed ? figure.value : Math.abs(figure.value) * reading.sign;
}

/** Labels of lines that link to other articles: their headlines' figures are those articles'. */
const LINK_LABELS = new PhraseTable<true>(
  [
    'read more',
    'also read',
    'read also',
    'related',
    'related reading',
    'see also',
    'recommended',
    'more from',
    'most read',
    'further reading',
    'more reading',
    'trending',
    'popular',
  ].map((label) => [label, true]),
);

/** "Read more: Bitcoin Miners' Revenue Sinks…": a line that points to another article. */
function isLinkLine(sentence: Sentence): boolean {
  const label = LINK_LABELS.at(sentence.tokens, 0);
  return label !== undefined && [':', '|', '-', '—', '»', '›'].includes(sentence.tokens[label.end]?.text ?? '');
}

/** The longest block before a lone figure that still reads as its label: "Bitcoin (CRYPTO: BTC)". */
const LABEL_MAX = 40;

/** The most figures one text is read for: a long article's paragraph quotes a few dozen. */
const FIGURES_MAX = 400;

/** Claims in a block of text (a paragraph, a list item, a heading), in order. */
export function findClaims(raw: string, options: ReadOptions = {}): Claim[] {
  const normal = normalise(raw);
  const { text } = normal;
  const style = options.numberStyle ?? 'en';
  const written: Written & { stale: boolean } = {
    ...(options.published !== undefined && { published: options.published }),
    year: new Date(options.published ?? options.now ?? Date.now()).getUTCFullYear(),
    stale: (options.context?.entryAge ?? 0) > STALE_ENTRY_MS,
  };
  const subjects = new SubjectTracker(options.context ?? {});
  const labelled = (options.context?.before?.trim().length ?? LABEL_MAX + 1) <= LABEL_MAX;
  const memory = new BlockMemory(options.context?.before);
  const claims: Claim[] = [];
  let figuresRead = 0;
  for (const [sentenceIndex, span] of sentenceSpans(text).entries()) {
    // Past this many figures a text is a data dump, not prose: the rest is not read, so no page can
    // make one text cost more than a bounded time.
    if (figuresRead >= FIGURES_MAX) break;
    const sentenceText = text.slice(span.start, span.end);
    const found = findFigures(sentenceText, style);
    if (found.length === 0) {
      // A sentence with no figure only names subjects for the ones after it: read just its names.
      subjects.nextSentence();
      for (const mention of findMentions(tokenise(sentenceText, found))) subjects.seen(mention.referent);
      continue;
    }
    const sentence = readSentence(sentenceText, found);
    if (sentence.figures.length > FIGURES_MAX - figuresRead) sentence.figures.length = FIGURES_MAX - figuresRead;
    figuresRead += sentence.figures.length;
    let fed = 0;
    const feedUntil = (token: number) => {
      while (fed < sentence.mentions.length && (sentence.mentions[fed]?.to ?? 0) <= token) {
        subjects.seen(sentence.mentions[fed]?.referent as Referent);
        fed++;
      }
    };
    subjects.nextSentence();
    const sentenceWindows = new Map<ClaimKind, ClaimWindow>();
    const reads = sentence.figures.length > 0 && !isLinkLine(sentence) ? readFigures(sentence, memory) : [];
    reads.forEach((read, i) => {
      feedUntil(read.owner.type === 'referent' ? (sentence.mentions[read.owner.mention]?.from ?? read.at) : read.at);
      const figure = sentence.tokens[read.at]?.figure as Figure;
      const repeated = read.read === undefined && figure.unit === 'USD' ? memory.levelAt(figure.value) : undefined;
      if (repeated) {
        claims.push({
          ...repeated,
          value: figure.value,
          unit: 'USD',
          ...sourceSpan(normal, span.start + figure.start, span.start + figure.end),
        });
        return;
      }
      if (typeof read.read !== 'object') return;
      const { kind } = read.read;
      if (unchippable(figure, kind) || aboutAnotherTime(sentence, reads, i, kind, written)) return;
      const stated = WINDOWED_KINDS.has(kind) ? windowOf(sentence, reads, i, written.year) : undefined;
      if (stated === 'past' || stated === 'unmeasured') return;
      // A move with no window of its own takes the window the sentence stated for the same kind
      // ("1.1% lower on the day, while SOL fell 3.2%"); a liquidation one, the block's last.
      const window =
        stated === 'same' || (stated === undefined && kind === 'liquidations')
          ? memory.lastWindow()
          : (stated?.window ?? (WINDOWED_KINDS.has(kind) ? sentenceWindows.get(kind) : undefined));
      if (stated === 'same' && !window) return;
      if (window) {
        memory.stated(window, sentenceIndex);
        sentenceWindows.set(kind, window);
      }
      if (kind === 'liquidations') memory.liquidations = true;
      const asset = scopeOf(sentence, reads, i, kind, subjects, labelled);
      if (!asset) return;
      if (LEVEL_KINDS.has(kind)) memory.level(figure.value, kind, asset);
      const side = kind === 'liquidations' ? sideOf(sentence, read.at) : undefined;
      const { start, end } = sourceSpan(normal, span.start + figure.start, span.start + figure.end);
      claims.push({
        kind,
        asset,
        value: claimValue(figure, read.read),
        unit: figure.unit,
        ...(window && { window }),
        ...(side && { side }),
        start,
        end,
      });
    });
    feedUntil(sentence.tokens.length);
  }
  return claims;
}
