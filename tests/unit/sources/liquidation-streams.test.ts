import { describe, expect, it } from 'vitest';
import { binanceLiquidationStream } from '@/lib/sources/binance-futures';
import { bybitLiquidationStream } from '@/lib/sources/bybit';
import type { LiquidationStream } from '@/lib/sources/liquidation-stream';
import { okxLiquidationStream } from '@/lib/sources/okx';
import { SourceError } from '@/lib/sources/source-error';

const AT = 1_770_885_000_000;
const parse = (stream: LiquidationStream, message: unknown) =>
  stream.parse(typeof message === 'string' ? message : JSON.stringify(message), AT + 500);

function expectSourceError(run: () => unknown, kind: SourceError['kind'], message: string | RegExp): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(SourceError);
  expect(thrown).toMatchObject({ kind, message: expect.stringMatching(message) });
}

/** The documented forceOrder event (docs example's keys), our values. */
const forceOrder = (order: Record<string, unknown> = {}) => ({
  e: 'forceOrder',
  E: AT,
  o: {
    s: 'BTCUSDT',
    S: 'SELL',
    o: 'LIMIT',
    f: 'IOC',
    q: '0.014',
    p: '67100.10',
    ap: '67150.00',
    X: 'FILLED',
    l: '0.014',
    z: '0.014',
    T: AT,
    ...order,
  },
});

