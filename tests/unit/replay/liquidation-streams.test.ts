import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { MAJOR_ASSETS } from '@/lib/assets';
import { binanceLiquidationStream } from '@/lib/sources/binance-futures';
import { bybitLiquidationStream } from '@/lib/sources/bybit';
import type { LiquidationStream } from '@/lib/sources/liquidation-stream';
import type { Liquidation } from '@/lib/sources/model';
import { okxLiquidationStream } from '@/lib/sources/okx';
import { SourceError } from '@/lib/sources/source-error';
import { loadScenario, type Scenario } from '../../../replay/scenario';
import { type ReplayServer, startReplayServer } from '../../../replay/server';
import { LIQUIDATION_INTERVAL_MS } from '../../../replay/stream-route';
import { venueShare } from '../../../replay/venues/market-share';

let server: ReplayServer;

/** What Chromium does under the host mapping: the descriptor's own URL, sent to the replay port. */
function connect(stream: LiquidationStream): Promise<WebSocket> {
  const url = new URL(stream.url);
  const socket = new WebSocket(`wss://127.0.0.1:${server.port}${url.pathname}`, {
    headers: { host: url.host },
    rejectUnauthorized: false,
  });
  return new Promise((resolve, reject) => {
    socket.on('open', () => resolve(socket));
    socket.on('error', reject);
  });
}

/** Every text frame the socket receives, in order. */
function record(socket: WebSocket): string[] {
  const frames: string[] = [];
  socket.on('message', (data) => frames.push(String(data)));
  return frames;
}

async function until<T>(check: () => T | undefined, timeoutMs = 3500): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`nothing within ${timeoutMs} ms`);
    await sleep(20);
  }
}

/** The scenario's rate for one venue, asset and side: its share of the 24 h notional, per second. */
function scenarioUsdPerSecond(scenario: Scenario, liquidation: Liquidation): number {
  const total = scenario.assets[liquidation.asset]?.perp?.liquidations24hUsd[liquidation.side] ?? 0;
  return (venueShare(liquidation.venue, liquidation.asset) * total) / 86_400;
}

/** How many (asset, side) pairs the feed takes turns over: each comes round once per that many events. */
function pairCount(scenario: Scenario, stream: LiquidationStream): number {
  return MAJOR_ASSETS.flatMap((asset) =>
    (['long', 'short'] as const).filter((side) => {
      const total = scenario.assets[asset]?.perp?.liquidations24hUsd[side] ?? 0;
      return venueShare(stream.venue, asset) * total > 0;
    }),
  ).length;
}

