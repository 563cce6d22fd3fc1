import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findClaims, type ReadOptions } from '@/lib/annotate/claims';

/**
 * The claim reader end to end, on sentences in the shapes real news writes (docs/article-chips.md
 * lists the patterns and where they were seen). Each stage has tests of its own in reader/.
 */
const SHARED_ARTICLE = resolve(
  import.meta.dirname,
  '../../../../shared/articles/gate-why-crypto-markets-are-pressured.txt',
);

/** Claims as a reader checks them: what, about which asset, how much, over when, and the figure. */
const read = (text: string, options?: ReadOptions) =>
  findClaims(text, options).map(({ start, end, ...claim }) => ({ ...claim, text: text.slice(start, end) }));

/** A Thursday, for articles that name their day. */
const THURSDAY = Date.parse('2026-02-05T14:00:00Z');

describe('findClaims: prices and moves', () => {
  it('finds the price a sentence gives an asset, and its move', () => {
    expect(read('Bitcoin is trading around $67,490, down 1.88% over the past 24 hours.')).toEqual([
      { kind: 'price', asset: 'BTC', value: 67490, unit: 'USD', text: '$67,490' },
      { kind: 'change', asset: 'BTC', value: -1.88, unit: 'percent', window: '24h', text: '1.88%' },
    ]);
  });

  it('gives each figure to the asset named before it, and the level a move reached to its asset', () => {
    expect(read('BTC changed hands at $67.5K while ETH slid 5.4% to $1,962.')).toMatchObject([
      { kind: 'price', asset: 'BTC', value: 67500 },
      { kind: 'change', asset: 'ETH', value: -5.4 },
      { kind: 'price', asset: 'ETH', value: 1962 },
    ]);
  });

  it.each([
    ['Ether declined 2.97% on the day.', 'ETH', -2.97, '24h'],
    ['Solana slid 4% this week.', 'SOL', -4, '7d'],
    ['XRP is up 5 percent over the past month.', 'XRP', 5, '30d'],
    ['Dogecoin has gained 31% year-to-date.', 'DOGE', 31, 'ytd'],
    ['Cardano fell 2.34 per cent in the past 24 hours.', 'ADA', -2.34, '24h'],
    ['Avalanche posted a 6.1% drop on the week.', 'AVAX', -6.1, '7d'],
    ['Bitcoin is down 1.2% over the past hour.', 'BTC', -1.2, '1h'],
    ['Ether suffered a steep 7.2% slide over the past four hours.', 'ETH', -7.2, '4h'],
    ['Solana edged 0.4% higher over 12 hours.', 'SOL', 0.4, '12h'],
  ])('reads "%s"', (text, asset, value, window) => {
    expect(read(text)).toEqual([expect.objectContaining({ kind: 'change', asset, value, window, unit: 'percent' })]);
  });

  it('keeps a stated sign over the verb around it', () => {
    expect(read('Solana shows steeper losses at -3.88%.')).toMatchObject([{ asset: 'SOL', value: -3.88 }]);
  });

  it('leaves the window out when the sentence gives none', () => {
    expect(read('Chainlink rose 3.2%.')[0]).not.toHaveProperty('window');
  });

  it('gives a window stated once to every figure of its list', () => {
    expect(read('Over the past day, Bitcoin fell 2%, Ether 3% and Solana 4%.')).toMatchObject([
      { asset: 'BTC', value: -2, window: '24h' },
      { asset: 'ETH', value: -3, window: '24h' },
      { asset: 'SOL', value: -4, window: '24h' },
    ]);
    expect(read('Bitcoin fell 2%, Ether 3% and Solana 4% over the past week.')).toMatchObject([
      { asset: 'BTC', window: '7d' },
      { asset: 'ETH', window: '7d' },
      { asset: 'SOL', window: '7d' },
    ]);
  });

  it('pairs lists with their names in order, with or without "respectively"', () => {
    expect(read('XRP and BNB have fallen 2.34% and 1.17% respectively.')).toMatchObject([
      { kind: 'change', asset: 'XRP', value: -2.34 },
      { kind: 'change', asset: 'BNB', value: -1.17 },
    ]);
    expect(read('Ether and Solana changed hands at $2,118 and $97.10.')).toMatchObject([
      { kind: 'price', asset: 'ETH', value: 2118 },
      { kind: 'price', asset: 'SOL', value: 97.1 },
    ]);
  });

  it('reads a range whose assets follow in brackets', () => {
    expect(read('Large caps posted losses between 5% (BNB) and 11% (SOL) on the day.')).toMatchObject([
      { kind: 'change', asset: 'BNB', value: -5 },
      { kind: 'change', asset: 'SOL', value: -11 },
    ]);
  });

  it('reads amounts written the European way', () => {
    expect(read('Bitcoin trades at 67.490 USD, Ether at 1.985,40 $ (-2,1%).', { numberStyle: 'eu' })).toMatchObject([
      { kind: 'price', asset: 'BTC', value: 67490 },
      { kind: 'price', asset: 'ETH', value: 1985.4 },
      { kind: 'change', asset: 'ETH', value: -2.1 },
    ]);
  });

  it('reads cashtags, labels and "at" in a post', () => {
    expect(read('$SOL at $142.30 and $DOGE at $0.1712 🚀')).toMatchObject([
      { kind: 'price', asset: 'SOL', value: 142.3 },
      { kind: 'price', asset: 'DOGE', value: 0.1712 },
    ]);
    expect(read('🟠 $BTC for reference: $86,420 (-1.3%)')).toMatchObject([
      { kind: 'price', asset: 'BTC', value: 86420 },
      { kind: 'change', asset: 'BTC', value: -1.3 },
    ]);
  });
});

