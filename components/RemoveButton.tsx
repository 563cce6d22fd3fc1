import { t } from '@/lib/words';

interface Props {
  /** What goes, for a screen reader: every row's button reads "Remove" on screen. */
  what: string;
  onRemove: () => void;
}

/** A list row's Remove. */
export function RemoveButton({ what, onRemove }: Props) {
  return (
    <button type="button" aria-label={what} onClick={onRemove}>
      {t('options.remove')}
    </button>
  );
}
