import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findClaims } from '@/lib/annotate/claims';

const SHARED_ARTICLE = resolve(
  import.meta.dirname,
  '../../../../shared/articles/gate-why-crypto-markets-are-pressured.txt',
);

/** Claims as a reader checks them: what, about which asset, how much, over when, and the figure. */
const read = (text: string, options?: Parameters<typeof findClaims>[1]) =>
  findClaims(text, options).map(({ start, end, ...claim }) => ({ ...claim, text: text.slice(start, end) }));

describe('findClaims: prices', () => {
  it('finds the price a sentence gives an asset', () => {
    expect(read('Bitcoin is trading around $67,490, down 1.88% over the past 24 hours.')).toEqual([
      { kind: 'price', asset: 'BTC', value: 67490, unit: 'USD', text: '$67,490' },
      { kind: 'change', asset: 'BTC', value: -1.88, unit: 'percent', window: '24h', text: '1.88%' },
    ]);
  });

  it('gives each figure to the asset named before it', () => {
    expect(read('BTC changed hands at $67.5K while ETH traded near $1,985.')).toMatchObject([
      { kind: 'price', asset: 'BTC', value: 67500, text: '$67.5K' },
      { kind: 'price', asset: 'ETH', value: 1985, text: '$1,985' },
    ]);
  });

  it('reads "fell as much as 4.2% to $61,230" as a move and the price it reached', () => {
    expect(read('Bitcoin fell as much as 4.2% to $61,230 in New York.')).toMatchObject([
      { kind: 'change', asset: 'BTC', value: -4.2 },
      { kind: 'price', asset: 'BTC', value: 61230 },
    ]);
  });

  it('reads cashtags and "at" in a post', () => {
    expect(read('$SOL at $142.30 and $DOGE at $0.1712 🚀')).toMatchObject([
      { kind: 'price', asset: 'SOL', value: 142.3 },
      { kind: 'price', asset: 'DOGE', value: 0.1712 },
    ]);
  });

  it('reads amounts written the European way', () => {
    expect(read('Bitcoin notiert bei 67.490 USD, Ether trades at 1.985,40 USD.', { numberStyle: 'eu' })).toMatchObject([
      { kind: 'price', asset: 'BTC', value: 67490 },
      { kind: 'price', asset: 'ETH', value: 1985.4 },
    ]);
  });
});

describe('findClaims: changes', () => {
  it.each([
    ['Ether declined 2.97% on the day.', 'ETH', -2.97, '24h'],
    ['Solana slid 4% this week.', 'SOL', -4, '7d'],
    ['XRP is up 5 percent over the past month.', 'XRP', 5, '30d'],
    ['Dogecoin has gained 31% year-to-date.', 'DOGE', 31, 'ytd'],
    ['Cardano fell 2.34% in the past 24 hours.', 'ADA', -2.34, '24h'],
    ['Avalanche posted a 6.1% drop on the week.', 'AVAX', -6.1, '7d'],
  ])('reads "%s"', (text, asset, value, window) => {
    expect(read(text)).toEqual([expect.objectContaining({ kind: 'change', asset, value, window, unit: 'percent' })]);
  });

  it('keeps a stated sign over the verb around it', () => {
    expect(read('Solana shows steeper losses at -3.88%.')).toMatchObject([{ asset: 'SOL', value: -3.88 }]);
  });

  it('pairs lists with "respectively" in order', () => {
    expect(read('XRP and BNB have fallen 2.34% and 1.17% respectively.')).toMatchObject([
      { kind: 'change', asset: 'XRP', value: -2.34 },
      { kind: 'change', asset: 'BNB', value: -1.17 },
    ]);
  });

  it('leaves the window out when the sentence gives none', () => {
    expect(read('Chainlink rose 3.2%.')[0]).not.toHaveProperty('window');
  });
});

describe('findClaims: derivatives and levels', () => {
  it('reads open interest for the market and for an asset', () => {
    expect(read('Open interest in perpetual futures has dropped approximately 4.4% over the past day.')).toMatchObject([
      { kind: 'oi-change', asset: 'market', value: -4.4, window: '24h' },
    ]);
    expect(read('Bitcoin open interest rose 3% to $42.1 billion.')).toMatchObject([
      { kind: 'oi-change', asset: 'BTC', value: 3 },
      { kind: 'oi-level', asset: 'BTC', value: 42.1e9 },
    ]);
  });

  it('reads liquidations with their side and window', () => {
    expect(
      read('Over the past 24 hours alone, approximately $237 million in BTC long positions were liquidated.'),
    ).toEqual([
      {
        kind: 'liquidations',
        asset: 'BTC',
        value: 237e6,
        unit: 'USD',
        window: '24h',
        side: 'long',
        text: '$237 million',
      },
    ]);
    expect(
      read('Across the market, $150 million in shorts and $87 million in longs were liquidated today.'),
    ).toMatchObject([
      { kind: 'liquidations', asset: 'market', value: 150e6, side: 'short', window: '24h' },
      { kind: 'liquidations', asset: 'market', value: 87e6, side: 'long', window: '24h' },
    ]);
  });

  it('reads funding with its sign', () => {
    expect(read('Bitcoin funding rates sit at 0.01% per eight hours.')).toMatchObject([
      { kind: 'funding', asset: 'BTC', value: 0.01 },
    ]);
    expect(read('Ether funding flipped negative to 0.003%.')).toMatchObject([
      { kind: 'funding', asset: 'ETH', value: -0.003 },
    ]);
  });

  it('reads support and resistance, carrying the asset across sentences of one paragraph', () => {
    const text =
      'The $75,000 level represents the key technical support for Bitcoin. However, a decisive break below $75,000 would redirect attention toward the $70,000 support zone. Resistance sits at $82,000.';
    expect(read(text)).toMatchObject([
      { kind: 'support', asset: 'BTC', value: 75000 },
      { kind: 'support', asset: 'BTC', value: 75000 },
      { kind: 'support', asset: 'BTC', value: 70000 },
      { kind: 'resistance', asset: 'BTC', value: 82000 },
    ]);
  });

  it('reads market caps', () => {
    expect(
      read("Bitcoin's market cap rose to $1.34 trillion while the total crypto market cap hit $2.3 trillion."),
    ).toMatchObject([
      { kind: 'market-cap', asset: 'BTC', value: 1.34e12 },
      { kind: 'market-cap', asset: 'market', value: 2.3e12 },
    ]);
  });
});

