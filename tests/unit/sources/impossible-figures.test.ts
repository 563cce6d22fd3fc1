import { beforeAll, describe, expect, it } from 'vitest';
import { binanceLiquidationStream } from '@/lib/sources/binance-futures';
import { bybitLiquidationStream } from '@/lib/sources/bybit';
import type { LiquidationStream } from '@/lib/sources/liquidation-stream';
import { okxLiquidationStream } from '@/lib/sources/okx';
import { caught } from '../helpers/caught';
import { NOW, type VenueEndpoint, venueEndpoints } from '../helpers/venue-answers';

/** Figures of the right form that no market quotes: each venue must refuse them, and say why. */
const IMPOSSIBLE: Record<string, string> = {
  negative: '-5',
  'negative zero': '-0',
  zero: '0',
  '400 digits, which a double reads as Infinity': '9'.repeat(400),
};

/** The JSON with one value replaced, as if the venue had sent it so. */
function withValue(json: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(json) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1) as string | number] = value;
  return copy;
}

/** Where BTC's price (or a size) sits in each endpoint's answer, as the replay renders it. */
const FIELDS: Array<[string, (answer: unknown) => (string | number)[]]> = [
  ['binance-spot ticker', () => [0, 'lastPrice']],
  ['binance-futures premium index', (answer) => [indexOf(answer, (row) => row.symbol === 'BTCUSDT'), 'markPrice']],
  ['binance-futures open interest', () => ['openInterest']],
  ['binance-futures open interest history', () => [0, 'CMCCirculatingSupply']],
  [
    'bybit tickers',
    (answer) => ['result', 'list', indexOf(list(answer), (row) => row.symbol === 'BTCUSDT'), 'markPrice'],
  ],
  ['bybit mark-price candles', () => ['result', 'list', 0, 1]],
  ['okx tickers', (answer) => ['data', indexOf(data(answer), (row) => row.instId === 'BTC-USDT-SWAP'), 'last']],
  ['okx open interest', (answer) => ['data', indexOf(data(answer), (row) => row.instId === 'BTC-USDT-SWAP'), 'oiUsd']],
  ['coinbase BTC stats', () => ['last']],
  ['kraken ticker', () => ['result', 'XXBTZUSD', 'c', 0]],
  ['hyperliquid metaAndAssetCtxs', () => [1, 0, 'markPx']],
];

type Row = Record<string, unknown>;
const indexOf = (rows: unknown, match: (row: Row) => boolean) => (rows as Row[]).findIndex(match);
const list = (answer: unknown) => (answer as { result: { list: Row[] } }).result.list;
const data = (answer: unknown) => (answer as { data: Row[] }).data;

let endpoints: Map<string, VenueEndpoint>;
beforeAll(async () => {
  endpoints = new Map((await venueEndpoints()).map((endpoint) => [`${endpoint.venue} ${endpoint.what}`, endpoint]));
});

describe('a venue answering an impossible figure fails, and says why', () => {
  for (const [name, pathOf] of FIELDS) {
    for (const [kind, value] of Object.entries(IMPOSSIBLE)) {
      it(`${name}: ${kind}`, () => {
        const endpoint = endpoints.get(name);
        if (!endpoint) throw new Error(`no endpoint ${name}`);
        const answer = withValue(endpoint.answer, pathOf(endpoint.answer), value);
        const error = caught(() => endpoint.read(answer));
        expect(error.kind).toBe('schema');
        expect(error.message).toMatch(/sent an impossible figure in its .+ \(.+: expected a (finite )?number/);
      });
    }
  }

  // Deribit and CoinGecko send real JSON numbers, so a number too long for a double arrives as Infinity.
  for (const value of [-5, -0, 0, Number.POSITIVE_INFINITY]) {
    it(`deribit ticker: ${value}`, () => {
      const endpoint = endpoints.get('deribit ticker');
      if (!endpoint) throw new Error('no Deribit ticker');
      const error = caught(() => endpoint.read(withValue(endpoint.answer, ['result', 'mark_price'], value)));
      expect(error.message).toMatch(/www\.deribit\.com sent an impossible figure in its ticker \(result\.mark_price: /);
    });
    it(`coingecko global: ${value}`, () => {
      const endpoint = endpoints.get('coingecko global');
      if (!endpoint) throw new Error('no CoinGecko global');
      const error = caught(() => endpoint.read(withValue(endpoint.answer, ['data', 'total_market_cap', 'usd'], value)));
      expect(error.message).toMatch(
        /api\.coingecko\.com sent an impossible figure in its global market data \(data\.total_market_cap\.usd: /,
      );
    });
  }
});

describe('a liquidation of nothing, or of less, is refused', () => {
  const frames: Array<[LiquidationStream, (size: string) => unknown]> = [
    [binanceLiquidationStream, (z) => ({ e: 'forceOrder', o: { s: 'BTCUSDT', S: 'SELL', ap: '67150', z, T: NOW } })],
    [
      bybitLiquidationStream,
      (v) => ({ topic: 'allLiquidation.BTCUSDT', data: [{ T: NOW, s: 'BTCUSDT', S: 'Buy', v, p: '67100' }] }),
    ],
    [
      okxLiquidationStream,
      (sz) => ({
        arg: { channel: 'liquidation-orders' },
        data: [
          { instId: 'BTC-USDT-SWAP', details: [{ side: 'sell', posSide: 'long', sz, bkPx: '67100', ts: String(NOW) }] },
        ],
      }),
    ],
  ];
  for (const [stream, frame] of frames) {
    for (const [kind, value] of Object.entries(IMPOSSIBLE)) {
      it(`${stream.venue}: ${kind}`, () => {
        const error = caught(() => stream.parse(JSON.stringify(frame(value)), NOW));
        expect(error.message).toMatch(/sent an impossible figure/);
      });
    }
  }
});
