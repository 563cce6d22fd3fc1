import { useEffect, useState } from 'preact/hooks';
import { type AlertFields, alertFields, parseAlertFields } from '@/lib/alerts/alert-settings';
import { changeSettings } from '@/lib/messaging/extension-page-messages';
import { sendMessage } from '@/lib/messaging/message';
import { type Settings, validateSettings } from '@/lib/settings/settings';
import { readSettings } from '@/lib/storage/items';
import { t } from '@/lib/words';

export type SaveStatus = { kind: 'saved' } | { kind: 'errors'; errors: string[] } | null;

/**
 * The options page's draft of the settings, checked as a whole on Save. Invalid input gets a
 * message and changes nothing; what is saved syncs to the user's other browsers. Save sends the
 * background what the user changed since the page read the settings (`loaded`), and only that is
 * changed: a site the popup turned on meanwhile stays on. Null until the settings are read.
 */
export function useSettingsDraft() {
  const [loaded, setLoaded] = useState<Settings | null>(null);
  const [draft, setDraft] = useState<Settings | null>(null);
  const [fields, setFields] = useState<AlertFields | null>(null);
  const [status, setStatus] = useState<SaveStatus>(null);
  useEffect(() => {
    void readSettings().then((settings) => {
      setLoaded(settings);
      setDraft(settings);
      setFields(alertFields(settings.alerts));
    });
  }, []);
  if (!loaded || !draft || !fields) return null;

  /** Change the draft from what it is when the change lands (a lookup answers later than a click). */
  const update = (change: (current: Settings) => Partial<Settings>) => {
    setDraft((current) => current && { ...current, ...change(current) });
    setStatus(null);
  };
  const save = async () => {
    const typed = parseAlertFields(fields);
    const result = validateSettings({
      ...draft,
      ...('values' in typed && { alerts: { ...draft.alerts, ...typed.values } }),
    });
    const errors = [...('errors' in typed ? typed.errors : []), ...('errors' in result ? result.errors : [])];
    if (errors.length > 0 || !('settings' in result)) {
      setStatus({ kind: 'errors', errors });
      return;
    }
    const answer = await sendMessage(changeSettings, { before: loaded, after: result.settings }).catch(() => ({
      errors: [t('options.saveUnreachable')],
      settings: undefined,
    }));
    if (!answer.settings) {
      setStatus({ kind: 'errors', errors: answer.errors ?? [] });
      return;
    }
    // What is stored now, other pages' changes included, is what the next Save is measured from.
    setLoaded(answer.settings);
    setDraft(answer.settings);
    setStatus({ kind: 'saved' });
  };
  return {
    draft,
    fields,
    status,
    edit: (change: Partial<Settings>) => update(() => change),
    update,
    editFields: (change: Partial<AlertFields>) => {
      setFields({ ...fields, ...change });
      setStatus(null);
    },
    save,
  };
}
