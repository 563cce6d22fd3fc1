import { MAJOR_ASSETS } from '../../lib/assets';
import type { Route, RouteAnswer, RouteContext } from '../route';
import type { AssetState, PerpState } from '../scenario';
import { venueShare } from './market-share';

/**
 * Hyperliquid `POST /info` with `{"type":"metaAndAssetCtxs"}`, exactly as documented: a pair
 * `[meta, contexts]` aligned by index, every number a string, funding per hour, open interest in
 * coins. Other request types it does not play are refused as Hyperliquid refuses a type it does
 * not know.
 * https://hyperliquid.gitbook.io/hyperliquid-docs/for-developers/api/info-endpoint/perpetuals
 */
const HOSTS = ['api.hyperliquid.xyz'];

/** Size decimals and leverage as Hyperliquid lists them; prices carry at most 6 − szDecimals decimals. */
const UNIVERSE: Record<string, { szDecimals: number; maxLeverage: number }> = {
  BTC: { szDecimals: 5, maxLeverage: 40 },
  ETH: { szDecimals: 4, maxLeverage: 25 },
  SOL: { szDecimals: 2, maxLeverage: 20 },
  XRP: { szDecimals: 0, maxLeverage: 20 },
  BNB: { szDecimals: 3, maxLeverage: 10 },
};
const MAX_PRICE_DECIMALS = 6;
const FUNDING_PERIODS_PER_8H = 8;

function assetCtx(asset: string, state: AssetState, perp: PerpState, szDecimals: number) {
  const px = (value: number) => value.toFixed(MAX_PRICE_DECIMALS - szDecimals);
  const markPx = px(state.price * (1 + perp.basisPct / 100));
  const mark = Number(markPx);
  const share = venueShare('hyperliquid', asset);
  return {
    dayNtlVlm: (state.volume24hUsd * share).toFixed(6),
    funding: (perp.fundingRate8h / FUNDING_PERIODS_PER_8H).toFixed(10),
    impactPxs: [px(mark * 0.99995), px(mark * 1.00005)],
    markPx,
    midPx: markPx,
    // Coins at the mark, so that coins × mark is this venue's share in USD.
    openInterest: ((perp.openInterestUsd * share) / mark).toFixed(szDecimals),
    oraclePx: px(state.price),
    premium: (perp.basisPct / 100).toFixed(8),
    // The mark 24 h ago, so the mark's change over the day is the scenario's.
    prevDayPx: px(mark / (1 + state.change24hPct / 100)),
  };
}

function metaAndAssetCtxs({ assets }: RouteContext) {
  const listed = MAJOR_ASSETS.flatMap((asset) => {
    const state = assets[asset];
    const info = UNIVERSE[asset];
    return state?.perp && info ? [{ asset, state, perp: state.perp, info }] : [];
  });
  return [
    { universe: listed.map(({ asset, info }) => ({ name: asset, ...info })) },
    listed.map(({ asset, state, perp, info }) => assetCtx(asset, state, perp, info.szDecimals)),
  ];
}

const UNKNOWN_TYPE: RouteAnswer = {
  status: 422,
  body: 'Failed to deserialize the JSON body into the target type',
};

function respondInfo(context: RouteContext): RouteAnswer {
  let request: unknown;
  try {
    request = JSON.parse(context.body);
  } catch {
    return UNKNOWN_TYPE;
  }
  const type = (request as { type?: unknown } | null)?.type;
  return type === 'metaAndAssetCtxs' ? { body: metaAndAssetCtxs(context) } : UNKNOWN_TYPE;
}

export const hyperliquidRoutes: Route[] = [
  { id: 'hyperliquid/info', hosts: HOSTS, method: 'POST', path: '/info', respond: respondInfo },
];
