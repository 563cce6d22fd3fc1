import { browser } from 'wxt/browser';
import { formatRelative } from '@/lib/format/relative-time';
import { t, uiLocale } from '@/lib/words';

interface Props {
  takenAt: number | undefined;
  now: number;
  refreshing: boolean;
  onRefresh: () => void;
}

/** The name, how fresh the figures are, Refresh and the options. */
export function PopupHeader({ takenAt, now, refreshing, onRefresh }: Props) {
  return (
    <header class="popup__header">
      <h1>{t('extension.name')}</h1>
      {takenAt !== undefined && (
        <span class="popup__updated" data-testid="updated" title={new Date(takenAt).toLocaleString(uiLocale())}>
          {t('popup.updated', { time: formatRelative(takenAt, now) })}
        </span>
      )}
      <span class="popup__actions">
        <button type="button" onClick={onRefresh} disabled={refreshing} aria-label={t('popup.refreshLabel')}>
          {refreshing ? t('popup.refreshing') : t('popup.refresh')}
        </button>
        <button
          type="button"
          onClick={() => void browser.runtime.openOptionsPage()}
          aria-label={t('popup.optionsLabel')}
        >
          ⚙
        </button>
      </span>
    </header>
  );
}
