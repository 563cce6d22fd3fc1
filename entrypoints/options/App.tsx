import { useEffect, useState } from 'preact/hooks';
import { PriceAlerts } from '@/components/PriceAlerts';
import { type AlertFields, alertFields, parseAlertFields } from '@/lib/alerts/alert-settings';
import { changeSettings } from '@/lib/messaging/extension-page-messages';
import { sendMessage } from '@/lib/messaging/message';
import { NEWS_SITE_HOSTS } from '@/lib/news-sites';
import { CURRENCY_NAMES, QUOTE_CURRENCIES, type QuoteCurrency } from '@/lib/quote-currency';
import { POLL_INTERVALS, type Settings, validateSettings } from '@/lib/settings';
import { VENUE_IDS, VENUES, type VenueId } from '@/lib/sources/venues';
import { readSettings } from '@/lib/storage/items';
import { AlertSettingsFields } from './AlertSettingsFields';
import { BadgeFields } from './BadgeFields';
import { HiddenFigures } from './HiddenFigures';
import { MoveAlertFields } from './MoveAlertFields';
import { UserSites } from './UserSites';
import { WatchlistFields } from './WatchlistFields';

type Status = { kind: 'saved' } | { kind: 'errors'; errors: string[] } | null;

/** Add or remove `value` from a list, keeping the rest in order. */
function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? (list.includes(value) ? [...list] : [...list, value]) : list.filter((item) => item !== value);
}

/**
 * The options page: a draft of the settings, checked as a whole on Save. Invalid input gets a
 * message and changes nothing; what is saved syncs to the user's other browsers. Save sends the
 * background what the user changed since the page read the settings (`loaded`), and only that is
 * changed: a site the popup turned on meanwhile stays on.
 */
export function App() {
  const [loaded, setLoaded] = useState<Settings | null>(null);
  const [draft, setDraft] = useState<Settings | null>(null);
  const [fields, setFields] = useState<AlertFields | null>(null);
  const [status, setStatus] = useState<Status>(null);
  useEffect(() => {
    void readSettings().then((settings) => {
      setLoaded(settings);
      setDraft(settings);
      setFields(alertFields(settings.alerts));
    });
  }, []);
  if (!loaded || !draft || !fields) return <main class="options" aria-busy="true" />;

  const edit = (change: Partial<Settings>) => {
    setDraft({ ...draft, ...change });
    setStatus(null);
  };
  const save = async (event: Event) => {
    event.preventDefault();
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
      errors: ['Undertow’s background could not be reached. Nothing was changed: try again in a moment.'],
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
  return (
    <main class="options">
      <h1>Undertow options</h1>
      <form onSubmit={save} noValidate>
        <fieldset data-setting="watchlist">
          <legend>Watchlist</legend>
          <WatchlistFields
            watchlist={draft.watchlist}
            onChange={(watchlist) => edit({ watchlist })}
            onAdd={(symbol) => {
              setDraft((current) => current && { ...current, watchlist: [...current.watchlist, symbol] });
              setStatus(null);
            }}
          />
          <label>
            Show prices in{' '}
            <select
              value={draft.quoteCurrency}
              onChange={(event) => edit({ quoteCurrency: event.currentTarget.value as QuoteCurrency })}
            >
              {QUOTE_CURRENCIES.map((currency) => (
                <option key={currency} value={currency}>
                  {CURRENCY_NAMES[currency]} ({currency})
                </option>
              ))}
            </select>
          </label>
          <p class="hint">
            Other currencies use the rate bitcoin trades at on Kraken. Alerts and the figures beside articles stay in US
            dollars, as the venues and the articles quote them.
          </p>
        </fieldset>

        <BadgeFields choice={draft.badge} watchlist={draft.watchlist} onChange={(badge) => edit({ badge })} />

        <fieldset data-setting="venues">
          <legend>Venues</legend>
          <p class="hint">A venue turned off is neither polled nor streamed. Prices need at least one spot venue.</p>
          {VENUE_IDS.map((venue: VenueId) => (
            <label key={venue}>
              <input
                type="checkbox"
                checked={!draft.disabledVenues.includes(venue)}
                onChange={(event) =>
                  edit({ disabledVenues: toggle(draft.disabledVenues, venue, !event.currentTarget.checked) })
                }
              />
              {VENUES[venue].label}
              <span class="muted"> · {VENUES[venue].spot ? 'spot' : 'perpetuals'}</span>
            </label>
          ))}
        </fieldset>

        <fieldset data-setting="polling">
          <legend>Polling</legend>
          <label>
            Poll the venues every{' '}
            <select
              value={String(draft.pollIntervalMinutes)}
              onChange={(event) => edit({ pollIntervalMinutes: Number(event.currentTarget.value) })}
            >
              {POLL_INTERVALS.map((minutes) => (
                <option key={minutes} value={String(minutes)}>
                  {minutes === 1 ? 'minute' : `${minutes} minutes`}
                </option>
              ))}
            </select>
          </label>
          <label>
            <input
              type="checkbox"
              checked={draft.liquidationStreams}
              onChange={(event) => edit({ liquidationStreams: event.currentTarget.checked })}
            />
            Follow liquidations live (Binance, Bybit and OKX WebSockets)
          </label>
        </fieldset>

        <fieldset data-setting="news-sites">
          <legend>News sites</legend>
          <p class="hint">Where live figures appear beside the figures articles quote.</p>
          {NEWS_SITE_HOSTS.map((host) => (
            <label key={host}>
              <input
                type="checkbox"
                checked={!draft.disabledNewsSites.includes(host)}
                onChange={(event) =>
                  edit({ disabledNewsSites: toggle(draft.disabledNewsSites, host, !event.currentTarget.checked) })
                }
              />
              {host}
            </label>
          ))}
          <UserSites
            disabled={draft.disabledNewsSites}
            onSwitch={(host, on) => edit({ disabledNewsSites: toggle(draft.disabledNewsSites, host, !on) })}
            onRemoved={(host) =>
              setDraft({ ...draft, disabledNewsSites: toggle(draft.disabledNewsSites, host, false) })
            }
          />
          <HiddenFigures />
        </fieldset>

        <AlertSettingsFields
          settings={draft.alerts}
          fields={fields}
          onSettings={(change) => edit({ alerts: { ...draft.alerts, ...change } })}
          onFields={(change) => {
            setFields({ ...fields, ...change });
            setStatus(null);
          }}
        />

        <MoveAlertFields
          moves={draft.alerts.moves}
          watchlist={draft.watchlist}
          onChange={(moves) => edit({ alerts: { ...draft.alerts, moves } })}
        />

        <div class="actions">
          <button type="submit" class="primary">
            Save
          </button>
          {status?.kind === 'saved' && (
            <span role="status" class="saved">
              Saved. It applies at once and syncs to your other browsers.
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
      </form>
      <PriceAlerts />
    </main>
  );
}
