import { t } from '../words';
import type { FigureWindow } from './windows';

/** A window as a chip or a card says it: "24h", "7d"; „7 Tage“ in German. */
const SPANS = {
  '1h': 'card.span1h',
  '4h': 'card.span4h',
  '12h': 'card.span12h',
  '24h': 'card.span24h',
  '7d': 'card.span7d',
  '30d': 'card.span30d',
} as const satisfies Record<FigureWindow, string>;

/** A window as a narrow column or row heading in the popup: the same in English, „7 T“ in German. */
const HEADINGS = {
  '1h': 'popup.figureWindow1h',
  '4h': 'popup.figureWindow4h',
  '12h': 'popup.figureWindow12h',
  '24h': 'popup.figureWindow24h',
  '7d': 'popup.figureWindow7d',
  '30d': 'popup.figureWindow30d',
} as const satisfies Record<FigureWindow, string>;

export const windowSpan = (window: FigureWindow): string => t(SPANS[window]);
export const windowHeading = (window: FigureWindow): string => t(HEADINGS[window]);