describe('Binance liquidation stream', () => {
  it('connects to the market route and sends nothing: the stream needs no subscription', () => {
    expect(binanceLiquidationStream.url).toBe('wss://fstream.binance.com/market/ws/!forceOrder@arr');
    expect(binanceLiquidationStream.onOpen).toEqual([]);
    expect(binanceLiquidationStream.keepAlive).toBeUndefined();
  });

  it('reads a SELL as a long liquidated, valued at filled quantity × average price', () => {
    expect(parse(binanceLiquidationStream, forceOrder())).toEqual([
      { asset: 'BTC', venue: 'binance-futures', side: 'long', usd: 0.014 * 67150, at: AT },
    ]);
  });

  it('reads a BUY as a short liquidated, counting only what filled', () => {
    const [liquidation] = parse(binanceLiquidationStream, forceOrder({ s: 'ETHUSDT', S: 'BUY', q: '3', z: '2' }));
    expect(liquidation).toMatchObject({ asset: 'ETH', side: 'short', usd: 2 * 67150 });
  });

  it('passes over contracts we do not follow, even odd ones', () => {
    expect(parse(binanceLiquidationStream, forceOrder({ s: 'DOGEUSDT', ap: '' }))).toEqual([]);
  });

  it('names the drifted field', () => {
    expectSourceError(() => parse(binanceLiquidationStream, forceOrder({ ap: 67150 })), 'schema', /BTCUSDT.*\(ap: /);
    expectSourceError(() => parse(binanceLiquidationStream, { e: 'forceOrders', o: {} }), 'schema', /\(e: /);
  });

  it('calls a frame that is not JSON malformed', () => {
    expectSourceError(() => parse(binanceLiquidationStream, '{"e":"forceOrder",'), 'malformed', 'not valid JSON');
  });
});

/** The documented all-liquidation push (docs example's keys), our values. */
const allLiquidation = (entries: Array<Record<string, unknown>>) => ({
  topic: 'allLiquidation.BTCUSDT',
  type: 'snapshot',
  ts: AT,
  data: entries.map((entry) => ({ T: AT, s: 'BTCUSDT', S: 'Buy', v: '0.003', p: '43511.70', ...entry })),
});

describe('Bybit liquidation stream', () => {
  it('subscribes to the five majors and pings every 20 s', () => {
    expect(bybitLiquidationStream.url).toBe('wss://stream.bybit.com/v5/public/linear');
    expect(bybitLiquidationStream.onOpen.map((message) => JSON.parse(message))).toEqual([
      {
        op: 'subscribe',
        args: [
          'allLiquidation.BTCUSDT',
          'allLiquidation.ETHUSDT',
          'allLiquidation.SOLUSDT',
          'allLiquidation.XRPUSDT',
          'allLiquidation.BNBUSDT',
        ],
      },
    ]);
    expect(bybitLiquidationStream.keepAlive).toEqual({ message: '{"op":"ping"}', everyMs: 20_000 });
  });

  it('reads Buy as a long liquidated (the position side, as documented), valued at size × bankruptcy price', () => {
    expect(parse(bybitLiquidationStream, allLiquidation([{}, { S: 'Sell', v: '2', s: 'BTCUSDT' }]))).toEqual([
      { asset: 'BTC', venue: 'bybit', side: 'long', usd: 0.003 * 43511.7, at: AT },
      { asset: 'BTC', venue: 'bybit', side: 'short', usd: 2 * 43511.7, at: AT },
    ]);
  });

  it('reads subscribe acks and pongs as nothing', () => {
    const ack = { success: true, ret_msg: '', conn_id: 'c1', req_id: '', op: 'subscribe' };
    const pong = { success: true, ret_msg: 'pong', conn_id: 'c1', req_id: '', op: 'ping' };
    expect(parse(bybitLiquidationStream, ack)).toEqual([]);
    expect(parse(bybitLiquidationStream, pong)).toEqual([]);
  });

  it('reports a refused subscription as the venue speaking', () => {
    const refused = {
      success: false,
      ret_msg: 'Invalid symbol :[allLiquidation.FOOUSDT]',
      conn_id: 'c1',
      op: 'subscribe',
    };
    expectSourceError(() => parse(bybitLiquidationStream, refused), 'api', 'Bybit error: Invalid symbol');
  });

  it('refuses a reply whose op is not a string cleanly, as drift, rather than throwing while naming it', () => {
    expectSourceError(
      () => parse(bybitLiquidationStream, '{"op":{"toString":1}}'),
      'schema',
      /^stream\.bybit\.com changed its stream reply format \(op: expected string, got object\)$/,
    );
  });

  it('passes over symbols we do not follow', () => {
    expect(parse(bybitLiquidationStream, allLiquidation([{ s: 'ROSEUSDT', v: 'n/a' }]))).toEqual([]);
  });

  it('names the drifted field, and calls broken JSON malformed', () => {
    expectSourceError(() => parse(bybitLiquidationStream, allLiquidation([{ S: 'Long' }])), 'schema', /\(S: /);
    expectSourceError(() => parse(bybitLiquidationStream, allLiquidation([{ T: '1770885000000' }])), 'schema', /\(T: /);
    expectSourceError(() => parse(bybitLiquidationStream, { topic: 'tickers.BTCUSDT', data: [] }), 'schema', /topic/);
    expectSourceError(() => parse(bybitLiquidationStream, 'pong'), 'malformed', 'not valid JSON');
  });
});

/** The documented liquidation-orders push (docs example's keys), our values. */
const liquidationOrders = (instId: string, details: Array<Record<string, unknown>>) => ({
  arg: { channel: 'liquidation-orders', instType: 'SWAP' },
  data: [
    {
      details: details.map((detail) => ({
        bkLoss: '0',
        bkPx: '67000.5',
        ccy: '',
        posSide: 'long',
        side: 'sell',
        sz: '13',
        ts: String(AT),
        ...detail,
      })),
      instFamily: instId.replace('-SWAP', ''),
      instId,
      instType: 'SWAP',
      uly: instId.replace('-SWAP', ''),
    },
  ],
});

describe('OKX liquidation stream', () => {
  it('subscribes to swap liquidations and sends the text ping every 25 s', () => {
    expect(okxLiquidationStream.url).toBe('wss://ws.okx.com:8443/ws/v5/public');
    expect(okxLiquidationStream.onOpen.map((message) => JSON.parse(message))).toEqual([
      { op: 'subscribe', args: [{ channel: 'liquidation-orders', instType: 'SWAP' }] },
    ]);
    expect(okxLiquidationStream.keepAlive).toEqual({ message: 'ping', everyMs: 25_000 });
  });

  it('turns contracts into coins with each swap’s contract value', () => {
    const usd = (instId: string) =>
      parse(okxLiquidationStream, liquidationOrders(instId, [{ sz: '10', bkPx: '2' }]))[0]?.usd;
    expect(usd('BTC-USDT-SWAP')).toBeCloseTo(10 * 0.01 * 2);
    expect(usd('ETH-USDT-SWAP')).toBeCloseTo(10 * 0.1 * 2);
    expect(usd('SOL-USDT-SWAP')).toBeCloseTo(10 * 1 * 2);
    expect(usd('XRP-USDT-SWAP')).toBeCloseTo(10 * 100 * 2);
    expect(usd('BNB-USDT-SWAP')).toBeCloseTo(10 * 0.01 * 2);
  });

  it('takes the side from posSide, or from the order side in net mode', () => {
    const details = [
      { posSide: 'long', side: 'sell' },
      { posSide: 'short', side: 'buy' },
      { posSide: 'net', side: 'sell' },
      { posSide: 'net', side: 'buy' },
    ];
    const liquidations = parse(okxLiquidationStream, liquidationOrders('BTC-USDT-SWAP', details));
    expect(liquidations.map((liquidation) => liquidation.side)).toEqual(['long', 'short', 'long', 'short']);
    expect(liquidations[0]).toEqual({ asset: 'BTC', venue: 'okx', side: 'long', usd: 13 * 0.01 * 67000.5, at: AT });
  });

  it('reads pong, subscribe acks and notices as nothing', () => {
    expect(parse(okxLiquidationStream, 'pong')).toEqual([]);
    const ack = {
      id: '1512',
      event: 'subscribe',
      arg: { channel: 'liquidation-orders', instType: 'SWAP' },
      connId: 'a4',
    };
    expect(parse(okxLiquidationStream, ack)).toEqual([]);
    const notice = { event: 'notice', code: '64008', msg: 'The connection will soon be closed.', connId: 'a4' };
    expect(parse(okxLiquidationStream, notice)).toEqual([]);
  });

  it('reports an error event as the venue speaking', () => {
    const error = { event: 'error', code: '60012', msg: 'Invalid request', connId: 'a4' };
    expectSourceError(() => parse(okxLiquidationStream, error), 'api', 'OKX error 60012: Invalid request');
  });

  it('passes over instruments we do not follow', () => {
    expect(parse(okxLiquidationStream, liquidationOrders('IOST-USDT-SWAP', [{ sz: '' }]))).toEqual([]);
  });

  it('names the drifted field, and calls broken JSON malformed', () => {
    const drifted = liquidationOrders('BTC-USDT-SWAP', [{ sz: 13 }]);
    expectSourceError(() => parse(okxLiquidationStream, drifted), 'schema', /BTC-USDT-SWAP.*\(details\.0\.sz: /);
    expectSourceError(() => parse(okxLiquidationStream, 'pon'), 'malformed', 'not valid JSON');
  });
});
