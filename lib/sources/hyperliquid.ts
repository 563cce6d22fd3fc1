import { z } from 'zod/mini';
import { MAJOR_ASSETS } from '../assets';
import { t } from '../words';
import { decimalString, nonNegativeDecimal, positiveDecimal } from './decimal';
import { type FetchJsonOptions, fetchJson } from './fetch-json';
import type { PerpQuote } from './model';
import { parseResponse } from './parse';
import { percentChange } from './percent-change';
import { SourceError } from './source-error';

/**
 * Hyperliquid perpetuals, public info endpoint (no key). Every query is a POST to `/info` with
 * its `type` in a JSON body; numbers are decimal strings.
 * Docs: https://hyperliquid.gitbook.io/hyperliquid-docs/for-developers/api/info-endpoint/perpetuals#retrieve-perpetuals-asset-contexts-includes-mark-price-current-funding-open-interest-etc
 */
const HOST = 'api.hyperliquid.xyz';
export const HYPERLIQUID_INFO_URL = `https://${HOST}/info`;
export const META_AND_ASSET_CTXS = { type: 'metaAndAssetCtxs' } as const;

/** Hyperliquid funds every hour; the model wants the rate over 8 h. */
const FUNDING_PERIODS_PER_8H = 8;

/** Universe names are the plain tickers for our majors. */
const MetaAndAssetCtxs = z.tuple([
  z.object({ universe: z.array(z.object({ name: z.string() })) }),
  // Every listed perpetual's context; only ours are validated, so an odd one elsewhere cannot sink them.
  z.array(z.unknown()),
]);

/** The documented asset context; only the fields we read are required. */
const AssetCtx = z.object({
  markPx: positiveDecimal,
  oraclePx: positiveDecimal,
  prevDayPx: nonNegativeDecimal,
  /** Hourly, as a fraction. */
  funding: decimalString,
  /** In coins, not USD. */
  openInterest: positiveDecimal,
});

/** Validate a `metaAndAssetCtxs` answer and normalise it. The answer carries no time, so `at` is when it came. */
export function parseMetaAndAssetCtxs(json: unknown, at: number): PerpQuote[] {
  const [{ universe }, ctxs] = parseResponse(MetaAndAssetCtxs, json, HOST, 'metaAndAssetCtxs');
  // The two lists pair up by index: if their lengths differ, every pairing is suspect.
  if (universe.length !== ctxs.length) {
    const detail = t('market.issueAssetsContexts', { assets: universe.length, contexts: ctxs.length });
    throw new SourceError('schema', t('market.formatChanged', { host: HOST, what: 'metaAndAssetCtxs', detail }));
  }
  const indexByName = new Map(universe.map((asset, index) => [asset.name, index]));
  return MAJOR_ASSETS.flatMap((asset) => {
    const index = indexByName.get(asset);
    if (index === undefined) return [];
    const ctx = parseResponse(AssetCtx, ctxs[index], HOST, `metaAndAssetCtxs context of ${asset}`);
    return [
      {
        asset,
        venue: 'hyperliquid' as const,
        markPrice: ctx.markPx,
        indexPrice: ctx.oraclePx,
        openInterestUsd: ctx.openInterest * ctx.markPx,
        fundingRate8h: ctx.funding * FUNDING_PERIODS_PER_8H,
        change24hPct: percentChange(ctx.prevDayPx, ctx.markPx),
        at,
      },
    ];
  });
}

export async function fetchHyperliquidPerps(options?: FetchJsonOptions): Promise<PerpQuote[]> {
  return parseMetaAndAssetCtxs(
    await fetchJson(HYPERLIQUID_INFO_URL, { ...options, post: META_AND_ASSET_CTXS }),
    Date.now(),
  );
}
