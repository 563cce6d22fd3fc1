import { describe, expect, it } from 'vitest';
import { MAJOR_ASSETS } from '@/lib/assets';
import { META_AND_ASSET_CTXS, parseMetaAndAssetCtxs } from '@/lib/sources/hyperliquid';
import { hyperliquidRoutes } from '../../../replay/venues/hyperliquid';
import { NOW, replayRoute } from '../helpers/venue-answers';

const UNIVERSE_KEYS = ['name', 'szDecimals', 'maxLeverage'];
const CTX_KEYS = [
  'dayNtlVlm',
  'funding',
  'impactPxs',
  'markPx',
  'midPx',
  'openInterest',
  'oraclePx',
  'premium',
  'prevDayPx',
];
const [info] = hyperliquidRoutes;

const respond = (request: unknown) => replayRoute('https://api.hyperliquid.xyz/info', { post: request });

describe('replay: Hyperliquid metaAndAssetCtxs', () => {
  it('is a POST to /info on Hyperliquid’s host', () => {
    expect(info).toMatchObject({
      id: 'hyperliquid/info',
      method: 'POST',
      path: '/info',
      hosts: ['api.hyperliquid.xyz'],
    });
  });

  it('answers [meta, contexts] aligned by index, in the documented shape, numbers as strings', async () => {
    const { body } = await respond(META_AND_ASSET_CTXS);
    const [meta, ctxs] = body as [{ universe: Record<string, unknown>[] }, Record<string, unknown>[]];
    expect(meta.universe.map((asset) => asset.name)).toEqual([...MAJOR_ASSETS]);
    expect(ctxs).toHaveLength(meta.universe.length);
    expect(Object.keys(meta.universe[0] ?? {})).toEqual(UNIVERSE_KEYS);
    for (const ctx of ctxs) {
      expect(Object.keys(ctx)).toEqual(CTX_KEYS);
      for (const [key, value] of Object.entries(ctx)) {
        if (key !== 'impactPxs') expect(typeof value).toBe('string');
      }
    }
    expect(ctxs[0]).toMatchObject({ funding: '0.0000025000', oraclePx: '67490.0' });
  });

  it('round-trips through the extension’s own parser: hourly funding, OI in coins', async () => {
    const quotes = parseMetaAndAssetCtxs((await respond(META_AND_ASSET_CTXS)).body, NOW);
    const btc = quotes.find((quote) => quote.asset === 'BTC');
    expect(btc?.fundingRate8h).toBeCloseTo(0.00002, 12);
    expect((btc?.openInterestUsd ?? 0) / (45e9 * 0.15)).toBeCloseTo(1, 8);
    expect(btc?.indexPrice).toBe(67490);
    expect(btc?.markPrice).toBeCloseTo(67490 * (1 - 0.0002), 0);
    expect(btc?.change24hPct).toBeCloseTo(-1.88, 3);
    const sol = quotes.find((quote) => quote.asset === 'SOL');
    // SOL, XRP and BNB split Deribit's share among the others.
    expect((sol?.openInterestUsd ?? 0) / ((5.1e9 * 0.15) / 0.95)).toBeCloseTo(1, 6);
    expect(sol?.fundingRate8h).toBeCloseTo(-0.00008, 12);
  });

  it('refuses a request type it does not play, as Hyperliquid does', async () => {
    expect((await respond({ type: 'allMids' })).status).toBe(422);
    expect((await respond('not json')).status).toBe(422);
    expect((await respond(null)).status).toBe(422);
  });
});
