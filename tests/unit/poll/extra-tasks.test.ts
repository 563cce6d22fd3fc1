import { describe, expect, it } from 'vitest';
import { planExtras, withoutDroppedExtras, withUnquoted } from '@/lib/poll/extra-tasks';
import { runPollCycle } from '@/lib/poll/poll-cycle';
import type { SourceTask } from '@/lib/poll/tasks';
import type { FetchLike } from '@/lib/sources/fetch-json';
import type { VenueQuote } from '@/lib/sources/model';
import { HOUR } from '@/lib/time';
import type { Listings } from '@/lib/watchlist/listings';

const btc: VenueQuote = { asset: 'BTC', venue: 'binance-spot', price: 67490, change24hPct: -1.88, at: 0 };
const majors: SourceTask = {
  id: 'binance-spot/ticker-24h',
  venue: 'binance-spot',
  cadence: 'cycle',
  requests: 1,
  run: async () => ({ spot: [btc] }),
};

const listings: Listings = {
  DOGE: { venue: 'binance-spot', at: 0 },
  LINK: { venue: 'binance-spot', at: 0 },
  GONE: { venue: 'binance-spot', at: 0 },
  AERO: { venue: 'coinbase', at: 0 },
  NOPE: { venue: null, at: 0 },
};

const ticker = (symbol: string, lastPrice: string) => ({
  symbol,
  lastPrice,
  priceChangePercent: '-4.120',
  openPrice: lastPrice,
  quoteVolume: '690000000.00000000',
  closeTime: 1770885000000,
});
const kline = (openTime: number, close: string) => [
  openTime,
  close,
  close,
  close,
  close,
  '1.0',
  openTime + 3_599_999,
  '100.0',
  10,
  '0.5',
  '50.0',
  '0',
];

/** Binance's spot API as the test needs it, answering the extras' requests. */
const binance =
  (tickers: (symbols: string[]) => Response): FetchLike =>
  async (url) => {
    const { pathname, searchParams } = new URL(url);
    if (pathname === '/api/v3/klines') {
      const symbol = searchParams.get('symbol');
      return Response.json([kline(0, symbol === 'DOGEUSDT' ? '0.1' : '9'), kline(3_600_000, '0.09824')]);
    }
    return tickers(JSON.parse(searchParams.get('symbols') ?? '[]') as string[]);
  };
const invalidSymbol = () => Response.json({ code: -1121, msg: 'Invalid symbol.' }, { status: 400 });

describe('planExtras', () => {
  it('quotes Binance’s extras in one request, Coinbase’s one by one, and says why the rest have none', () => {
    const plan = planExtras(['DOGE', 'NOPE', 'AERO', 'LINK', 'SYNCED'], listings, []);
    expect(plan.tasks.map((task) => [task.id, task.cadence, task.requests])).toEqual([
      ['binance-spot/extras-ticker-24h', 'cycle', 3],
      ['binance-spot/klines-DOGE', 'hourly', 1],
      ['binance-spot/klines-LINK', 'hourly', 1],
      ['coinbase/extras-stats', 'cycle', 1],
      ['coinbase/candles-AERO', 'hourly', 1],
    ]);
    expect(plan.unquoted).toEqual([
      { asset: 'NOPE', reason: 'Neither Binance nor Coinbase lists it against the dollar' },
      { asset: 'SYNCED', reason: 'Not looked up yet: Binance and Coinbase did not answer' },
    ]);
  });

  it('asks nothing of a venue the user turned off, and says so', () => {
    const plan = planExtras(['DOGE', 'AERO'], listings, ['binance-spot']);
    expect(plan.tasks.map((task) => task.id)).toEqual(['coinbase/extras-stats', 'coinbase/candles-AERO']);
    expect(plan.unquoted).toEqual([{ asset: 'DOGE', reason: 'Binance is turned off' }]);
  });

  it('plans nothing for a watchlist of majors', () => {
    expect(planExtras([], listings, [])).toEqual({ tasks: [], unquoted: [] });
  });
});

