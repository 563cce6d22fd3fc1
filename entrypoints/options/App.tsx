import { PriceAlerts } from '@/components/PriceAlerts';
import { t } from '@/lib/words';
import { AlertSettingsFields } from './AlertSettingsFields';
import { BadgeFields } from './BadgeFields';
import { CurrencyField } from './CurrencyField';
import { MoveAlertFields } from './MoveAlertFields';
import { NewsSiteFields } from './NewsSiteFields';
import { PollingFields } from './PollingFields';
import { SaveActions } from './SaveActions';
import { useSettingsDraft } from './use-settings-draft';
import { VenueFields } from './VenueFields';
import { WatchlistFields } from './WatchlistFields';

/** The options page: one form over a draft of the settings (`useSettingsDraft`), a section each. */
export function App() {
  const form = useSettingsDraft();
  if (!form) return <main class="options" aria-busy="true" />;
  const { draft, fields, edit } = form;
  return (
    <main class="options">
      <h1>{t('options.title')}</h1>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void form.save();
        }}
        noValidate
      >
        <fieldset data-setting="watchlist">
          <legend>{t('options.watchlist')}</legend>
          <WatchlistFields
            watchlist={draft.watchlist}
            onChange={(watchlist) => edit({ watchlist })}
            onAdd={(symbol) => form.update((current) => ({ watchlist: [...current.watchlist, symbol] }))}
          />
          <CurrencyField value={draft.quoteCurrency} onChange={(quoteCurrency) => edit({ quoteCurrency })} />
        </fieldset>
        <BadgeFields choice={draft.badge} watchlist={draft.watchlist} onChange={(badge) => edit({ badge })} />
        <VenueFields disabled={draft.disabledVenues} onChange={(disabledVenues) => edit({ disabledVenues })} />
        <PollingFields settings={draft} onChange={edit} />
        <NewsSiteFields
          disabled={draft.disabledNewsSites}
          onChange={(disabledNewsSites) => edit({ disabledNewsSites })}
        />
        <AlertSettingsFields
          settings={draft.alerts}
          fields={fields}
          onSettings={(change) => edit({ alerts: { ...draft.alerts, ...change } })}
          onFields={form.editFields}
        />
        <MoveAlertFields
          moves={draft.alerts.moves}
          watchlist={draft.watchlist}
          onChange={(moves) => edit({ alerts: { ...draft.alerts, moves } })}
        />
        <SaveActions status={form.status} />
      </form>
      <PriceAlerts />
    </main>
  );
}
