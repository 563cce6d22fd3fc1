import { describe, expect, it } from 'vitest';
import { deribitDvolUrl, deribitTickerUrl, parseDeribitDvol, parseDeribitTicker } from '@/lib/sources/deribit';
import { HOUR } from '@/lib/time';
import { valueAt } from '../../../replay/history-path';
import { NOW, replayRoute } from '../helpers/venue-answers';

const ENVELOPE_KEYS = ['jsonrpc', 'result', 'usIn', 'usOut', 'usDiff', 'testnet'];
const TICKER_KEYS = [
  'best_ask_amount',
  'best_ask_price',
  'best_bid_amount',
  'best_bid_price',
  'current_funding',
  'estimated_delivery_price',
  'funding_8h',
  'index_price',
  'instrument_name',
  'interest_value',
  'last_price',
  'mark_price',
  'max_price',
  'min_price',
  'open_interest',
  'settlement_price',
  'state',
  'stats',
  'timestamp',
];
const STATS_KEYS = ['high', 'low', 'price_change', 'volume', 'volume_usd'];

const respond = (url: string) => replayRoute(url);

describe('replay: Deribit ticker', () => {
  it('answers in the documented envelope and shape, numbers as numbers', async () => {
    const { status, body } = await respond(deribitTickerUrl('BTC'));
    expect(status ?? 200).toBe(200);
    const answer = body as { result: Record<string, unknown> };
    expect(Object.keys(answer)).toEqual(ENVELOPE_KEYS);
    expect(Object.keys(answer.result)).toEqual(TICKER_KEYS);
    expect(Object.keys(answer.result.stats as object)).toEqual(STATS_KEYS);
    expect(answer.result).toMatchObject({ instrument_name: 'BTC-PERPETUAL', state: 'open', timestamp: NOW });
    expect(typeof answer.result.mark_price).toBe('number');
  });

  it('round-trips through the extension’s own parser', async () => {
    const btc = parseDeribitTicker((await respond(deribitTickerUrl('BTC'))).body, 'BTC');
    expect(btc.fundingRate8h).toBe(0.00002);
    expect(btc.indexPrice).toBe(67490);
    expect(btc.markPrice).toBeCloseTo(67490 * (1 - 0.0002), 2);
    expect(btc.openInterestUsd).toBe(45e9 * 0.05);
    expect(btc.change24hPct).toBe(-1.88);
    const eth = parseDeribitTicker((await respond(deribitTickerUrl('ETH'))).body, 'ETH');
    expect(eth).toMatchObject({ fundingRate8h: -0.00003, indexPrice: 1985.4, openInterestUsd: 22e9 * 0.05 });
  });

  it('answers an unknown instrument with Deribit’s error, HTTP 400', async () => {
    const { status, body } = await respond(
      'https://www.deribit.com/api/v2/public/ticker?instrument_name=SOL-PERPETUAL',
    );
    expect(status).toBe(400);
    expect(body).toMatchObject({
      jsonrpc: '2.0',
      error: { code: -32602, message: 'Invalid params', data: { reason: 'instrument not found' } },
    });
    expect(body).not.toHaveProperty('result');
  });
});

describe('replay: Deribit volatility index', () => {
  it('answers hourly candles in the documented shape, continuation null', async () => {
    const { body } = await respond(deribitDvolUrl('BTC', NOW - 24 * HOUR, NOW));
    const answer = body as { result: { data: number[][]; continuation: unknown } };
    expect(Object.keys(answer)).toEqual(ENVELOPE_KEYS);
    expect(Object.keys(answer.result)).toEqual(['data', 'continuation']);
    expect(answer.result.continuation).toBeNull();
    expect(answer.result.data).toHaveLength(24);
    for (const candle of answer.result.data) {
      expect(candle).toHaveLength(5);
      expect((candle[0] ?? 1) % HOUR).toBe(0);
    }
  });

  it('round-trips to DVOL now, and 24 h ago on the scenario’s path', async () => {
    const points = parseDeribitDvol((await respond(deribitDvolUrl('BTC', NOW - 25 * HOUR, NOW))).body, 'BTC');
    expect(points.at(-1)?.value).toBe(58.4);
    // The candle running 24 h ago started half an hour before, and closed half an hour after it.
    const dayAgoStart = Math.floor((NOW - 24 * HOUR) / HOUR) * HOUR;
    const dayAgo = points.find((point) => point.at === dayAgoStart);
    const path = { '24h': (58.4 / 52.1 - 1) * 100 };
    expect(dayAgo?.value).toBeCloseTo(valueAt(58.4, path, NOW - (dayAgoStart + HOUR)), 2);
    expect(valueAt(58.4, path, 24 * HOUR)).toBeCloseTo(52.1, 10);
    const eth = parseDeribitDvol((await respond(deribitDvolUrl('ETH', NOW - 2 * HOUR, NOW))).body, 'ETH');
    expect(eth.at(-1)?.value).toBe(74.1);
  });

  it('cuts a long range to the newest candles and says where the next page ends', async () => {
    const { body } = await respond(
      `https://www.deribit.com/api/v2/public/get_volatility_index_data?currency=BTC&start_timestamp=${NOW - 2 * HOUR}&end_timestamp=${NOW}&resolution=1`,
    );
    const { data, continuation } = (body as { result: { data: number[][]; continuation: number } }).result;
    expect(data).toHaveLength(1000);
    expect(data.at(-1)?.[0]).toBe(NOW);
    expect(continuation).toBe((data[0]?.[0] ?? 0) - 1000);
  });

  it('answers a currency without DVOL with Deribit’s error', async () => {
    const { status, body } = await respond(
      `https://www.deribit.com/api/v2/public/get_volatility_index_data?currency=SOL&start_timestamp=0&end_timestamp=${NOW}&resolution=3600`,
    );
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: { code: -32602, data: { reason: 'invalid currency', param: 'currency' } } });
  });
});
