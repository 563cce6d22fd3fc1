import { useStored } from '@/components/use-stored';
import { readDismissed } from '@/lib/annotate/dismissed';
import { clearDismissedFigures } from '@/lib/messaging/extension-page-messages';
import { sendMessage } from '@/lib/messaging/message';
import { dismissedFiguresItem } from '@/lib/storage/items';
import { t } from '@/lib/words';

/**
 * The figures the reader marked "Not a market figure" on article chips: how many, on how many
 * pages, and a button that forgets them all. They are kept on this device only.
 */
export function HiddenFigures() {
  const pages = readDismissed(useStored(dismissedFiguresItem).value);
  const figures = pages.reduce((sum, page) => sum + page.keys.length, 0);
  return (
    <div class="hidden-figures" data-setting="hidden-figures">
      <p class="hint">
        {figures === 0
          ? t('options.noHiddenFigures')
          : t('options.hiddenFigures', figures, { onPages: t('options.onPages', pages.length) })}
      </p>
      {figures > 0 && (
        <button type="button" onClick={() => void sendMessage(clearDismissedFigures, undefined)}>
          {t('options.showHiddenAgain')}
        </button>
      )}
    </div>
  );
}
