import { PhraseTable, type Token } from './tokens';

/**
 * Stage 5a: what a figure measures, from the words beside it. Each cue is a phrase with the topic
 * it names; the longest phrase at a word wins, so "funding round" is a raise, not funding, and
 * "liquidation volume" is liquidations, not volume.
 */
export type Topic =
  | 'oi'
  | 'funding'
  | 'liquidations'
  | 'market-cap'
  | 'support'
  | 'resistance'
  /** Says where an asset trades: "trading at", "changing hands", "price". */
  | 'price'
  /** A sum of money lost or made: dollars are no claim, a percentage is a move. */
  | 'money'
  /** Something that is not a market figure: flows, fees, hash rate, dominance, a raise. */
  | 'other';

const TOPIC_WORDS: Record<Topic, readonly string[]> = {
  oi: ['open interest', 'oi', 'open positions', 'futures open interest', 'perpetual open interest'],
  funding: [
    'funding',
    'funding rate',
    'funding rates',
    'perpetual funding',
    'perp funding',
    'funding fee',
    'funding fees',
    'oi weighted rate',
    'oi weighted funding',
    'weighted funding rate',
  ],
  liquidations: [
    'liquidation',
    'liquidations',
    'liquidated',
    'liquidating',
    'liquidation volume',
    'liquidation volumes',
    'wiped out',
    'wiped',
    'wipeout',
    'rekt',
    'flushed',
    'flushed out',
  ],
  'market-cap': [
    'market cap',
    'market caps',
    'market capitalization',
    'market capitalisation',
    'market value',
    'mcap',
    'total market cap',
    'market valuation',
  ],
  support: ['support', 'supports', 'floor', 'demand zone', 'support zone', 'support level', 'support levels'],
  resistance: ['resistance', 'ceiling', 'supply zone', 'resistance level', 'resistance levels'],
  price: [
    'price',
    'prices',
    'priced',
    'trading',
    'trades',
    'traded',
    'trade',
    'changing hands',
    'changed hands',
    'change hands',
    'changes hands',
    'quoted',
    'worth',
    'hovering',
    'hovers',
    'hovered',
    'sits',
    'sitting',
    'sat',
    'stood',
    'stands',
    'standing',
    'stays',
    'stayed',
    'remains',
    'remained',
  ],
  money: [
    'loss',
    'losses',
    'unrealized losses',
    'unrealised losses',
    'realized losses',
    'realised losses',
    'profit',
    'profits',
    'unrealized profit',
    'unrealized profits',
    'gains',
    'paper losses',
  ],
  other: [
    'inflow',
    'inflows',
    'outflow',
    'outflows',
    'flows',
    'net flows',
    'aum',
    'assets under management',
    'fee',
    'fees',
    'fine',
    'fined',
    'penalty',
    'penalties',
    'settlement',
    'salary',
    'salaries',
    'revenue',
    'revenues',
    'income',
    'earnings',
    'eps',
    'per share',
    'raise',
    'raised',
    'raises',
    'raising',
    'funding round',
    'valuation',
    'valued',
    'deal',
    'acquisition',
    'acquire',
    'acquired',
    'acquires',
    'bought',
    'purchase',
    'purchased',
    'purchases',
    'sold',
    'sells',
    'sale',
    'sales',
    'holdings',
    'stake',
    'treasury',
    'reserve',
    'reserves',
    'debt',
    'loan',
    'loans',
    'bond',
    'bonds',
    'convertible',
    'notes',
    'offering',
    'ipo',
    'budget',
    'grant',
    'investment',
    'invested',
    'invests',
    'bonus',
    'hack',
    'hacked',
    'stolen',
    'exploit',
    'exploited',
    'drained',
    'volume',
    'volumes',
    'trading volume',
    'hash rate',
    'hashrate',
    'hash power',
    'difficulty',
    'mining difficulty',
    'hashprice',
    'block reward',
    'transactions',
    'transaction',
    'addresses',
    'wallets',
    'supply',
    'circulating supply',
    'dominance',
    'inflation',
    'unemployment',
    'rate',
    'rates',
    'interest rate',
    'interest rates',
    'rate cut',
    'rate cuts',
    'yield',
    'yields',
    'apy',
    'apr',
    'odds',
    'probability',
    'chance',
    'chances',
    'poll',
    'survey',
    'tax',
    'taxes',
    'tariff',
    'tariffs',
    'premium',
    'discount',
    'mnav',
    'nav',
    'margin',
    'tvl',
    'total value locked',
    'staking',
    'staked',
    'reward',
    'rewards',
    'airdrop',
    'unlock',
    'burn',
    'burned',
    'fdv',
    'liquidated exposure',
    'largest single liquidation',
    'single largest liquidation',
    'single liquidation',
    'cost basis',
    'basis trade',
    'average',
    'averaged',
    'averages',
    'average price',
    'average cost',
    'average purchase price',
    'average buy price',
    'realized price',
    'market share',
    'share',
    'shares',
    'salary',
    'bounty',
    'donation',
    'donated',
    'payout',
    'payment',
    'payments',
    'spending',
    'cost',
    'costs',
    'capex',
    'allocation',
    'allocate',
    'spot volume',
    'default funding rate',
    'the default funding rate',
    'funding rate cap',
    'annualized',
    'annualised',
    'annualized funding',
    'annualised funding',
    'gdp',
    'cpi',
    'max pain',
    'strike',
    'strikes',
    'strike price',
    'expire',
    'expiry',
    'ratio',
  ],
};

const TOPICS = new PhraseTable<Topic>(
  (Object.entries(TOPIC_WORDS) as [Topic, readonly string[]][]).flatMap(([topic, words]) =>
    words.map((word): [string, Topic] => [word, topic]),
  ),
);

export interface Cue {
  topic: Topic;
  /** Token indexes `[at, end)`. */
  at: number;
  end: number;
}

/** The topic phrase starting at token `at`, if any. */
export function cueAt(tokens: readonly Token[], at: number): Cue | undefined {
  const found = TOPICS.at(tokens, at);
  return found ? { topic: found.value, at, end: found.end } : undefined;
}

/** Every cue in tokens `[from, to)`, in order, none overlapping. */
export function cuesIn(tokens: readonly Token[], from: number, to: number, skip?: (at: number) => number): Cue[] {
  const cues: Cue[] = [];
  let at = Math.max(0, from);
  while (at < to) {
    const skipped = skip?.(at) ?? at;
    if (skipped > at) {
      at = skipped;
      continue;
    }
    const cue = cueAt(tokens, at);
    if (cue && cue.end <= to) {
      cues.push(cue);
      at = cue.end;
    } else at++;
  }
  return cues;
}

/** "longs", "short positions": whose positions a liquidation figure counts. */
export function sideAt(tokens: readonly Token[], at: number): 'long' | 'short' | undefined {
  const word = tokens[at]?.text;
  if (word === 'long' || word === 'longs' || word === 'bulls' || word === 'bullish') return 'long';
  if (word === 'short' || word === 'shorts' || word === 'bears' || word === 'bearish') return 'short';
  return undefined;
}
