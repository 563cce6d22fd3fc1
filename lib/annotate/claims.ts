import { assetMentions, type Mention } from './asset-names';
import { type Claim, type ClaimKind, type ClaimWindow, MARKET } from './claim';
import { type Figure, findFigures, type NumberStyle } from './figures';
import { sentenceSpans } from './sentences';

/**
 * Claims in plain text, one paragraph at a time. Each figure is read with the words around it: the
 * lead (from the previous figure, or the sentence's start, up to the figure) and the trail (up to
 * the next figure). A cue nearest the figure decides what it is; a figure with no cue of its own
 * continues the one before it ("fell 2.34% and 1.17%"). A figure's asset is named in its sentence.
 */

/**
 * `price`: words that say where an asset trades. `weak`: words that say so only when nothing more
 * specific came before ("resistance sits at", "liquidations reached"). `none`: the figure is
 * something else (a fine, a fund, a share, a rate).
 */
type Topic = 'oi' | 'funding' | 'liq' | 'support' | 'resistance' | 'mcap' | 'price' | 'weak' | 'loss' | 'none';

/** What a figure is about. One alternation, so "funding rates" is funding, not "rates". */
const TOPIC = new RegExp(
  [
    String.raw`(open interest|\bOI\b)`,
    String.raw`(\bfunding(?: rates?)?)`,
    String.raw`(\bliquidations?\b|\bliquidated\b(?! exposure)|\bwiped out\b|\brekt\b)`,
    String.raw`(\bsupport\b|\bfloor\b|\bbreak(?:s|ing)? below\b|\bhold(?:s|ing)? above\b)`,
    String.raw`(\bresistance\b|\bceiling\b|\bbreak(?:s|ing)? (?:above|through)\b|\breclaim\w*)`,
    String.raw`(\bmarket (?:cap(?:itali[sz]ation)?|value)\b)`,
    String.raw`(\b(?:trad(?:ing|ed|es)|priced at|changing hands|chang(?:ed|es) hands|quoted)\b)`,
    String.raw`(\b(?:price[sd]?|now|hover\w*|sits?|sitting|stood|stands?|peaked|bottomed|reach(?:ed|es|ing)?|hit|touch(?:ed|es)?|(?:low|high|top|record)s?)\b)`,
    String.raw`(\b(?:loss(?:es)?|profits?)\b)`,
    String.raw`(\b(?:fines?|fined|salar(?:y|ies)|funds?|fundrais\w*|rais(?:e|ed|es|ing)|fees?|revenue|inflows?|outflows?|hack\w*|stolen|settle\w*|penalt\w*|targets?|forecasts?|predict\w*|bonus\w*|budget|dominance|inflation|stakes?|yields?|APY|APR|shares?|odds|probability|chance|poll\w*|supply|tax\w*|rates?|valuation|treasury|purchase[ds]?|bought|acquir\w*|invest\w*|grants?|exposure|holdings?|deal|ETFs?|volume|premium|margin|tvl|TVL)\b)`,
  ].join('|'),
  'gi',
);
const TOPICS: Topic[] = ['oi', 'funding', 'liq', 'support', 'resistance', 'mcap', 'price', 'weak', 'loss', 'none'];

const FALL = String.raw`down|fell|fall(?:en|s|ing)?|declin\w*|dropp\w*|drops?|slid(?:e|es|ing)?|slipp\w*|slips?|lost|los(?:e|es|ing)|loss(?:es)?|shed\w*|sank|sinks?|sinking|tumbl\w*|plung\w*|plummet\w*|slump\w*|crash\w*|retreat\w*|dipp\w*|dips?|lower|decreas\w*|contract\w*|shr[aiu]nk\w*|erased?|pared|negative|off`;
const RISE = String.raw`bounc\w*|up|rose|ris(?:e|es|en|ing)|gain\w*|climb\w*|jump\w*|surg\w*|rall\w*|soar\w*|advanc\w*|add(?:ed|s|ing)?|increas\w*|higher|rebound\w*|spik\w*|expand\w*|grew|grow\w*|popp\w*|positive|recover\w*`;
const MOVE = new RegExp(String.raw`\b(?:(${FALL})|(${RISE}))\b`, 'gi');

