import { t } from '@/lib/words';
import type { Notice } from './popup-notices';

/** What the user should know before reading the figures: stale data, failing venues, storage. */
export function Notices({ notices, error }: { notices: readonly Notice[]; error: string | null }) {
  return (
    <>
      {notices.length > 0 && (
        <ul class="notices" aria-label={t('popup.noticesLabel')} aria-live="polite">
          {notices.map((notice) => (
            <li key={notice.kind} data-notice={notice.kind}>
              {notice.text}
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p role="alert" class="popup__error">
          {error}
        </p>
      )}
    </>
  );
}