describe('findClaims: past figures are not read as now', () => {
  it.each([
    ['an all-time high set before', 'Bitcoin is 30% below its all-time high of $126,000.'],
    ['a move from an earlier price', 'Ether rallied from $2,400 on Monday.'],
    ['a drawdown from a peak', 'Bitcoin is down 25% from its October peak.'],
    ['"since peaking"', 'Solana has lost 40% since peaking at $290.'],
    ["the day's extreme", 'Bitcoin fell as much as 7% to $81,230 before paring losses.'],
    ['a record touched', 'XRP jumped to a record $3.64 on Friday.'],
    ['a move named for an earlier day', 'Bitcoin fell 6% on Monday.'],
    ['last week', 'Ether slid 9% last week.'],
    ['an earlier year', 'Bitcoin lost 65% in 2022.'],
    ['a forecast', 'Analysts say bitcoin could hit $150,000 by year-end.'],
    ['a threshold crossed', 'Bitcoin slid below $90,000.'],
    ['a window Undertow does not measure', 'Ether is up 12% since Friday.'],
    ['a close at another moment', 'Bitcoin closed the quarter at $62,900.'],
  ])('makes no claim for %s', (_, text) => {
    expect(findClaims(text, { published: THURSDAY })).toEqual([]);
  });

  it('keeps the figure that is now beside the extreme', () => {
    expect(
      read('Bitcoin fell as much as 2.4% to $92,923 on Thursday. It was last down 1.6% at $93,840.', {
        published: THURSDAY,
      }),
    ).toMatchObject([
      { kind: 'change', asset: 'BTC', value: -1.6 },
      { kind: 'price', asset: 'BTC', value: 93840 },
    ]);
  });

  it("reads a move on the article's own day as today's", () => {
    expect(read('Bitcoin fell 3.1% on Thursday.', { published: THURSDAY })).toMatchObject([{ value: -3.1 }]);
  });

  it('keeps a record for figures whose record is where they stand', () => {
    expect(read('Open interest in ether futures rose 7% to a record $68 billion.')).toMatchObject([
      { kind: 'oi-change', asset: 'ETH', value: 7 },
      { kind: 'oi-level', asset: 'ETH', value: 68e9 },
    ]);
  });
});

describe('findClaims: whom a figure is about', () => {
  it('follows pronouns and descriptions to the subject named before', () => {
    expect(
      read('Bitcoin slipped on Thursday. It was last down 1.6% at $93,840.', { published: THURSDAY }),
    ).toMatchObject([
      { asset: 'BTC', value: -1.6 },
      { asset: 'BTC', value: 93840 },
    ]);
    expect(read('The world’s largest cryptocurrency fell 4.3% in the past 24 hours.')).toMatchObject([
      { asset: 'BTC', value: -4.3 },
    ]);
    expect(read('The second-largest token slid 6.8% to $2,612.')).toMatchObject([
      { asset: 'ETH', value: -6.8 },
      { asset: 'ETH', value: 2612 },
    ]);
  });

  it('gives "the altcoin" to the paragraph’s subject, not to bitcoin named last', () => {
    expect(
      read(
        "XRP is in the spotlight as markets cheer Bitcoin's return to six figures. The altcoin has climbed 7.8% over the past 24 hours.",
      ),
    ).toMatchObject([{ asset: 'XRP', value: 7.8 }]);
  });

  it('reads "the former" and "the latter"', () => {
    expect(
      read('Ethereum and Solana are down 10% and 12%. The former trades around $2,520 and the latter around $144.'),
    ).toMatchObject([
      { asset: 'ETH', value: -10 },
      { asset: 'SOL', value: -12 },
      { asset: 'ETH', value: 2520 },
      { asset: 'SOL', value: 144 },
    ]);
  });

  it('takes the subject of a list item from the heading over it, and of a pointer from the headline', () => {
    expect(read('Price: $142.30', { context: { heading: 'Solana (SOL)' } })).toMatchObject([
      { asset: 'SOL', value: 142.3 },
    ]);
    expect(
      read('The token fell 9% over the day.', { context: { title: 'Hyperliquid’s HYPE slides as perp volumes fade' } }),
    ).toMatchObject([{ asset: 'HYPE', value: -9 }]);
  });

  it('gives an amount to the asset named after it', () => {
    expect(read('As bitcoin fell, $120 million worth of ether futures were liquidated.')).toMatchObject([
      { kind: 'liquidations', asset: 'ETH', value: 120e6 },
    ]);
  });

  it('makes no claim for a company holding bitcoin, its shares or a fund', () => {
    expect(findClaims('Strategy, the largest corporate holder of bitcoin, fell 8% on the day.')).toEqual([]);
    expect(findClaims('Shares of the bitcoin buyer were down 7.8% in premarket trading.')).toEqual([]);
    expect(findClaims('Bitcoin Depot (BTM) fell 8%, while Nvidia gained 3%.')).toEqual([]);
    expect(read('Coinbase shares fell 6.4% as bitcoin slid 3%.')).toMatchObject([{ asset: 'BTC', value: -3 }]);
  });
});

