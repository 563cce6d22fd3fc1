import { t } from '../words';

export const BANDS = ['calm', 'elevated', 'high', 'extreme'] as const;
export type Band = (typeof BANDS)[number];

/** The score at which each band begins. docs/stress-score.md shows how often each is reached. */
export const BAND_FLOOR: Record<Band, number> = { calm: 0, elevated: 50, high: 65, extreme: 80 };

/** A score must fall this far below a band's floor to leave it, so the badge does not flicker. */
export const HYSTERESIS = 3;

export interface BandStyle {
  label: string;
  /** Badge background. */
  color: string;
  /** Badge text, chosen for contrast against `color`. */
  text: string;
}

/** Each band's name in the catalogues. */
export const BAND_LABEL_KEYS = {
  calm: 'market.bandCalm',
  elevated: 'market.bandElevated',
  high: 'market.bandHigh',
  extreme: 'market.bandExtreme',
} as const satisfies Record<Band, string>;

/** A band's style, its label looked up when read (see BAND_STYLE). */
const style = (band: Band, color: string, text: string): BandStyle => ({
  get label() {
    return t(BAND_LABEL_KEYS[band]);
  },
  color,
  text,
});

/**
 * Okabe–Ito colours, which stay apart under every common colour-vision deficiency: blue for calm,
 * then amber, vermilion and wine, each darker than the last so lightness alone tells them apart.
 * Labels are looked up when read, not when this loads: the browser tests import the colours in
 * Node, where there is no `browser.i18n`.
 */
export const BAND_STYLE: Record<Band, BandStyle> = {
  calm: style('calm', '#0072B2', '#ffffff'),
  elevated: style('elevated', '#E69F00', '#000000'),
  high: style('high', '#D55E00', '#000000'),
  extreme: style('extreme', '#882255', '#ffffff'),
};

export function bandOf(score: number): Band {
  return BANDS.findLast((band) => score >= BAND_FLOOR[band]) ?? 'calm';
}

/**
 * The band to show given the one shown before: rising into a band is immediate, leaving it
 * needs the score HYSTERESIS below its floor.
 */
export function bandWithHysteresis(score: number, previous: Band | undefined): Band {
  const plain = bandOf(score);
  if (!previous || BANDS.indexOf(plain) >= BANDS.indexOf(previous)) return plain;
  return score > BAND_FLOOR[previous] - HYSTERESIS ? previous : bandOf(score + HYSTERESIS);
}
