import { type ArticleContext, CONTEXT_MAX } from '../article-context';
import { MARKET } from '../claim';
import { findFigures } from './figures';
import { findMentions, type Referent } from './mentions';
import { normalise } from './normalise';
import { tokenise } from './tokens';

/**
 * Stage 4c: the subject a paragraph carries. "It fell 3%", "The token slid", "Down 2% on the day":
 * the figure's subject was named before, in an earlier sentence, the block before, the heading
 * over a list, or the headline. Only a subject that is plainly one asset is carried; a company or
 * fund named last carries no asset, and a heading or headline naming several assets carries none.
 */
function referentsOf(text: string | undefined): Referent[] {
  if (!text) return [];
  const { text: normal } = normalise(text.slice(-CONTEXT_MAX));
  const tokens = tokenise(normal, findFigures(normal));
  const mentions = findMentions(tokens);
  // "Hyperliquid's HYPE", "Ripple's XRP": the owner named before its token is not the subject.
  return mentions
    .filter(
      (mention, i) =>
        !(
          mention.referent.type === 'other' &&
          tokens[mention.to - 1]?.possessive &&
          mentions[i + 1]?.from === mention.to &&
          mentions[i + 1]?.referent.type === 'asset'
        ),
    )
    .map((mention) => mention.referent);
}

/** The one asset a heading or headline is about: its first name, when nothing else comes before it. */
function leadAsset(referents: Referent[], only: boolean): Referent | undefined {
  const named = referents.filter((referent) => referent.type !== 'pronoun');
  const assets = new Set(named.flatMap((referent) => (referent.type === 'asset' ? [referent.asset] : [])));
  const first = named[0];
  if (first?.type !== 'asset') return first;
  return only && assets.size > 1 ? undefined : first;
}

/** The subject a block starts with, before its own text names one. */
export function contextSubject(context: ArticleContext): Referent | undefined {
  const before = referentsOf(context.before).findLast((referent) => referent.type !== 'pronoun');
  return before ?? leadAsset(referentsOf(context.heading), true) ?? leadAsset(referentsOf(context.title), false);
}

/** Pointers that can only mean a token, so a company named last does not answer them. */
const TOKEN_POINTERS = new Set([
  'the token',
  'the coin',
  'the cryptocurrency',
  'the crypto',
  'the digital asset',
  'the altcoin',
  'the memecoin',
  'the meme coin',
]);
/** Pointers that cannot mean bitcoin or the market. */
const ALTCOIN_POINTERS = new Set(['the altcoin', 'the memecoin', 'the meme coin']);

/**
 * What a support or resistance level with no name of its own asks for: an asset, never the market
 * ("…the stabilization the market needs. A break below $75,000 would redirect attention to the
 * $70,000 support zone" is bitcoin's, named two sentences back).
 */
export const LEVEL_OWNER = 'a level';

/** Whether `referent` can be what `pointer` points at; a company can be "it" but not "the token". */
function fits(referent: Referent, pointer: string | undefined): boolean {
  if (referent.type === 'pronoun') return false;
  if (pointer === LEVEL_OWNER) return referent.type === 'asset' && referent.asset !== MARKET;
  if (pointer === undefined || !TOKEN_POINTERS.has(pointer)) return true;
  if (referent.type === 'other') return referent.what === 'token';
  return !(ALTCOIN_POINTERS.has(pointer) && (referent.asset === 'BTC' || referent.asset === MARKET));
}

/**
 * Follows the subjects of one block as it is read. A pointer means the subject of its own
 * sentence when one came before it ("Bitcoin fell, and it is down 10% this week"), else the
 * subject of the sentence before ("XRP is in the spotlight as Bitcoin returns to six figures. The
 * altcoin climbed 7.8%"), else the block's context.
 */
export class SubjectTracker {
  private current: Referent | undefined;
  private previous: Referent | undefined;
  private readonly earlier: Referent[] = [];
  /** The assets named in this sentence and in the last one that named any, in order. */
  private names: Referent[] = [];
  private previousNames: Referent[] = [];
  private context: Referent | undefined | null = null;

  constructor(private readonly article: ArticleContext) {}

  /** A new sentence starts: its subject is the first name read in it. */
  nextSentence(): void {
    if (this.current) {
      this.previous = this.current;
      this.earlier.push(this.current);
      if (this.earlier.length > EARLIER_KEPT) this.earlier.shift();
    }
    if (this.names.length > 0) this.previousNames = this.names;
    this.names = [];
    this.current = undefined;
  }

  /** A name read, in order; a pointer is recorded as what it points at. */
  seen(referent: Referent): void {
    const named = referent.type === 'pronoun' ? this.resolve(referent.word) : referent;
    if (named && !this.current) this.current = named;
    if (named?.type === 'asset' && !this.names.some((name) => name.type === 'asset' && name.asset === named.asset))
      this.names.push(named);
  }

  /** The asset this sentence is about so far, if it names one first. */
  sentenceAsset(): string | undefined {
    return this.current?.type === 'asset' && this.current.asset !== MARKET ? this.current.asset : undefined;
  }

  /** What `pointer` (or, with none, a subjectless predicate) refers to here. */
  resolve(pointer?: string): Referent | undefined {
    // "Ethereum and Solana are down… The former is trading around $2,520, and the latter around $144."
    if (pointer === 'the former' || pointer === 'the latter')
      return this.previousNames.length === 2 ? this.previousNames[pointer === 'the former' ? 0 : 1] : undefined;
    const candidates = [this.current, this.previous, ...this.earlier.toReversed()];
    for (const candidate of candidates) {
      if (!candidate) continue;
      if (fits(candidate, pointer)) return candidate;
      // "It" means the last subject, whatever it is: a company there owns the figure.
      if (pointer === undefined || !(TOKEN_POINTERS.has(pointer) || pointer === LEVEL_OWNER)) return undefined;
    }
    if (this.context === null) this.context = contextSubject(this.article);
    return this.context && fits(this.context, pointer) ? this.context : undefined;
  }
}

/** How many earlier sentences' subjects a token pointer may reach back to. */
const EARLIER_KEPT = 4;
