export interface UsdAmount {
  value: number;
  /** Offsets into the searched text; `end` is just past the figure and its suffix. */
  start: number;
  end: number;
  /** True when a word or suffix scaled it (million, bn): a notional, not a price. */
  scaled: boolean;
}

const SCALE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  t: 1e12,
  trillion: 1e12,
};

/** "$67,490", "US$67,490", "$67.5K", "$1.2 billion", "$26bn". */
const USD =
  /(?:US)?\$\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s?(thousand|million|billion|trillion)\b|(bn|[kKmMbBtT])\b)?/g;

export function findUsdAmounts(text: string): UsdAmount[] {
  const amounts: UsdAmount[] = [];
  for (const match of text.matchAll(USD)) {
    const [whole, integer = '', fraction = '', word, suffix] = match;
    const scaleKey = (word ?? suffix ?? '').toLowerCase();
    const scale = SCALE[scaleKey] ?? 1;
    const value = Number(integer.replaceAll(',', '') + fraction) * scale;
    if (!Number.isFinite(value)) continue;
    amounts.push({
      value,
      start: match.index,
      end: match.index + whole.length,
      scaled: scale >= 1e6,
    });
  }
  return amounts;
}
