import { type ClaimKind, LEVEL_KINDS, MARKET, MARKET_KINDS } from '../claim';
import type { FigureRead } from './lists';
import type { Referent } from './mentions';
import { isVenue, marketWide, venueOnly } from './scope';
import { frameOf, LIST_REACH, type Sentence } from './sentence';
import { LEVEL_OWNER, type SubjectTracker } from './subject';

/**
 * Stage 4e: the asset or market a read figure is about, joining its owner (4b), the paragraph's
 * subject (4c) and its scope (4d). Unknown owners stay unknown: no chip beats a chip on the wrong asset.
 */

/** The asset (or the whole market) a figure is about, or undefined when it cannot be told. */
export function scopeOf(
  sentence: Sentence,
  reads: FigureRead[],
  i: number,
  kind: ClaimKind,
  subjects: SubjectTracker,
  labelled: boolean,
): string | undefined {
  const read = reads[i] as FigureRead;
  // "Bitcoin (CRYPTO: BTC)" then "-1.84%" then "$90,412.55": a figure standing alone under a label is the label's.
  if (labelled && read.owner.type === 'unknown' && sentence.tokens.every((token) => token.type !== 'word')) {
    const label = subjects.resolve();
    return label?.type === 'asset' && label.asset !== MARKET ? label.asset : undefined;
  }
  const frame = frameOf(sentence, i);
  const market = MARKET_KINDS.has(kind);
  // One venue's funding is close to the market's; its open interest or liquidations are a share of them.
  if (market && kind !== 'funding' && venueOnly(sentence, frame)) return undefined;
  const { owner } = read;
  const ownMention = owner.type === 'referent' ? sentence.mentions[owner.mention] : undefined;
  if (market && marketWide(sentence, ownMention ? Math.max(ownMention.to, frame.from) : frame.from, frame.to))
    return MARKET;
  if (kind === 'liquidations' && ownMention && countedApart(sentence, reads, i, ownMention.to)) return MARKET;
  let referent: Referent | undefined;
  if (owner.type === 'referent')
    referent = owner.referent.type === 'pronoun' ? subjects.resolve(owner.referent.word) : owner.referent;
  else if (owner.type === 'subjectless') referent = subjects.resolve();
  // "SOL's funding flipped negative, while open interest fell 5.3%": the sentence's asset's open interest.
  else if (owner.type === 'unknown' && (kind === 'oi-change' || kind === 'oi-level'))
    return subjects.sentenceAsset() ?? MARKET;
  else if (owner.type === 'unknown' && market && kind !== 'funding') return MARKET;
  // "…, while funding rates on perpetual swaps dipped to 0.002%": funding is always some asset's, the one being discussed;
  // "BTC funding is split across venues: Binance -0.0021%, Bybit 0.0035%" lists the venues of that asset's.
  else if (owner.type === 'unknown' && kind === 'funding') referent = subjects.resolve();
  if (kind === 'funding' && ownMention && isVenue(sentence, ownMention)) {
    const asset = subjects.sentenceAsset();
    return asset;
  }
  // "Traders watch $65,000 as the next support for BTC", "Is $2,800 support next?": a level's asset
  // may be named after it, or be the one the paragraph is about.
  else if (owner.type === 'unknown' && LEVEL_KINDS.has(kind))
    referent = nameAfter(sentence, read.at) ?? subjects.resolve(LEVEL_OWNER);
  return referent?.type === 'asset' ? referent.asset : undefined;
}

const CONJUNCTIONS = new Set(['as', 'after', 'when', 'while', 'amid', 'since']);

/**
 * "BTC fell 3% as $600 million of positions were liquidated": an amount after another figure's
 * move or price is counted apart from that figure's subject, across the market.
 */
function countedApart(sentence: Sentence, reads: FigureRead[], i: number, ownerEnd: number): boolean {
  const at = (reads[i] as FigureRead).at;
  // "Ether leads a retreat as $1.3 billion of bets are wiped out": the amount has a clause of its own.
  for (let t = ownerEnd; t < at; t++) if (CONJUNCTIONS.has(sentence.tokens[t]?.text ?? '')) return true;
  for (let j = i - 1; j >= Math.max(0, i - LIST_REACH); j--) {
    const earlier = reads[j] as FigureRead;
    if (earlier.at < ownerEnd) return false;
    if (typeof earlier.read === 'object' && (earlier.read.kind === 'change' || earlier.read.kind === 'price'))
      return true;
  }
  return false;
}

/** The first asset named after a figure in its sentence. */
function nameAfter(sentence: Sentence, at: number): Referent | undefined {
  const end = Math.min(sentence.clauses.end[at] as number, at + NAME_AFTER_REACH);
  for (let t = at + 1; t < end; t++) {
    const mention = sentence.mentions[sentence.mentionAt[t] as number];
    if (mention?.referent.type === 'asset') return mention.referent;
  }
  return undefined;
}

/** How far after a level its asset may be named: "$65,000 as the next support for BTC". */
const NAME_AFTER_REACH = 16;
