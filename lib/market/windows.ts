import { DAY, HOUR } from '../time';

/**
 * The windows a live figure is measured over, as news quotes them: the past hour, four and twelve
 * hours, a day, a week, a month. Price moves, open-interest changes and liquidations share them.
 */
export const FIGURE_WINDOWS = ['1h', '4h', '12h', '24h', '7d', '30d'] as const;
export type FigureWindow = (typeof FIGURE_WINDOWS)[number];

export const WINDOW_MS: Record<FigureWindow, number> = {
  '1h': HOUR,
  '4h': 4 * HOUR,
  '12h': 12 * HOUR,
  '24h': DAY,
  '7d': 7 * DAY,
  '30d': 30 * DAY,
};

export const isFigureWindow = (window: string): window is FigureWindow => Object.hasOwn(WINDOW_MS, window);

/** A figure per window, where it is known. */
export type Windowed = Partial<Record<FigureWindow, number>>;