describe('findClaims: what is not a claim', () => {
  it.each([
    ['no asset in the sentence', 'The index is trading at $67,490 today.'],
    ['a fine', 'The Bitcoin exchange was hit with a $4,000 fine by the regulator.'],
    ['a salary', 'The Ethereum developer earns a salary of $180,000.'],
    ['a fund', 'A $500 million Bitcoin fund closed on Tuesday.'],
    ['unrealized losses', 'Unrealized losses among Bitcoin holders have accumulated to nearly $900 million.'],
    ['ETF flows', 'Spot Bitcoin ETFs took in $1.2 billion of inflows.'],
    ['a year', 'Bitcoin traded through 2024 and 2025.'],
    ['a date', 'Bitcoin halved on April 20, 2024.'],
    ['a share of supply', 'Bitcoin whales hold 5% of the supply.'],
    ['dominance', 'Bitcoin dominance rose to 58.2%.'],
    ['a past price', 'Bitcoin rallied from $60,000 last month.'],
    ['an ordinary word in capitals', 'PRICES ARE NEAR RECORD LEVELS, UP 5% IN A DAY.'],
    ['lowercase words that are tickers', 'Click the link below; near the top, prices rose 5%.'],
    ['Spanish sol', 'El sol subió 5% hoy.'],
    ['a price target', 'Analysts set a Bitcoin price target of $150,000.'],
    ['a treasury purchase', 'Strategy bought 10,000 BTC for $1.1 billion.'],
  ])('makes no claim for %s', (_, text) => {
    expect(findClaims(text)).toEqual([]);
  });

  it('keeps "liquidations on Hyperliquid" about the market, not HYPE', () => {
    expect(read('Liquidations on Hyperliquid reached $120 million today.')).toMatchObject([{ asset: 'market' }]);
  });
});

describe('findClaims: properties', () => {
  const words = fc.constantFrom(
    'Bitcoin',
    'ETH',
    'Solana',
    'XRP',
    'fell',
    'rose',
    'to',
    'at',
    'support',
    'open interest',
    'liquidated',
    'funding',
    '$67,490',
    '1.88%',
    '-3.88%',
    '$237 million',
    '5 percent',
    'respectively',
    'and',
    '.',
    ',',
    '\n',
    '2024',
  );
  const sentences = fc.array(fc.oneof(words, fc.string()), { maxLength: 40 }).map((parts) => parts.join(' '));

  it('never throws and keeps every span inside the text, on a figure', () => {
    fc.assert(
      fc.property(sentences, fc.constantFrom('en' as const, 'eu' as const), (text, numberStyle) => {
        for (const claim of findClaims(text, { numberStyle })) {
          expect(claim.start).toBeGreaterThanOrEqual(0);
          expect(claim.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(claim.start, claim.end)).toMatch(/\d/);
          expect(Number.isFinite(claim.value)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('finds no claim in text that names no asset', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        expect(findClaims(text)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the same claims wherever the paragraph sits in a longer text', () => {
    const paragraph = 'Bitcoin is trading around $67,490, down 1.88% over the past 24 hours.';
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }).filter((text) => !/[$%\d]/.test(text)),
        (prefix) => {
          const text = `${prefix}\n${paragraph}`;
          expect(read(text).map((claim) => claim.text)).toEqual(['$67,490', '1.88%']);
        },
      ),
    );
  });
});

describe.skipIf(!existsSync(SHARED_ARTICLE))('the shared Gate article', () => {
  it('finds every figure the article quotes about the market', () => {
    const text = readFileSync(SHARED_ARTICLE, 'utf8');
    const claims = text.split('\n').flatMap((paragraph) => read(paragraph));
    expect(claims.map(({ kind, asset, value, window, side }) => [kind, asset, value, window, side])).toEqual([
      ['price', 'BTC', 67490, undefined, undefined],
      ['change', 'BTC', -1.88, '24h', undefined],
      ['change', 'ETH', -2.97, '24h', undefined],
      ['change', 'SOL', -3.88, undefined, undefined],
      ['change', 'XRP', -2.34, undefined, undefined],
      ['change', 'BNB', -1.17, undefined, undefined],
      ['oi-change', 'market', -4.4, '24h', undefined],
      ['oi-change', 'market', -34, '30d', undefined],
      ['liquidations', 'BTC', 237e6, '24h', 'long'],
      ['liquidations', 'market', 2.16e9, '7d', undefined],
      ['liquidations', 'market', 4.4e9, '30d', undefined],
      ['support', 'BTC', 75000, undefined, undefined],
      ['support', 'BTC', 75000, undefined, undefined],
      ['support', 'BTC', 70000, undefined, undefined],
    ]);
  });
});
