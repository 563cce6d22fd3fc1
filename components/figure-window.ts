import type { FigureWindow } from '@/lib/market/windows';
import { t } from '@/lib/words';

/** A window as a column or row heading: "24h", "7d" in English, "24 h", "7 T" in German. */
const LABEL: Record<FigureWindow, string> = {
  '1h': t('popup.figureWindow1h'),
  '4h': t('popup.figureWindow4h'),
  '12h': t('popup.figureWindow12h'),
  '24h': t('popup.figureWindow24h'),
  '7d': t('popup.figureWindow7d'),
  '30d': t('popup.figureWindow30d'),
};

export const windowLabel = (window: FigureWindow): string => LABEL[window];
