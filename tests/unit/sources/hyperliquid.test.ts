import { describe, expect, it } from 'vitest';
import type { FetchLike } from '@/lib/sources/fetch-json';
import {
  fetchHyperliquidPerps,
  HYPERLIQUID_INFO_URL,
  META_AND_ASSET_CTXS,
  parseMetaAndAssetCtxs,
} from '@/lib/sources/hyperliquid';
import { caught } from '../helpers/caught';

const AT = 1770885000000;

/** The documented asset context, this day's BTC values: every number a string. */
const btcCtx = {
  dayNtlVlm: '441000000.0',
  funding: '0.0000025',
  impactPxs: ['67473.0', '67480.0'],
  markPx: '67476.5',
  midPx: '67476.5',
  openInterest: '100035.11',
  oraclePx: '67490.0',
  premium: '-0.0002',
  prevDayPx: '68769.4',
};
const hposCtx = { ...btcCtx, markPx: '14.3161', oraclePx: '14.32', prevDayPx: '15.322', openInterest: '688.11' };

/** The documented `[meta, contexts]` pair, aligned by index; HPOS is not ours and is skipped. */
const answer = (ctxs: unknown[] = [btcCtx, hposCtx, { ...btcCtx, markPx: '1985.0' }]) => [
  {
    universe: [
      { name: 'BTC', szDecimals: 5, maxLeverage: 40 },
      { name: 'HPOS', szDecimals: 0, maxLeverage: 3, onlyIsolated: true },
      { name: 'ETH', szDecimals: 4, maxLeverage: 25 },
    ],
  },
  ctxs,
];

describe('Hyperliquid metaAndAssetCtxs', () => {
  it('finds each asset by its universe name and pairs it with the context at the same index', () => {
    const quotes = parseMetaAndAssetCtxs(answer(), AT);
    expect(quotes.map((quote) => [quote.asset, quote.markPrice])).toEqual([
      ['BTC', 67476.5],
      ['ETH', 1985],
    ]);
  });

  it('scales hourly funding to 8 h and open interest from coins to USD at the mark', () => {
    const [btc] = parseMetaAndAssetCtxs(answer(), AT);
    expect(btc).toMatchObject({ asset: 'BTC', venue: 'hyperliquid', markPrice: 67476.5, indexPrice: 67490, at: AT });
    expect(btc?.fundingRate8h).toBeCloseTo(0.0000025 * 8, 15);
    expect(btc?.fundingRate8h).toBeCloseTo(0.00002, 15);
    expect(btc?.openInterestUsd).toBeCloseTo(100035.11 * 67476.5, 2);
    expect(btc?.change24hPct).toBeCloseTo((67476.5 / 68769.4 - 1) * 100, 10);
  });

  it('has no change to report without a previous day’s price', () => {
    const [btc] = parseMetaAndAssetCtxs(answer([{ ...btcCtx, prevDayPx: '0.0' }, hposCtx, btcCtx]), AT);
    expect(btc?.change24hPct).toBeUndefined();
  });

  it('ignores an odd context of an asset it does not read', () => {
    const quotes = parseMetaAndAssetCtxs(answer([btcCtx, { ...hposCtx, markPx: null }, btcCtx]), AT);
    expect(quotes).toHaveLength(2);
  });

  it.each([
    ['a field missing', { ...btcCtx, funding: undefined }, 'funding'],
    ['a string turned number', { ...btcCtx, openInterest: 100035.11 }, 'openInterest'],
    ['NaN', { ...btcCtx, markPx: 'NaN' }, 'markPx'],
  ])('rejects schema drift: %s', (_, ctx, field) => {
    const error = caught(() => parseMetaAndAssetCtxs(answer([ctx, hposCtx, btcCtx]), AT));
    expect(error.kind).toBe('schema');
    expect(error.message).toContain(`api.hyperliquid.xyz changed its metaAndAssetCtxs context of BTC format (${field}`);
  });

  it('rejects contexts that no longer line up with the universe', () => {
    const error = caught(() => parseMetaAndAssetCtxs(answer([btcCtx, hposCtx]), AT));
    expect(error.kind).toBe('schema');
    expect(error.message).toContain('3 assets but 2 contexts');
  });

  it('rejects an answer that is not the [meta, contexts] pair', () => {
    expect(caught(() => parseMetaAndAssetCtxs({ universe: [] }, AT)).kind).toBe('schema');
    expect(caught(() => parseMetaAndAssetCtxs([{ universe: [{ name: 7 }] }, []], AT)).message).toContain(
      '0.universe.0.name',
    );
  });

  it('POSTs its request type as JSON to /info', async () => {
    const asked: { url: string; init?: RequestInit }[] = [];
    const fetch: FetchLike = async (url, init) => {
      asked.push({ url, init });
      return Response.json(answer());
    };
    const quotes = await fetchHyperliquidPerps({ fetch });
    expect(asked).toHaveLength(1);
    expect(asked[0]?.url).toBe(HYPERLIQUID_INFO_URL);
    expect(asked[0]?.init?.method).toBe('POST');
    expect(JSON.parse(String(asked[0]?.init?.body))).toEqual(META_AND_ASSET_CTXS);
    expect(quotes).toHaveLength(2);
  });

  it('fails as HTTP 422 when Hyperliquid refuses the request body, in plain text', async () => {
    const fetch: FetchLike = async () =>
      new Response('Failed to deserialize the JSON body into the target type', { status: 422 });
    await expect(fetchHyperliquidPerps({ fetch })).rejects.toMatchObject({ kind: 'http', status: 422 });
  });
});