describe('the extras in a poll', () => {
  const cycle = (tickers: (symbols: string[]) => Response, extras = ['DOGE', 'LINK']) =>
    runPollCycle({
      now: () => 1000,
      tasks: [majors, ...planExtras(extras, listings, []).tasks],
      fetch: binance(tickers),
    });

  it('puts the extras’ quotes and sparklines in the snapshot, apart from the majors', async () => {
    const result = await cycle(() =>
      Response.json([ticker('DOGEUSDT', '0.09824000'), ticker('LINKUSDT', '8.91000000')]),
    );
    expect(result.snapshot?.assets).toEqual([
      { asset: 'BTC', price: 67490, change24hPct: -1.88, venues: ['binance-spot'] },
    ]);
    expect(result.snapshot?.extras).toEqual([
      { asset: 'DOGE', price: 0.09824, change24hPct: -4.12, venues: ['binance-spot'], hourlyCloses: [0.1, 0.09824] },
      { asset: 'LINK', price: 8.91, change24hPct: -4.12, venues: ['binance-spot'], hourlyCloses: [9, 0.09824] },
    ]);
    expect(result.status.sources).toEqual([{ venue: 'binance-spot', state: 'ok', at: 1000 }]);
  });

  it('keeps the majors and the venue’s health when Binance refuses the extras’ request', async () => {
    const result = await cycle(() => Response.json({ code: -1100, msg: 'Illegal characters.' }, { status: 400 }));
    expect(result.snapshot?.assets.map((quote) => quote.asset)).toEqual(['BTC']);
    expect(result.snapshot?.extras).toBeUndefined();
    expect(result.snapshot?.extraFailures).toEqual([
      { asset: 'DOGE', reason: 'api.binance.com answered HTTP 400' },
      { asset: 'LINK', reason: 'api.binance.com answered HTTP 400' },
    ]);
    // A refusal for another reason is no sign the symbols moved: they are not looked up again.
    expect(result.data.delisted).toEqual([]);
    expect(result.status.sources).toEqual([{ venue: 'binance-spot', state: 'ok', at: 1000 }]);
    expect(result.schedule.venues['binance-spot']).toEqual({ failures: 0, notBefore: 0, rateLimited: false });
  });

  it('asks for each symbol alone when Binance no longer lists one: the rest keep their quotes', async () => {
    const asked: string[][] = [];
    const result = await cycle(
      (symbols) => {
        asked.push(symbols);
        if (symbols.includes('GONEUSDT')) return invalidSymbol();
        return Response.json(
          symbols.map((symbol) => ticker(symbol, symbol === 'DOGEUSDT' ? '0.09824000' : '8.91000000')),
        );
      },
      ['DOGE', 'GONE', 'LINK'],
    );
    expect(asked).toEqual([['DOGEUSDT', 'GONEUSDT', 'LINKUSDT'], ['DOGEUSDT'], ['GONEUSDT'], ['LINKUSDT']]);
    expect(result.snapshot?.extras?.map((quote) => [quote.asset, quote.price])).toEqual([
      ['DOGE', 0.09824],
      ['LINK', 8.91],
    ]);
    expect(result.snapshot?.extraFailures).toEqual([
      { asset: 'GONE', reason: 'Binance no longer lists it against USDT' },
    ]);
    // Only the dropped one is to be looked up again.
    expect(result.data.delisted).toEqual(['GONE']);
    expect(result.status.sources).toEqual([{ venue: 'binance-spot', state: 'ok', at: 1000 }]);
  });

  it('says so of a lone Binance extra Binance no longer lists, in one request', async () => {
    const asked: string[][] = [];
    const result = await cycle(
      (symbols) => {
        asked.push(symbols);
        return invalidSymbol();
      },
      ['GONE'],
    );
    expect(asked).toEqual([['GONEUSDT']]);
    expect(result.snapshot?.extraFailures).toEqual([
      { asset: 'GONE', reason: 'Binance no longer lists it against USDT' },
    ]);
    expect(result.data.delisted).toEqual(['GONE']);
  });

  it('keeps the majors through malformed JSON and schema drift in the extras’ answer', async () => {
    for (const body of [new Response('[{"symbol":"DOGE'), Response.json([{ symbol: 'DOGEUSDT', lastPrice: 1 }])]) {
      const result = await cycle(() => body.clone());
      expect(result.snapshot?.assets.map((quote) => quote.asset)).toEqual(['BTC']);
      expect(result.snapshot?.extraFailures?.map((failure) => failure.asset)).toEqual(['DOGE', 'LINK']);
      expect(result.status.sources[0]?.state).toBe('ok');
    }
  });

  it('lets a rate limit reach the venue, as any call’s would, after the majors were fetched', async () => {
    const limited = () => Response.json({ code: -1003, msg: 'Too many requests.' }, { status: 429 });
    const result = await cycle(limited);
    expect(result.snapshot?.assets.map((quote) => quote.asset)).toEqual(['BTC']);
    expect(result.status.sources[0]).toMatchObject({ venue: 'binance-spot', state: 'failing' });
    expect(result.schedule.venues['binance-spot']?.rateLimited).toBe(true);
  });
});

