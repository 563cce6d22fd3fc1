import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { Duplex } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { type WebSocket, WebSocketServer } from 'ws';
import { articleFor } from './articles';
import { makeCertificate } from './certificate';
import { findRoute } from './routes';
import { activeFault, assetsAt, loadScenario, type Scenario } from './scenario';
import { findStream, openStream, refuseUpgrade, refusingFault } from './streams';

export interface ReplayServer {
  port: number;
  /** Where tests and tools reach the control API from outside the browser. */
  controlOrigin: string;
  /** Chromium flags that send every host to this server and accept its certificate. */
  chromiumArgs: string[];
  scenario(): Scenario;
  setScenario(name: string): Promise<void>;
  /** Jump the scenario clock to `t` seconds; it runs on in real time from there. */
  setClock(t: number): void;
  clock(): number;
  /** Requests answered so far, by `host path`. */
  requestCounts(): Record<string, number>;
  resetCounts(): void;
  /**
   * Serve `html` at an https `url` from now on: a page that is not one of the news articles
   * (a site the user adds themselves), answered under its real host name like them.
   */
  servePage(url: string, html: string): void;
  close(): Promise<void>;
}

export interface ReplayOptions {
  scenario: string;
  port?: number;
  /** Log unmatched requests: a route the extension calls that the replay does not know yet. */
  log?: (line: string) => void;
}

const CONTROL_HOSTS = new Set(['127.0.0.1', 'localhost']);

export async function startReplayServer(options: ReplayOptions): Promise<ReplayServer> {
  let scenario = await loadScenario(options.scenario);
  let clockBase = { t: 0, at: Date.now() };
  const counts = new Map<string, number>();
  const pages = new Map<string, string>();
  const sockets = new Set<Duplex>();
  const log = options.log ?? (() => {});

  const clock = () => clockBase.t + (Date.now() - clockBase.at) / 1000;
  const count = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

  const server: ReplayServer = {
    port: 0,
    controlOrigin: '',
    chromiumArgs: [],
    scenario: () => scenario,
    async setScenario(name) {
      scenario = await loadScenario(name);
      clockBase = { t: 0, at: Date.now() };
    },
    setClock(t) {
      clockBase = { t, at: Date.now() };
    },
    clock,
    requestCounts: () => Object.fromEntries(counts),
    resetCounts: () => counts.clear(),
    servePage(url, html) {
      const { host, pathname } = new URL(url);
      pages.set(`${host}${pathname}`, html);
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        for (const client of wss.clients) client.terminate();
        https.close(() => resolve());
      }),
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `https://${host}`);
    if (CONTROL_HOSTS.has(host)) return control(server, req, res, url);

    const route = findRoute(host, req.method ?? 'GET', url.pathname);
    if (route) {
      count(`${host} ${url.pathname}`);
      const body = await readBody(req);
      const t = clock();
      const fault = activeFault(scenario, route.id, t);
      if (fault?.delayMs) await sleep(fault.delayMs);
      if (res.destroyed) return;
      if (fault && (fault.status !== undefined || fault.body !== undefined)) {
        res.writeHead(fault.status ?? 200, { 'content-type': 'application/json', ...fault.headers });
        res.end(fault.body ?? '');
        return;
      }
      const answer = route.respond({
        url,
        method: req.method ?? 'GET',
        body,
        assets: assetsAt(scenario, t),
        now: Date.now(),
      });
      res.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers });
      res.end(JSON.stringify(answer.body));
      return;
    }

    const article = (await articleFor(host, url.pathname)) ?? pages.get(`${host}${url.pathname}`);
    if (article !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(article);
      return;
    }
    log(`no route: ${req.method} https://${host}${url.pathname}`);
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end(`The replay exchange has nothing at https://${host}${url.pathname}\n`);
  }

  const { key, cert } = await makeCertificate();
  const https = createServer({ key, cert }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`error answering ${req.headers.host}${req.url}: ${String(error)}`);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  https.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  const wss = new WebSocketServer({ noServer: true });
  https.on('upgrade', (req, socket, head) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(req.url ?? '/', `https://${host}`).pathname;
    const key = `${host}${path}`;
    // A scenario's scripted messages for a path win; every other known stream is generated.
    const messages = scenario.websocket[key];
    const stream = messages ? undefined : findStream(host, path);
    if (stream) {
      count(`${host} ${path}`);
      const fault = refusingFault(scenario, stream, clock());
      if (fault) return refuseUpgrade(socket, fault);
      wss.handleUpgrade(req, socket, head, (ws) => openStream(stream, ws, () => ({ scenario, t: clock() })));
      return;
    }
    if (!messages) {
      log(`no stream: wss://${key}`);
      socket.destroy();
      return;
    }
    count(`${host} ${path}`);
    wss.handleUpgrade(req, socket, head, (ws) => streamMessages(ws, messages, clock()));
  });

  await new Promise<void>((resolve) => https.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = https.address();
  server.port = typeof address === 'object' && address ? address.port : 0;
  server.controlOrigin = `https://127.0.0.1:${server.port}`;
  server.chromiumArgs = [
    // Every host resolves to the replay exchange, so nothing leaves the machine during a test.
    `--host-resolver-rules=MAP * 127.0.0.1:${server.port}, EXCLUDE localhost`,
    '--ignore-certificate-errors',
  ];
  return server;
}

/**
 * Send each scheduled message at its scenario time, counted from when the socket opened. The
 * string "$now" anywhere in a message becomes the send time in ms, as event timestamps are live.
 */
function streamMessages(ws: WebSocket, messages: ReadonlyArray<{ at: number; data: unknown }>, openedAt: number) {
  const send = (data: unknown) => {
    const now = Date.now();
    ws.send(JSON.stringify(data, (_key, value: unknown) => (value === '$now' ? now : value)));
  };
  const timers = messages
    .filter((message) => message.at >= openedAt)
    .map((message) => setTimeout(() => send(message.data), (message.at - openedAt) * 1000));
  ws.on('close', () => {
    for (const timer of timers) clearTimeout(timer);
  });
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

/** The control API, for tools outside the browser: switch scenario, move the clock, read counts. */
async function control(server: ReplayServer, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const reply = (status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  try {
    const input = req.method === 'POST' ? (JSON.parse((await readBody(req)) || '{}') as Record<string, unknown>) : {};
    switch (`${req.method} ${url.pathname}`) {
      case 'GET /__replay/state':
        return reply(200, { scenario: server.scenario().name, clock: server.clock() });
      case 'POST /__replay/scenario':
        await server.setScenario(String(input.name));
        return reply(200, { scenario: server.scenario().name });
      case 'POST /__replay/clock': {
        const t = Number(input.t);
        if (!Number.isFinite(t)) return reply(400, { error: 'clock wants {"t": seconds}' });
        server.setClock(t);
        return reply(200, { clock: server.clock() });
      }
      case 'GET /__replay/requests':
        return reply(200, server.requestCounts());
      default:
        return reply(404, { error: `unknown control call ${req.method} ${url.pathname}` });
    }
  } catch (error) {
    return reply(400, { error: error instanceof Error ? error.message : String(error) });
  }
}