describe('replay liquidation streams', () => {
  let scenario: Scenario;

  beforeAll(async () => {
    server = await startReplayServer({ scenario: 'article-day' });
    scenario = await loadScenario('article-day');
  });
  afterAll(() => server.close());

  it.each([binanceLiquidationStream, bybitLiquidationStream, okxLiquidationStream])(
    '$venue streams the scenario’s liquidations at its rate, after its documented ack',
    async (stream) => {
      const socket = await connect(stream);
      const frames = record(socket);
      for (const message of stream.onOpen) socket.send(message);
      const liquidations = await until(() => {
        const parsed = frames.flatMap((frame) => stream.parse(frame, Date.now()));
        return parsed.length >= 2 ? parsed : undefined;
      });
      socket.close();

      if (stream.onOpen.length > 0) {
        expect(stream.parse(frames[0] ?? '', Date.now())).toEqual([]);
        expect(frames[0]).toMatch(
          stream.venue === 'bybit' ? /"success":true.*"op":"subscribe"/ : /"event":"subscribe"/,
        );
      }
      expect(liquidations.slice(0, 2).map(({ asset, side }) => [asset, side])).toEqual([
        ['BTC', 'long'],
        ['BTC', 'short'],
      ]);
      const pairs = pairCount(scenario, stream);
      expect(pairs).toBe(10);
      for (const liquidation of liquidations) {
        expect(liquidation.venue).toBe(stream.venue);
        expect(liquidation.at).toBeGreaterThan(Date.now() - 10_000);
        // Each pair is reported once every `pairs` events, so its event covers pairs × interval.
        const usdPerSecond = liquidation.usd / ((pairs * LIQUIDATION_INTERVAL_MS) / 1000);
        expect(Math.abs(usdPerSecond / scenarioUsdPerSecond(scenario, liquidation) - 1)).toBeLessThan(0.01);
      }
    },
  );

  it('answers Bybit’s ping with its documented pong', async () => {
    const socket = await connect(bybitLiquidationStream);
    const frames = record(socket);
    socket.send(bybitLiquidationStream.keepAlive?.message ?? '');
    const pong = await until(() => frames[0]);
    socket.close();
    expect(JSON.parse(pong)).toMatchObject({ success: true, ret_msg: 'pong', op: 'ping' });
    expect(bybitLiquidationStream.parse(pong, Date.now())).toEqual([]);
  });

  it('answers OKX’s text ping with pong, and an unknown subscription with an error event', async () => {
    const socket = await connect(okxLiquidationStream);
    const frames = record(socket);
    socket.send(okxLiquidationStream.keepAlive?.message ?? '');
    socket.send(JSON.stringify({ op: 'subscribe', args: [{ channel: 'tickers', instId: 'BTC-USDT' }] }));
    await until(() => frames[1]);
    socket.close();
    expect(frames[0]).toBe('pong');
    expect(okxLiquidationStream.parse(frames[0] ?? '', Date.now())).toEqual([]);
    expect(() => okxLiquidationStream.parse(frames[1] ?? '', Date.now())).toThrow(SourceError);
    expect(() => okxLiquidationStream.parse(frames[1] ?? '', Date.now())).toThrow(/OKX error 60012/);
  });

  it('counts each connection like a request', async () => {
    server.resetCounts();
    (await connect(binanceLiquidationStream)).close();
    expect(server.requestCounts()).toEqual({ 'fstream.binance.com /market/ws/!forceOrder@arr': 1 });
  });
});

describe('replay liquidation streams: liquidation-streams-drop', () => {
  beforeAll(async () => {
    server = await startReplayServer({ scenario: 'liquidation-streams-drop' });
  });
  afterAll(() => server.close());

  it('drops Bybit’s open socket at 5 s, refuses its upgrade until 15 s, then serves it again', async () => {
    server.setClock(4);
    const open = await connect(bybitLiquidationStream);
    const closed = new Promise<number>((resolve) => open.on('close', resolve));
    server.setClock(5);
    // Terminated without a close frame, as a dropped connection reads in the browser.
    expect(await closed).toBe(1006);

    await expect(connect(bybitLiquidationStream)).rejects.toThrow('Unexpected server response: 503');
    server.setClock(14.5);
    await expect(connect(bybitLiquidationStream)).rejects.toThrow('Unexpected server response: 503');
    (await connect(okxLiquidationStream)).close();

    server.setClock(15);
    const again = await connect(bybitLiquidationStream);
    const frames = record(again);
    for (const message of bybitLiquidationStream.onOpen) again.send(message);
    await until(() => frames[0]);
    again.close();
    expect(JSON.parse(frames[0] ?? '')).toMatchObject({ success: true, op: 'subscribe' });
    expect(server.requestCounts()['stream.bybit.com /v5/public/linear']).toBe(4);
  });
});

describe('replay liquidation streams: bybit-stream-hangs-up', () => {
  beforeAll(async () => {
    server = await startReplayServer({ scenario: 'bybit-stream-hangs-up' });
  });
  afterAll(() => server.close());

  it('takes Bybit’s connection, answers its subscription, and drops it 300 ms after it opened; OKX stays up', async () => {
    const asked = Date.now();
    const bybit = await connect(bybitLiquidationStream);
    const frames = record(bybit);
    const closed = new Promise<number>((resolve) => bybit.on('close', resolve));
    for (const message of bybitLiquidationStream.onOpen) bybit.send(message);
    const okx = await connect(okxLiquidationStream);
    // Terminated without a close frame, as a dropped connection reads in the browser.
    expect(await closed).toBe(1006);
    // Its 300 ms run from the moment the server took the connection, after it was asked for.
    expect(Date.now() - asked).toBeGreaterThanOrEqual(295);
    expect(JSON.parse(frames[0] ?? '')).toMatchObject({ success: true, op: 'subscribe' });
    await sleep(100);
    expect(okx.readyState).toBe(WebSocket.OPEN);
    okx.close();
  });
});