const WINDOWS: readonly [RegExp, ClaimWindow][] = [
  [/\b(?:year[- ]to[- ]date|YTD|this year|since (?:January|the start of the year))\b/gi, 'ytd'],
  [/\b(?:past year|(?:12|twelve) months|year[- ]on[- ]year|a year ago|annual(?:ly)?)\b/gi, '1y'],
  [/\b(?:24[- ]?hours?|24h|past day|one day|daily|today|on the day|overnight|session)\b/gi, '24h'],
  [/(?<![-\w])(?:week(?:ly)?|7[- ]days?|seven days|7d)\b/gi, '7d'],
  [/(?<![-\w])(?:month(?:ly)?|30[- ]days?|thirty days|30d)\b/gi, '30d'],
];

/** Whole-market figures: "total open interest", "liquidations across the market". */
const MARKET_WIDE =
  /\b(?:total|overall|aggregate|across the (?:crypto )?market|across (?:all )?(?:assets|coins|tokens)|market-wide|entire market|combined|global|crypto market)\b/gi;
const SIDE = /\b(?:(longs?)|(shorts?))\b/gi;
/** What may stand between two figures that share one cue: "2.34% and 1.17%". */
const CONNECTOR = /^\s*(?:,|and|or|,\s*and|to|versus|vs\.?)\s*$/;
/** A figure right after these is where an asset trades: "BTC at $67,200", "rose to $2,500". */
const AT_PRICE = /(?:\b(?:at|around|near|to)|@)\s*$/;
const FROM = /\bfrom\s*$/;

interface Hit {
  index: number;
  group: number;
}

/** Every match of a global, grouped regex with the number of the group that matched. */
function hits(pattern: RegExp, text: string): Hit[] {
  return [...text.matchAll(pattern)].map((match) => ({
    index: match.index,
    group: match.findIndex((group, i) => i > 0 && group !== undefined),
  }));
}

const lastHit = (pattern: RegExp, text: string) => hits(pattern, text).at(-1);
const firstHit = (pattern: RegExp, text: string) => hits(pattern, text)[0];

function windowIn(text: string, pick: 'first' | 'last'): ClaimWindow | undefined {
  let best: { index: number; window: ClaimWindow } | undefined;
  for (const [pattern, window] of WINDOWS) {
    const hit = pick === 'last' ? lastHit(pattern, text) : firstHit(pattern, text);
    if (!hit) continue;
    if (!best || (pick === 'last' ? hit.index > best.index : hit.index < best.index))
      best = { index: hit.index, window };
  }
  return best?.window;
}

interface Context {
  figure: Figure;
  /** Where the lead starts in the sentence. */
  leadStart: number;
  /** The last asset named before the figure, and the first after it, if any. */
  lastMention?: Mention;
  nextMention?: Mention;
  /** Words before the figure, from the previous figure or the sentence's start. */
  lead: string;
  /** Words after it, up to the next figure or the sentence's end. */
  trail: string;
}

interface Reading {
  kind: ClaimKind;
  /** Falls are negative: +1 or -1, for changes and funding. */
  sign: number;
  window?: ClaimWindow;
}

interface TopicHit {
  topic: Topic;
  /** Sentence offset of the cue. */
  at: number;
}

const topicHits = (text: string, offset: number): TopicHit[] =>
  hits(TOPIC, text).map((hit) => ({ topic: TOPICS[hit.group - 1] as Topic, at: offset + hit.index }));