describe('findClaims: derivatives and levels', () => {
  it('reads open interest for the market and for an asset', () => {
    expect(read('Open interest in perpetual futures has dropped approximately 4.4% over the past day.')).toMatchObject([
      { kind: 'oi-change', asset: 'market', value: -4.4, window: '24h' },
    ]);
    expect(read('Open interest in Bitcoin perpetual futures fell 8% over the week to $48 billion.')).toMatchObject([
      { kind: 'oi-change', asset: 'BTC', value: -8, window: '7d' },
      { kind: 'oi-level', asset: 'BTC', value: 48e9 },
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
    expect(read('Short liquidations were comparatively small, equal to $109 million.')).toMatchObject([
      { kind: 'liquidations', value: 109e6, side: 'short' },
    ]);
  });

  it('reads a breakdown after a liquidation total, with the total’s window', () => {
    expect(
      read(
        'Over $912 million of positions were liquidated in 24 hours. Ether traders took the heaviest losses at $318 million.',
      ),
    ).toMatchObject([
      { kind: 'liquidations', asset: 'market', value: 912e6, window: '24h' },
      { kind: 'liquidations', asset: 'ETH', value: 318e6, window: '24h' },
    ]);
  });

  it("makes no claim for one venue's open interest or liquidations", () => {
    expect(findClaims('Open interest in CME bitcoin futures dropped 5.2% to $12.9 billion.')).toEqual([]);
    expect(findClaims('Liquidations on Hyperliquid reached $120 million today.')).toEqual([]);
  });

  it('reads funding with its sign', () => {
    expect(read('Bitcoin funding rates sit at 0.01% per eight hours.')).toMatchObject([
      { kind: 'funding', asset: 'BTC', value: 0.01 },
    ]);
    expect(read('Ether funding flipped negative to 0.003%.')).toMatchObject([
      { kind: 'funding', asset: 'ETH', value: -0.003 },
    ]);
    expect(findClaims('Annualized funding on bitcoin perpetuals rose to 11%.')).toEqual([]);
  });

  it('reads support and resistance, and a level named again as the same level', () => {
    const text =
      'The $75,000 level represents the key technical support for Bitcoin. However, a decisive break below $75,000 would redirect attention toward the $70,000 support zone. Resistance sits at $82,000.';
    expect(read(text)).toMatchObject([
      { kind: 'support', asset: 'BTC', value: 75000 },
      { kind: 'support', asset: 'BTC', value: 75000 },
      { kind: 'support', asset: 'BTC', value: 70000 },
      { kind: 'resistance', asset: 'BTC', value: 82000 },
    ]);
  });

  it('gives a conditional target no level', () => {
    expect(read('If $80,000 gives way, bitcoin’s next support is around $72,000.')).toMatchObject([
      { kind: 'support', asset: 'BTC', value: 72000 },
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

describe('findClaims: text as a browser holds it', () => {
  it('reads through hard line breaks and tabs inside a paragraph', () => {
    expect(
      read('Bitcoin fell 3.1%\n\tover the past 24 hours to\n$68,240 on Thursday.', { published: THURSDAY }),
    ).toMatchObject([
      { kind: 'change', value: -3.1, window: '24h', text: '3.1%' },
      { kind: 'price', value: 68240, text: '$68,240' },
    ]);
  });

  it('reads scale words in capitals in headlines', () => {
    expect(read('Crypto Liquidations Top $1.2 Billion As Bitcoin Slides')).toMatchObject([
      { kind: 'liquidations', asset: 'market', value: 1.2e9 },
    ]);
  });

  it('keeps a price followed by an unrelated clause', () => {
    expect(read('Bitcoin changed hands at $67,200 as investors weighed the Fed’s next move.')).toMatchObject([
      { kind: 'price', value: 67200 },
    ]);
  });

  it('makes no claim for a coin widget spliced into the prose', () => {
    expect(read('Ether ETH\n-6.41%\nled the decline, sliding 7.2% over the past 24 hours.')).toMatchObject([
      { kind: 'change', value: -7.2 },
    ]);
  });

  it('makes no claim for a line that links to another article', () => {
    expect(findClaims('Read more: Bitcoin Drops 5% to $60K as Miners Sell')).toEqual([]);
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
    ['a share of supply', 'Bitcoin whales hold 5% of the supply.'],
    ['dominance', 'Bitcoin dominance rose to 58.2%.'],
    ['mining difficulty', 'Bitcoin mining difficulty rose 4.1% this week.'],
    ['hash rate', "Bitcoin's hash rate fell 10.6% over the past month."],
    ['hashprice', 'Bitcoin hashprice fell to $35 per PH/s per day.'],
    ['an average purchase price', 'Strategy bought bitcoin at an average of $74,430 per bitcoin.'],
    ['the default funding rate', 'Bitcoin funding sits near the default funding rate of 0.01%.'],
    ['an ordinary word in capitals', 'PRICES ARE NEAR RECORD LEVELS, UP 5% IN A DAY.'],
    ['lowercase words that are tickers', 'Click the link below; near the top, prices rose 5%.'],
    ['Spanish sol', 'El sol subió 5% hoy.'],
    ['a price target', 'Analysts set a Bitcoin price target of $150,000.'],
    ['a treasury purchase', 'Strategy bought 10,000 BTC for $1.1 billion.'],
    ['the crypto market’s move', 'Altogether, the crypto market fell 4.1% to $2.31 trillion.'],
  ])('makes no chip for %s', (_, text) => {
    expect(findClaims(text).filter((claim) => claim.kind !== 'market-cap' && claim.asset !== 'market')).toEqual([]);
  });
});

describe('findClaims: properties', () => {
  const words = fc.constantFrom(
    'Bitcoin',
    'ETH',
    'Solana',
    'XRP',
    'it',
    'the token',
    'fell',
    'rose',
    'to',
    'at',
    'from',
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
    ':',
    '(',
    ')',
    '\n',
    '\t',
    '2024',
  );
  const sentences = fc.array(fc.oneof(words, fc.string()), { maxLength: 40 }).map((parts) => parts.join(' '));

  it('never throws and keeps every span inside the text, on a figure', () => {
    fc.assert(
      fc.property(sentences, fc.constantFrom('en' as const, 'eu' as const), (text, numberStyle) => {
        for (const claim of findClaims(text, { numberStyle, context: { title: 'Bitcoin slides' } })) {
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

  it('finds the same claims wherever the sentence sits in a longer text', () => {
    const paragraph = 'Bitcoin is trading around $67,490, down 1.88% over the past 24 hours.';
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }).filter((text) => !/[$%\d]/.test(text)),
        (prefix) => {
          // A sentence of its own before it, however odd: "…end." closes it.
          const text = `${prefix} end.\n\n${paragraph}`;
          expect(read(text).map((claim) => claim.text)).toEqual(['$67,490', '1.88%']);
        },
      ),
    );
  });
});

describe.skipIf(!existsSync(SHARED_ARTICLE))('the shared Gate article', () => {
  it('finds every figure the article quotes about the market', () => {
    const lines = readFileSync(SHARED_ARTICLE, 'utf8').split('\n');
    const claims = lines.flatMap((paragraph, i) =>
      read(paragraph, { context: { title: lines[0] ?? '', ...(i > 0 && { before: lines[i - 1] }) } }),
    );
    expect(claims.map(({ kind, asset, value, window, side }) => [kind, asset, value, window, side])).toEqual([
      ['price', 'BTC', 67490, undefined, undefined],
      ['change', 'BTC', -1.88, '24h', undefined],
      // The window the sentence stated for bitcoin's move holds for ether's after "while".
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

describe('findClaims: the worst a page can send', () => {
  it.each([
    ' ',
    '?',
    '$',
    '9',
    ',',
    '1,',
    '$1,',
    '1%',
    '1% to $1 ',
    'Mr. ',
    'Hi. ',
    'it ',
    'BTC: $1 ',
    'With $1 ',
    '(',
  ])('reads 20,000 characters of %j to the end, and no more than its bound of figures', (pattern) => {
    const text = pattern.repeat(Math.ceil(20_000 / pattern.length)).slice(0, 20_000);
    const claims = findClaims(text, { context: { title: 'Bitcoin' } });
    expect(claims.length).toBeLessThanOrEqual(400);
    for (const claim of claims) expect(claim.end).toBeLessThanOrEqual(text.length);
  });
});