describe('a Coinbase extra in a poll', () => {
  const NOW = 1_770_885_000_000;
  const stats = { open: '2.00000000', last: '1.50000000', volume: '1000.00000000' };
  /** Coinbase's newest-first buckets `[time s, low, high, open, close, volume]`. */
  const candles = [
    [(NOW - HOUR) / 1000, 1.49, 1.61, 1.6, 1.5, 12.5],
    [(NOW - 2 * HOUR) / 1000, 1.59, 1.81, 1.8, 1.6, 10],
  ];
  const cycle = (answerCandles: () => Response) => {
    const asked: URL[] = [];
    const fetch: FetchLike = async (url) => {
      const asking = new URL(url);
      asked.push(asking);
      return asking.pathname.endsWith('/candles') ? answerCandles() : Response.json(stats);
    };
    const tasks = [majors, ...planExtras(['AERO'], listings, []).tasks];
    return { asked, result: runPollCycle({ now: () => NOW, tasks, fetch }) };
  };

  it('draws its sparkline from the last day of Coinbase’s hourly candles, oldest first', async () => {
    const { asked, result } = cycle(() => Response.json(candles));
    expect((await result).snapshot?.extras).toEqual([
      { asset: 'AERO', price: 1.5, change24hPct: -25, venues: ['coinbase'], hourlyCloses: [1.6, 1.5] },
    ]);
    const candlesAsked = asked.find((url) => url.pathname === '/products/AERO-USD/candles');
    expect(candlesAsked?.searchParams.get('granularity')).toBe('3600');
    const start = Date.parse(candlesAsked?.searchParams.get('start') ?? '');
    const end = Date.parse(candlesAsked?.searchParams.get('end') ?? '');
    expect(end - start).toBe(24 * HOUR);
  });

  it('keeps its price, and Coinbase its health, when the candles are malformed', async () => {
    const { result } = cycle(() => Response.json([['yesterday', 1, 1, 1, 1]]));
    const { snapshot, status } = await result;
    expect(snapshot?.extras).toEqual([{ asset: 'AERO', price: 1.5, change24hPct: -25, venues: ['coinbase'] }]);
    expect(snapshot?.extraFailures).toBeUndefined();
    expect(status.sources.find((source) => source.venue === 'coinbase')?.state).toBe('ok');
  });
});

describe('withoutDroppedExtras', () => {
  it('forgets the sparkline runs of symbols no longer polled, and nothing else', () => {
    const tasks = planExtras(['DOGE'], listings, []).tasks;
    const ranAt = {
      'binance-spot/klines-DOGE': 1,
      'binance-spot/klines-LINK': 2,
      'coinbase/candles-AERO': 3,
      'okx/open-interest-volume': 4,
    };
    expect(withoutDroppedExtras(ranAt, tasks)).toEqual({
      'binance-spot/klines-DOGE': 1,
      'okx/open-interest-volume': 4,
    });
  });
});

describe('withUnquoted', () => {
  it('adds the extras no task quoted to those a task could not', () => {
    const snapshot = { takenAt: 0, assets: [], extraFailures: [{ asset: 'DOGE', reason: 'HTTP 400' }] };
    expect(withUnquoted(snapshot, [{ asset: 'NOPE', reason: 'not listed' }]).extraFailures).toEqual([
      { asset: 'DOGE', reason: 'HTTP 400' },
      { asset: 'NOPE', reason: 'not listed' },
    ]);
    expect(withUnquoted(snapshot, [])).toBe(snapshot);
  });
});
