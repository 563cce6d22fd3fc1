import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { POLL_ALARM, POLL_INTERVAL_MINUTES, shouldPollOnWake } from '@/lib/market/poll-schedule';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { pollStatusItem, settingsItem } from '@/lib/storage/items';
import { paintBadge } from './badge';
import { startLiquidationStreams } from './liquidations';
import { registerMessageHandlers } from './messages';
import { poll } from './poll';

export default defineBackground({
  type: 'module',
  main() {
    registerMessageHandlers();

    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === POLL_ALARM) void poll();
    });

    // Listeners above are registered synchronously so a wake-up event is never missed; the rest
    // may run after.
    void start();
    void followStreamSetting();
  },
});

/** Liquidation streams run while the setting says so, and stop the moment it is turned off. */
async function followStreamSetting(): Promise<void> {
  let stop: (() => void) | null = null;
  const apply = async (settings: Settings) => {
    if (settings.liquidationStreams && !stop) stop = await startLiquidationStreams();
    else if (!settings.liquidationStreams && stop) {
      stop();
      stop = null;
    }
  };
  settingsItem.watch((settings) => void apply(settings ?? DEFAULT_SETTINGS));
  await apply((await settingsItem.get()) ?? DEFAULT_SETTINGS);
}

async function start(): Promise<void> {
  // `create` with the same name replaces the alarm, so only create it when missing, or every
  // worker wake-up would push the next poll back a full interval.
  if (!(await browser.alarms.get(POLL_ALARM))) {
    await browser.alarms.create(POLL_ALARM, { periodInMinutes: POLL_INTERVAL_MINUTES });
  }
  const status = await pollStatusItem.get();
  if (shouldPollOnWake(status?.attemptedAt, Date.now())) await poll();
  else await paintBadge();
}
