import { describe, expect, it } from 'vitest';
import { MAJOR_ASSETS } from '@/lib/assets';
import { parseTicker24h, ticker24hUrl } from '@/lib/sources/binance-spot';
import { loadScenario } from '../../../replay/scenario';
import { binanceSpotRoutes } from '../../../replay/venues/binance-spot';

const [ticker24h] = binanceSpotRoutes;
const DOCUMENTED_KEYS = [
  'symbol',
  'priceChange',
  'priceChangePercent',
  'weightedAvgPrice',
  'prevClosePrice',
  'lastPrice',
  'lastQty',
  'bidPrice',
  'bidQty',
  'askPrice',
  'askQty',
  'openPrice',
  'highPrice',
  'lowPrice',
  'volume',
  'quoteVolume',
  'openTime',
  'closeTime',
  'firstId',
  'lastId',
  'count',
];

async function respond(url: string) {
  const scenario = await loadScenario('article-day');
  if (!ticker24h) throw new Error('no route');
  return ticker24h.respond({
    url: new URL(url),
    method: 'GET',
    body: '',
    assets: scenario.assets,
    now: 1_770_885_000_000,
  });
}

describe('replay: Binance spot 24 h ticker', () => {
  it('answers in the documented shape, numbers as strings', async () => {
    const { body } = await respond(ticker24hUrl());
    const [btc] = body as Record<string, unknown>[];
    expect(Object.keys(btc ?? {})).toEqual(DOCUMENTED_KEYS);
    expect(btc).toMatchObject({ symbol: 'BTCUSDT', lastPrice: '67490.00000000', priceChangePercent: '-1.880' });
    expect(typeof btc?.closeTime).toBe('number');
  });

  it('round-trips through the extension’s own parser', async () => {
    const quotes = parseTicker24h((await respond(ticker24hUrl())).body);
    expect(quotes.map((quote) => quote.asset)).toEqual([...MAJOR_ASSETS]);
    expect(quotes[0]).toMatchObject({ price: 67490, change24hPct: -1.88 });
    expect(quotes[0]?.open24h).toBeCloseTo(67490 / (1 - 0.0188), 4);
  });

  it('answers one symbol with one object, and an unknown one with Binance’s error', async () => {
    const one = await respond('https://api.binance.com/api/v3/ticker/24hr?symbol=ETHUSDT');
    expect(one.body).toMatchObject({ symbol: 'ETHUSDT' });
    const unknown = await respond('https://api.binance.com/api/v3/ticker/24hr?symbol=NOPEUSDT');
    expect(unknown).toEqual({ status: 400, body: { code: -1121, msg: 'Invalid symbol.' } });
  });
});
