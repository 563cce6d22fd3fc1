import { BAND_LABEL_KEYS, bandOf } from '../../lib/stress/bands';
import { wordsOf } from './catalogue';

/**
 * What the tests of Undertow in a German browser expect, in Chromium and in Firefox alike: words
 * from the catalogue a translator writes, numbers as `Intl`'s German writes them.
 */
export const de = wordsOf('de');

/** The badge's tooltip line for `score`: „Marktstress 40/100: Ruhig“. */
export const germanStressLine = (score: number) =>
  de('background.stressScore', { score, band: de(BAND_LABEL_KEYS[bandOf(score)]) });

/** "67.490 $": German grouping, the dollar sign after a no-break space. */
export const GERMAN_USD = /^-?\d{1,3}(\.\d{3})*(,\d+)?\u00a0\$$/;

/** Intl's German puts a no-break space before "$" and "%"; expectations write plain spaces. */
export const plainSpaces = (text = '') => text.replaceAll('\u00a0', ' ');

/** The Gate article's first two chips, BTC's price and its day, as a German reader sees them. */
export const GATE_FIRST_CHIPS_DE = ['jetzt 67.490 $ · 0,0 %', 'jetzt -1,88 % 24 h'];
