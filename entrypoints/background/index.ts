import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { POLL_ALARM, POLL_INTERVAL_MINUTES, shouldPollOnWake } from '@/lib/market/poll-schedule';
import { pollStatusItem } from '@/lib/storage/items';
import { paintBadge } from './badge';
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
  },
});

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
