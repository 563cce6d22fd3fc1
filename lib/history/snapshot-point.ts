import { definedField } from '../defined-field';
import { type LiquidationBuckets, liquidationTotals, liveBuckets } from '../market/liquidation-buckets';
import type { MarketSnapshot } from '../market/snapshot';
import type { MarketPoint } from './market-point';

/**
 * A snapshot as a point. Liquidations count only while the streams are heard from; watched for
 * less than 24 h they are marked partial: the score may take them as a floor now, but history
 * keeps only full days (`storablePoint`).
 */
export function snapshotPoint(snapshot: MarketSnapshot, liquidations: LiquidationBuckets | null): MarketPoint {
  const close: MarketPoint['close'] = {};
  for (const quote of snapshot.assets) close[quote.asset] = quote.price;
  const derivatives = snapshot.derivatives;
  const btc = derivatives?.assets.find((asset) => asset.asset === 'BTC');
  const watching = liveBuckets(liquidations, snapshot.takenAt);
  const liquidated = watching ? liquidationTotals(watching, '24h', snapshot.takenAt) : undefined;
  return {
    t: snapshot.takenAt,
    close,
    ...definedField('oiChange24hPct', derivatives?.openInterestChangePct['24h']),
    ...definedField('btcFunding8h', btc?.fundingRate8h),
    ...definedField('btcBasisPct', btc?.basisPct),
    ...definedField('liqLong24hUsd', liquidated?.long),
    ...definedField('liqShort24hUsd', liquidated?.short),
    ...(liquidated?.partialSince === undefined ? {} : { liqPartial: true }),
    ...definedField('btcDvol', derivatives?.dvol.BTC),
    ...definedField('btcLongShort', derivatives?.longShortRatio),
  };
}

/** What history keeps of a point: not a partial day's liquidations, which would later read as a calm day. */
export function storablePoint(point: MarketPoint): MarketPoint {
  if (!point.liqPartial) return point;
  const { liqLong24hUsd: _long, liqShort24hUsd: _short, liqPartial: _partial, ...rest } = point;
  return rest;
}
