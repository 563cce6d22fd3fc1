import { t } from '@/lib/words';

interface Props {
  /** What the field adds, as its label says: "Add a site". */
  label: string;
  value: string;
  placeholder: string;
  onInput: (value: string) => void;
  onAdd: () => void;
  /** While an addition is being checked: the button says so, and stays focusable. */
  busy?: boolean;
  maxLength?: number;
  /** The note that answers an addition, for screen readers. */
  describedBy?: string;
}

/** A text field and its Add button, inside the options form: Enter adds, and never submits the form. */
export function AddField({ label, value, placeholder, onInput, onAdd, busy = false, maxLength, describedBy }: Props) {
  return (
    <div class="add-field">
      <label>
        {label}{' '}
        <input
          type="text"
          value={value}
          placeholder={placeholder}
          maxLength={maxLength}
          spellcheck={false}
          aria-describedby={describedBy}
          onInput={(event) => onInput(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            onAdd();
          }}
        />
      </label>
      <button type="button" aria-disabled={busy || undefined} onClick={onAdd}>
        {busy ? t('options.checking') : t('options.add')}
      </button>
    </div>
  );
}
