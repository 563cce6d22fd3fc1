import { describe, expect, it } from 'vitest';
import { BAND_FLOOR, BAND_STYLE, BANDS, bandOf, bandWithHysteresis, HYSTERESIS } from '@/lib/stress/bands';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((k) => {
    const c = Number.parseInt(hex.slice(k, k + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r as number) + 0.7152 * (g as number) + 0.0722 * (b as number);
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('bands', () => {
  it('starts each band at its floor', () => {
    for (const band of BANDS) expect(bandOf(BAND_FLOOR[band])).toBe(band);
    expect(bandOf(0)).toBe('calm');
    expect(bandOf(100)).toBe('extreme');
  });

  it('does not flicker when the score hovers at a boundary', () => {
    const floor = BAND_FLOOR.elevated;
    let band = bandWithHysteresis(floor + 0.5, 'calm');
    const shown = [band];
    for (const score of [floor - 0.5, floor + 0.5, floor - 1, floor + 1, floor - HYSTERESIS + 0.5]) {
      band = bandWithHysteresis(score, band);
      shown.push(band);
    }
    expect(new Set(shown)).toEqual(new Set(['elevated']));
    expect(bandWithHysteresis(floor - HYSTERESIS - 0.1, band)).toBe('calm');
  });

  it('rises into a higher band at once', () => {
    expect(bandWithHysteresis(BAND_FLOOR.extreme, 'calm')).toBe('extreme');
  });

  it('gives each band badge text that reads against its colour, and lightness that tells them apart', () => {
    for (const band of BANDS)
      expect(contrast(BAND_STYLE[band].color, BAND_STYLE[band].text)).toBeGreaterThanOrEqual(4.5);
    // Lightness falls from elevated to extreme, so the three warm bands differ even without hue.
    const warm = (['elevated', 'high', 'extreme'] as const).map((band) => luminance(BAND_STYLE[band].color));
    expect(warm).toEqual([...warm].sort((a, b) => b - a));
  });
});
