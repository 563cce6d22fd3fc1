import { request } from 'node:https';
import { isIP } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { type ReplayServer, startReplayServer } from '../../../replay/server';

let server: ReplayServer;

/** What Chromium does under the host mapping: connect to the replay port, name the real host. */
function get(host: string, path: string, post?: unknown): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method: post === undefined ? 'GET' : 'POST',
        headers: { host },
        rejectUnauthorized: false,
        servername: isIP(host) ? '' : host,
      },
      (res) => {
        let body = '';
        res.on('data', (chunk) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(post === undefined ? undefined : JSON.stringify(post));
  });
}

const TICKER = `/api/v3/ticker/24hr?symbols=${encodeURIComponent('["BTCUSDT"]')}`;

describe('replay server', () => {
  beforeAll(async () => {
    server = await startReplayServer({ scenario: 'article-day' });
  });
  afterAll(() => server.close());

  it('answers an exchange host over HTTPS, routed on the Host header', async () => {
    const { status, body } = await get('api.binance.com', TICKER);
    expect(status).toBe(200);
    expect(JSON.parse(body)[0]).toMatchObject({ symbol: 'BTCUSDT', lastPrice: '67490.00000000' });
  });

  it('serves an article fixture under its real news host', async () => {
    const { status, body } = await get('www.gate.com', '/news/detail/why-crypto-markets-are-pressured');
    expect(status).toBe(200);
    expect(body).toContain('Bitcoin is trading around <strong>$67,490</strong>');
  });

  it('serves a page a test adds, under its real host, and only at its path', async () => {
    server.servePage('https://www.okx.com/learn/weekly-letter', '<p>Bitcoin at $67,490</p>');
    expect(await get('www.okx.com', '/learn/weekly-letter')).toEqual({
      status: 200,
      body: '<p>Bitcoin at $67,490</p>',
    });
    expect((await get('www.okx.com', '/learn/other')).status).toBe(404);
  });

  it('answers 404 for a host it does not play', async () => {
    expect((await get('example.com', '/')).status).toBe(404);
  });

  it('plays the faults of the scenario it is switched to, and counts requests', async () => {
    server.resetCounts();
    await server.setScenario('binance-spot-malformed');
    const { status, body } = await get('api.binance.com', TICKER);
    expect(status).toBe(200);
    expect(() => JSON.parse(body)).toThrow();
    expect(server.requestCounts()).toEqual({ 'api.binance.com /api/v3/ticker/24hr': 1 });
    await server.setScenario('article-day');
  });

  it('moves its clock through scenario steps', async () => {
    await server.setScenario('crash');
    server.setClock(600);
    const { body } = await get('api.binance.com', TICKER);
    expect(JSON.parse(body)[0].lastPrice).toBe('54018.81000000');
    await server.setScenario('article-day');
  });

  it('exposes its state on the control API, on loopback only', async () => {
    const { body } = await get('127.0.0.1', '/__replay/state');
    expect(JSON.parse(body)).toMatchObject({ scenario: 'article-day' });
    expect((await get('api.binance.com', '/__replay/state')).status).toBe(404);
  });

  it('answers bad control input with 400 and a reason, and keeps serving', async () => {
    const bad = await get('127.0.0.1', '/__replay/scenario', { name: '../etc' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error).toContain('Bad scenario name');
    expect((await get('127.0.0.1', '/__replay/clock', { t: 'soon' })).status).toBe(400);
    expect((await get('api.binance.com', TICKER)).status).toBe(200);
  });
});

describe('replay server: WebSocket', () => {
  beforeAll(async () => {
    server = await startReplayServer({ scenario: 'crash' });
  });
  afterAll(() => server.close());

  it('streams the scenario’s messages on their path, in order, with live timestamps', async () => {
    const socket = new WebSocket(`wss://127.0.0.1:${server.port}/market/ws/!forceOrder@arr`, {
      headers: { host: 'fstream.binance.com' },
      rejectUnauthorized: false,
    });
    const received: Array<{ E: number; o: { S: string; q: string } }> = [];
    await new Promise<void>((resolve, reject) => {
      socket.on('message', (data) => {
        received.push(JSON.parse(String(data)));
        if (received.length === 2) resolve();
      });
      socket.on('error', reject);
    });
    socket.close();
    expect(received.map((message) => [message.o.S, message.o.q])).toEqual([
      ['SELL', '2.481'],
      ['SELL', '11.305'],
    ]);
    expect(received[0]?.E).toBeGreaterThan(Date.now() - 10_000);
    expect(server.requestCounts()).toEqual({ 'fstream.binance.com /market/ws/!forceOrder@arr': 1 });
  });

  it('refuses a stream the scenario does not play', async () => {
    const socket = new WebSocket(`wss://127.0.0.1:${server.port}/v5/public/option`, {
      headers: { host: 'stream.bybit.com' },
      rejectUnauthorized: false,
    });
    await expect(new Promise((_, reject) => socket.on('error', reject))).rejects.toThrow();
  });
});