/** Where the figure's own clause begins: after the last comma, semicolon or joining word. */
const CLAUSE = /(?:[,;:(]|\b(?:while|whereas|with|but|after|although|though|as)\b)(?=[^,;:(]*$)/;

/** The cues in `[from, to)` of the sentence that can describe this figure. */
function cues(context: Context, sentence: string, from: number, to: number): TopicHit[] {
  return topicHits(sentence.slice(from, to), from).filter((hit) => usable(hit, context.figure));
}

/** The last cue before the figure; a weak price word gives way to a specific cue before it. */
function lastCue(hits: TopicHit[]): TopicHit | undefined {
  const last = hits.at(-1);
  if (last?.topic !== 'weak') return last;
  return hits.findLast((hit) => hit.topic !== 'weak' && hit.topic !== 'price') ?? last;
}

/** The first cue after the figure; a weak price word gives way to a specific cue after it. */
const firstCue = (hits: TopicHit[]) => hits.find((hit) => hit.topic !== 'weak') ?? hits[0];

/** Where the figure's clause starts, in the sentence (at most 80 characters back). */
function clauseStart({ figure, lead }: Context): number {
  const near = lead.slice(-80);
  const cut = CLAUSE.exec(near);
  return figure.start - near.length + (cut ? cut.index + cut[0].length : 0);
}

/**
 * What a figure is about, from the nearest cue: in its own clause (a weak price word there gives
 * way to a specific cue right after the figure: "price eyes $120K resistance"); for dollars, "at"
 * or "to" right before it; after it; earlier in the sentence since the last figure.
 */
function topicOf(context: Context, sentence: string): TopicHit | 'at' | undefined {
  const { figure, lead, leadStart } = context;
  const clause = clauseStart(context);
  const own = lastCue(cues(context, sentence, clause, figure.start));
  const after = firstCue(cues(context, sentence, figure.end, figure.end + 80));
  if (own?.topic === 'weak' && after && after.topic !== 'weak' && after.at < figure.end + 20) return after;
  if (own) return own;
  if (figure.unit === 'USD' && AT_PRICE.test(lead)) return 'at';
  return after ?? lastCue(cues(context, sentence, Math.max(leadStart, figure.start - 80), clause));
}

/** Price words say nothing about a percentage, and "losses of 4%" are a fall, not a loss in dollars. */
const usable = (hit: TopicHit, figure: Figure) =>
  figure.unit === 'USD' || (hit.topic !== 'price' && hit.topic !== 'weak' && hit.topic !== 'loss');

/** "a $4,000 fine", "5% of the supply": a word right after the figure (before any asset) that makes it no claim. */
const namedOtherwise = (context: Context) =>
  topicHits(
    context.trail.slice(0, Math.min(16, (context.nextMention?.index ?? Infinity) - context.figure.end)),
    0,
  ).some((hit) => hit.topic === 'none' || (hit.topic === 'loss' && context.figure.unit === 'USD'));

/** "Bitcoin dominance rose": a cue after the asset's name makes the sentence about something else. */
const aboutSomethingElse = (context: Context, topic: TopicHit | undefined) =>
  (topic?.topic === 'none' || topic?.topic === 'loss') &&
  topic.at > (context.lastMention?.index ?? -1) &&
  topic.at < context.figure.start;

/** The direction a verb gives a percentage (sentence offset of the verb): "fell 2%", or "a 4.4% drop" right after. */
function moveOf(context: Context): { sign: number; at: number } | undefined {
  const near = context.lead.slice(-60);
  const before = lastHit(MOVE, near);
  if (before) return { sign: before.group === 1 ? -1 : 1, at: context.figure.start - near.length + before.index };
  const after = context.trail.match(
    /^\s*(?:[a-z]+\s+)?(?:(drop|decline|fall|slide|loss|slump|plunge|dip)|gain|rise|jump|surge|rally|increase|climb|advance)\b/i,
  );
  return after ? { sign: after[1] ? -1 : 1, at: context.figure.end } : undefined;
}

/** A reading, or a cue that says the figure is something else and must not continue a list. */
type Read = Reading | 'not' | undefined;

function readPercent(context: Context, sentence: string): Read {
  if (namedOtherwise(context)) return 'not';
  const { figure } = context;
  const own = lastCue(cues(context, sentence, clauseStart(context), figure.start));
  const move = moveOf(context);
  // A verb before the figure makes it a move unless its clause names something else; cues after
  // it only count when there is no verb ("Ether drops 6% as funding rates flip negative").
  const topic = own ?? (move || figure.signed ? undefined : (topicOf(context, sentence) as TopicHit | undefined));
  const sign = figure.signed ? 1 : (move?.sign ?? 1);
  if (topic?.topic === 'oi') return { kind: 'oi-change', sign };
  if (topic?.topic === 'funding') {
    return { kind: 'funding', sign: figure.signed || !/\bnegative\b/i.test(context.lead.slice(-40)) ? 1 : -1 };
  }
  // A cue that this is a share, a yield or a rate wins over a verb that came before it.
  if (topic && (!move || topic.at > move.at || aboutSomethingElse(context, topic))) return 'not';
  if (move || figure.signed) return { kind: 'change', sign };
  return undefined;
}

const USD_KINDS: Partial<Record<Topic, ClaimKind>> = {
  liq: 'liquidations',
  support: 'support',
  resistance: 'resistance',
  mcap: 'market-cap',
  price: 'price',
  weak: 'price',
};

/** A price a sentence only expects or bets on: "DOGE will hit $0.25", "eyes $120K". */
const SPECULATIVE =
  /\b(?:will|could|would|might|may|expect\w*|think\w*|bets?|betting|forecast\w*|targets?|towards?|eyes|eyeing|if)\b/i;
/** "$1 trillion below its peak": a distance, not a level. */
const DISTANCE = /^\s*(?:below|above|under|short of|shy of|off|higher|lower|more|less)\b/;
/** "OI dropped $2 billion", "fell by about $2 billion": a change in dollars. */
const MOVED_BY = new RegExp(
  String.raw`\b(?:${FALL}|${RISE})\s+(?:by\s+)?(?:about|around|roughly|nearly|almost|some|approximately|over|more than|an estimated)?\s*$`,
  'i',
);

function readUsd(context: Context, sentence: string): Read {
  const { figure, lead } = context;
  if (namedOtherwise(context) || DISTANCE.test(context.trail)) return 'not';
  const topic = topicOf(context, sentence);
  // A scaled figure is never a price, but may be the level a move reached ("rose 3% to $42
  // billion"); a past or hoped-for price is no claim at all.
  const price = (): Read =>
    figure.scaled
      ? undefined
      : FROM.test(lead) || SPECULATIVE.test(sentence.slice(Math.max(0, figure.start - 60), figure.start))
        ? 'not'
        : { kind: 'price', sign: 1 };
  // "$ETH $2,180", "$HYPE printing again: $47.30": a figure right after a ticker, or after a
  // colon that follows one closely, is its price.
  const named = context.lastMention;
  const gap = named ? sentence.slice(named.end, figure.start) : '';
  if (named && !figure.scaled && (/^\s*[-–]?\s*$/.test(gap) || /^[^\d$%]{0,24}:\s*$/.test(gap))) return price();
  if (topic === 'at') return price();
  if (!topic) return undefined;
  if (aboutSomethingElse(context, topic)) return 'not';
  if (topic.topic === 'oi') return MOVED_BY.test(lead) ? 'not' : { kind: 'oi-level', sign: 1 };
  const kind = USD_KINDS[topic.topic];
  if (kind === 'price') return price();
  return kind ? { kind, sign: 1 } : 'not';
}

/** "Open interest rose 3% to $42.1 billion": a figure reached after a change is that thing's level. */
const LEVEL_AFTER: Partial<Record<ClaimKind, ClaimKind>> = { 'oi-change': 'oi-level', change: 'price' };
const REACHED = /\b(?:to|at)(?:\s+an?\s+(?:fresh\s+|new\s+)?(?:record|(?:all-time\s+)?high|low)(?:\s+of)?)?\s*$/;

const OI_KINDS: ReadonlySet<ClaimKind> = new Set(['oi-change', 'oi-level']);
const WINDOWED: ReadonlySet<ClaimKind> = new Set(['change', 'oi-change', 'liquidations']);
const MARKET_KINDS: ReadonlySet<ClaimKind> = new Set([
  'oi-change',
  'oi-level',
  'liquidations',
  'market-cap',
  'funding',
]);

/** Read each figure of a sentence, letting a figure with no cue of its own continue the last. */
function readFigures(contexts: Context[], sentence: string): (Reading | undefined)[] {
  const readings: (Reading | undefined)[] = [];
  contexts.forEach((context, i) => {
    const readOne = context.figure.unit === 'USD' ? readUsd : readPercent;
    const previous = readings[i - 1];
    const reached =
      previous && context.figure.unit === 'USD' && REACHED.test(context.lead) && LEVEL_AFTER[previous.kind];
    const read = readOne(context, sentence);
    let own = read === 'not' ? undefined : (read ?? (reached ? { kind: reached, sign: 1 } : undefined));
    // "open interest rose to $8.3 billion, up 21%": a move in apposition to an OI figure is
    // open interest's move.
    if (
      own?.kind === 'change' &&
      previous &&
      OI_KINDS.has(previous.kind) &&
      /^\s*[,(]?\s*(?:up|down)?\s*$/.test(context.lead)
    ) {
      own = { ...own, kind: 'oi-change' };
    }
    const before = contexts[i - 1]?.figure;
    const carried =
      read === undefined &&
      !own &&
      previous &&
      before?.unit === context.figure.unit &&
      before.scaled === context.figure.scaled &&
      !lastHit(TOPIC, context.lead) &&
      (CONNECTOR.test(context.lead) || (previous.kind !== 'price' && !lastHit(MOVE, context.lead)));
    // "Bitcoin gained 1.2% and Ether 2.9%": a bare percentage right after another asset's name
    // repeats the sentence's move for it.
    const move = readings.findLast((earlier) => earlier?.kind === 'change');
    const named = context.lastMention;
    const gapped =
      read === undefined &&
      !own &&
      !carried &&
      move &&
      context.figure.unit === 'percent' &&
      named &&
      named.index >= context.leadStart &&
      /^[\s()A-Z]{0,8}$/.test(sentence.slice(named.end, context.figure.start));
    const reading =
      own ??
      (carried
        ? { ...previous, window: undefined }
        : gapped
          ? { kind: 'change' as const, sign: move.sign }
          : undefined);
    if (reading && WINDOWED.has(reading.kind)) {
      // A window right after the figure is its own ("10.6% over 24 hours and 38% over the past
      // week"); then one before it in its clause, then anywhere after it up to the next figure.
      reading.window =
        windowIn(context.trail.slice(0, 30).split(/[,;(]/)[0] ?? '', 'first') ??
        windowIn(context.lead, 'last') ??
        windowIn(context.trail, 'first') ??
        (carried ? previous?.window : undefined);
    }
    readings.push(reading);
  });
  // "$150 million in shorts and $87 million in longs were liquidated today": figures joined by
  // "and" share the window the last of them states.
  for (let i = readings.length - 2; i >= 0; i--) {
    const reading = readings[i];
    const next = readings[i + 1];
    const between = contexts[i + 1]?.lead ?? '';
    if (
      reading &&
      next?.window &&
      !reading.window &&
      reading.kind === next.kind &&
      /^[^,;]*\band\b[^,;]*$/.test(between)
    ) {
      reading.window = next.window;
    }
  }
  return readings;
}

/** The asset a figure is about: the one named nearest before it, else the first after. */
function ownerOf(mentions: Mention[], context: Context, kind: ClaimKind): string | undefined {
  const { start, end } = context.figure;
  const before = mentions.filter((mention) => mention.index < start).at(-1);
  const after = mentions.find((mention) => mention.index >= end);
  if (MARKET_KINDS.has(kind)) {
    const lead = context.lead.slice(-80);
    const wide = lastHit(MARKET_WIDE, lead);
    const leadStart = start - lead.length;
    const ownInLead = before && before.index >= leadStart ? before : undefined;
    if (wide && (!ownInLead || leadStart + wide.index > ownInLead.index)) return MARKET;
    if (ownInLead) return ownInLead.asset;
    if (after && after.index < end + context.trail.length) return after.asset;
    return before?.asset ?? MARKET;
  }
  return (before ?? after)?.asset;
}

/** "XRP and BNB have fallen 2.34% and 1.17% respectively": the nth figure is the nth asset's. */
function pairRespectively(sentence: string, mentions: Mention[], figures: Figure[], kinds: (ClaimKind | undefined)[]) {
  const owners = new Map<number, string>();
  if (!/\brespectively\b/.test(sentence)) return owners;
  let i = 0;
  while (i < figures.length) {
    let j = i;
    while (
      j + 1 < figures.length &&
      kinds[j + 1] !== undefined &&
      kinds[j + 1] === kinds[i] &&
      CONNECTOR.test(sentence.slice((figures[j] as Figure).end, (figures[j + 1] as Figure).start))
    )
      j++;
    const count = j - i + 1;
    const assets = [...new Set(mentions.filter((m) => m.index < (figures[i] as Figure).start).map((m) => m.asset))];
    if (count > 1 && assets.length >= count) {
      assets.slice(-count).forEach((asset, k) => {
        owners.set(i + k, asset);
      });
    }
    i = j + 1;
  }
  return owners;
}

export interface ClaimOptions {
  /** How the text writes numbers; English unless the page's language or its digits say otherwise. */
  numberStyle?: NumberStyle;
}

/**
 * Claims in a paragraph of text, in order. Support and resistance levels in a sentence that names
 * no asset belong to the asset last named earlier in the paragraph; every other kind needs its
 * asset in its own sentence, or, for open interest, liquidations, funding and market cap, the
 * market as a whole.
 */
export function findClaims(text: string, options: ClaimOptions = {}): Claim[] {
  const claims: Claim[] = [];
  let lastNamed: string | undefined;
  for (const span of sentenceSpans(text)) {
    const sentence = text.slice(span.start, span.end);
    const figures = findFigures(sentence, options.numberStyle);
    const mentions = assetMentions(sentence);
    if (figures.length > 0) {
      const contexts = figures.map((figure, i): Context => {
        const leadStart = figures[i - 1]?.end ?? 0;
        return {
          figure,
          leadStart,
          lastMention: mentions.findLast((mention) => mention.index < figure.start),
          nextMention: mentions.find((mention) => mention.index >= figure.end),
          lead: sentence.slice(leadStart, figure.start),
          trail: sentence.slice(figure.end, figures[i + 1]?.start ?? sentence.length),
        };
      });
      const readings = readFigures(contexts, sentence);
      const paired = pairRespectively(
        sentence,
        mentions,
        figures,
        readings.map((reading) => reading?.kind),
      );
      contexts.forEach((context, i) => {
        const reading = readings[i];
        if (!reading) return;
        const { figure } = context;
        const level = reading.kind === 'support' || reading.kind === 'resistance';
        const asset =
          paired.get(i) ??
          ownerOf(mentions, context, reading.kind) ??
          (level && mentions.length === 0 ? lastNamed : undefined);
        if (!asset) return;
        claims.push({
          kind: reading.kind,
          asset,
          value: Math.abs(figure.value) * (figure.signed ? Math.sign(figure.value) || 1 : reading.sign),
          unit: figure.unit,
          ...(reading.window && { window: reading.window }),
          ...(reading.kind === 'liquidations' && sideOf(context)),
          start: span.start + figure.start,
          end: span.start + figure.end,
        });
      });
    }
    lastNamed = mentions.at(-1)?.asset ?? lastNamed;
  }
  return claims;
}

/** "$237 million in BTC long positions", "short liquidations of $87 million". */
function sideOf(context: Context): { side?: 'long' | 'short' } {
  const hit = firstHit(SIDE, context.trail.slice(0, 30)) ?? lastHit(SIDE, context.lead.slice(-40));
  return hit ? { side: hit.group === 1 ? 'long' : 'short' } : {};
}
