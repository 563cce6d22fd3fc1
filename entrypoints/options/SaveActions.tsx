import { t } from '@/lib/words';
import type { SaveStatus } from './use-settings-draft';

/** Save, and what came of it: saved, or every reason it was not. */
export function SaveActions({ status }: { status: SaveStatus }) {
  return (
    <>
      <div class="actions">
        <button type="submit" class="primary">
          {t('options.save')}
        </button>
        {status?.kind === 'saved' && (
          <span role="status" class="saved">
            {t('options.saved')}
          </span>
        )}
      </div>
      {status?.kind === 'errors' && (
        <div role="alert">
          <ul class="errors">
            {status.errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
