import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startLiquidationStreams } from '@/entrypoints/background/liquidations';
import { EMPTY_SCHEDULE } from '@/lib/poll/schedule-state';
import { scheduleItem } from '@/lib/storage/items';
import { MINUTE } from '@/lib/time';

/** A venue that accepts every connection and closes it at once, after sending `frames`. */
function venueThatHangsUp(frames: readonly string[] = []) {
  const opened: string[] = [];
  class Socket extends EventTarget {
    constructor(readonly url: string) {
      super();
      opened.push(url);
      setTimeout(() => {
        this.dispatchEvent(new Event('open'));
        for (const data of frames) this.dispatchEvent(new MessageEvent('message', { data }));
        this.dispatchEvent(new Event('close'));
      }, 0);
    }
    send() {}
    close() {}
  }
  vi.stubGlobal('WebSocket', Socket);
  return opened;
}

/** Only Binance's stream: the others' venues are turned off. */
const binanceOnly = () => startLiquidationStreams(['bybit', 'okx']);

describe('a liquidation stream that keeps dropping', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ now: 1_770_885_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('is reconnected less and less often when the venue accepts and closes at once', async () => {
    const opened = venueThatHangsUp();
    const stop = await binanceOnly();
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    await stop();
    // 1, 2, 4 … 32 s, then a minute: about ten in five minutes, where a reset on every open made 250.
    expect(opened.length).toBeGreaterThanOrEqual(8);
    expect(opened.length).toBeLessThanOrEqual(12);
  });

  it('counts an ack before the drop as no reason to start the backoff afresh', async () => {
    const opened = venueThatHangsUp(['{"e":"forceOrder","o":{"s":"DOGEUSDT"}}']);
    const stop = await binanceOnly();
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    await stop();
    expect(opened.length).toBeLessThanOrEqual(12);
  });

  it('is not connected to while the venue’s REST API has us waiting, and is when the wait ends', async () => {
    const opened = venueThatHangsUp();
    const notBefore = Date.now() + 10 * MINUTE;
    await scheduleItem.set({
      ...EMPTY_SCHEDULE,
      venues: { 'binance-futures': { failures: 1, notBefore, rateLimited: true } },
    });
    const stop = await binanceOnly();
    await vi.advanceTimersByTimeAsync(10 * MINUTE - 1000);
    expect(opened).toEqual([]);
    await vi.advanceTimersByTimeAsync(2000);
    await stop();
    expect(opened).toEqual(['wss://fstream.binance.com/market/ws/!forceOrder@arr']);
  });
});
