import { ASSETS, type AssetId, MAJOR_ASSETS } from '../assets';
import { findUsdAmounts } from './amounts';
import { sentenceSpans } from './sentences';

/** A figure an article quotes, tied to the asset it is about. Kinds grow with issue 6. */
export interface Claim {
  kind: 'price';
  asset: AssetId;
  value: number;
  unit: 'USD';
  /** The figure's span in the text it was found in. */
  start: number;
  end: number;
}

/** Words that make a dollar figure a price in the sentence around it. */
const PRICE_CUE =
  /\b(?:trad(?:ing|ed|es)|price[sd]?|changing hands|chang(?:ed|es) hands|hover(?:ing|ed|s)?|sits?|sitting|stood|stands?|(?:rose|fell|dropped|climbed|slipped|jumped|surged|rallied|sank) to|reach(?:ed|es|ing)?|hit|touch(?:ed|es))\b/i;

/** A figure next to these is a level or a notional, not where the price is now. */
const NOT_A_PRICE =
  /\b(?:support|resistance|level|target|fine[ds]?|salary|fund(?:ing)?|raise[ds]?|fee[s]?|loss(?:es)?|profits?|liquidat\w*|settle\w*|penalt\w*)\b/i;

interface Mention {
  asset: AssetId;
  index: number;
}

const MENTION = new RegExp(`\\b(${MAJOR_ASSETS.flatMap((asset) => ASSETS[asset].names).join('|')})\\b`, 'g');
const ASSET_BY_NAME = new Map(
  MAJOR_ASSETS.flatMap((asset) => ASSETS[asset].names.map((name) => [name, asset] as const)),
);

function assetMentions(sentence: string): Mention[] {
  return [...sentence.matchAll(MENTION)].flatMap((match) => {
    const asset = ASSET_BY_NAME.get(match[1] ?? '');
    return asset ? [{ asset, index: match.index }] : [];
  });
}

/**
 * Price claims in plain text: a dollar figure, in a sentence that names an asset and says the
 * figure is where it trades. The figure belongs to the nearest asset named before it (or after,
 * if none comes before). No asset in the sentence, no claim.
 */
export function findClaims(text: string): Claim[] {
  const claims: Claim[] = [];
  for (const span of sentenceSpans(text)) {
    const sentence = text.slice(span.start, span.end);
    const mentions = assetMentions(sentence);
    if (mentions.length === 0) continue;
    for (const amount of findUsdAmounts(sentence)) {
      if (amount.scaled) continue;
      const lead = sentence.slice(Math.max(0, amount.start - 60), amount.start);
      const trail = sentence.slice(amount.end, amount.end + 30);
      if (!PRICE_CUE.test(lead) || NOT_A_PRICE.test(lead) || NOT_A_PRICE.test(trail)) continue;
      const before = mentions.filter((mention) => mention.index < amount.start).at(-1);
      const owner = before ?? mentions[0];
      if (!owner) continue;
      claims.push({
        kind: 'price',
        asset: owner.asset,
        value: amount.value,
        unit: 'USD',
        start: span.start + amount.start,
        end: span.start + amount.end,
      });
    }
  }
  return claims;
}
