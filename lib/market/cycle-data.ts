import type {
  LongShortPoint,
  OpenInterestPoint,
  PerpQuote,
  TakerFlowPoint,
  VenueQuote,
  VolIndexPoint,
} from '../sources/model';

/** Everything one cycle learned, by kind, before it is merged into a snapshot. */
export interface CycleData {
  spot: VenueQuote[];
  perps: PerpQuote[];
  openInterestHistory: OpenInterestPoint[];
  volIndex: VolIndexPoint[];
  longShort: LongShortPoint[];
  takerFlow: TakerFlowPoint[];
}

export function emptyCycleData(): CycleData {
  return { spot: [], perps: [], openInterestHistory: [], volIndex: [], longShort: [], takerFlow: [] };
}

/** Add one task's findings to what the cycle has so far. */
export function addCycleData(into: CycleData, part: Partial<CycleData>): CycleData {
  for (const key of Object.keys(part) as Array<keyof CycleData>) {
    (into[key] as unknown[]).push(...(part[key] ?? []));
  }
  return into;
}
