import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { oneAtATime } from '@/lib/one-at-a-time';
import { minutesToMs, POLL_ALARM, polledFor, shouldPollOnWake } from '@/lib/poll/poll-schedule';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/settings';
import { pollStatusItem, readSettings, settingsItem } from '@/lib/storage/items';
import { deliverAlerts, handleNotificationClicks } from './alerts';
import { paintBadge } from './badge';
import { startLiquidationStreams } from './liquidations';
import { registerMessageHandlers } from './messages';
import { followNewsSites } from './news-sites';
import { annotatePage, checkSelection, followPageCommands } from './page-commands';
import { poll, pollAfresh } from './poll';

// A classic script, not a module: WXT builds a module background together with the popup and the
// options page, and every module two of the three share goes into a chunk the popup loads, so the
// popup carried 5 kB (gzipped) of the poll's and the alerts' code it never runs. Built alone, the
// background is one file and the popup loads only what the pages share.
export default defineBackground({
  main() {
    registerMessageHandlers();
    handleNotificationClicks();
    followNewsSites();
    followPageCommands();

    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === POLL_ALARM) void poll();
    });

    // Listeners above are registered synchronously so a wake-up event is never missed; the rest
    // may run after.
    void start();
    void followSettings();
    // What the context menu and the shortcut call, as the worker's global `background`: no test
    // can pick a context menu item or press a command's keys, so the browser tests call these.
    return { checkSelection, annotatePage };
  },
});

/**
 * Apply the settings as they change: the poll alarm's interval, a poll at once when what it
 * fetches changed, the badge when what it shows changed, and the liquidation streams, which run while the setting says so and only for
 * venues that are on.
 */
async function followSettings(): Promise<void> {
  let stop: (() => Promise<void>) | null = null;
  let streaming: string | null = null;
  let polled: string | null = null;
  let shown: string | null = null;
  const apply = async (settings: Settings) => {
    await ensureAlarm(settings.pollIntervalMinutes);
    // The first settings read is the worker starting: `start` decides whether that polls.
    const wanted = polledFor(settings);
    if (polled !== null && wanted !== polled) void pollAfresh();
    polled = wanted;
    // What the badge shows, and the currency a price on it is in, repaint it at once.
    const badge = JSON.stringify([settings.badge, settings.quoteCurrency]);
    if (shown !== null && badge !== shown) void paintBadge({ settings });
    shown = badge;
    const streams = settings.liquidationStreams ? `on:${settings.disabledVenues.join()}` : 'off';
    if (streams === streaming) return;
    streaming = streams;
    await stop?.();
    stop = settings.liquidationStreams ? await startLiquidationStreams(settings.disabledVenues) : null;
  };
  // One change at a time: two quick edits must not start two sets of streams.
  const queue = oneAtATime(apply);
  settingsItem.watch((settings) => void queue(settings ?? DEFAULT_SETTINGS));
  await queue(await readSettings());
}

/**
 * `create` with the same name replaces the alarm, so only create it when it is missing or its
 * period changed, or every worker wake-up would push the next poll back a full interval.
 */
async function ensureAlarm(minutes: number): Promise<void> {
  const alarm = await browser.alarms.get(POLL_ALARM);
  if (alarm?.periodInMinutes !== minutes) await browser.alarms.create(POLL_ALARM, { periodInMinutes: minutes });
}

async function start(): Promise<void> {
  // Notifications a worker stored but was stopped before showing.
  void deliverAlerts().catch((error: unknown) => console.error('Undertow: alerts failed', error));
  const settings = await readSettings();
  await ensureAlarm(settings.pollIntervalMinutes);
  const status = await pollStatusItem.get();
  if (shouldPollOnWake(status?.attemptedAt, Date.now(), minutesToMs(settings.pollIntervalMinutes))) await poll();
  else await paintBadge();
}
