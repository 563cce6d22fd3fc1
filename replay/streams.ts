import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import { activeFault, assetsAt, type Fault, type Scenario } from './scenario';
import type { StreamRoute } from './stream-route';
import { binanceFuturesStreams } from './venues/binance-futures';
import { bybitStreams } from './venues/bybit';
import { okxStreams } from './venues/okx';

/** Every WebSocket feed the replay exchange generates from the scenario, one venue file each. */
export const STREAMS: readonly StreamRoute[] = [...binanceFuturesStreams, ...bybitStreams, ...okxStreams];

/** How often an open feed looks for a fault that should drop it. */
const FAULT_CHECK_MS = 250;

/**
 * The generated feed at `host` + `path`. A scenario that scripts its sockets by hand (`websocket`)
 * plays exactly that script and no generated feed, so its messages are the only ones a test sees.
 */
export function findStream(host: string, path: string): StreamRoute | undefined {
  return STREAMS.find((stream) => stream.path === path && stream.hosts.includes(host));
}

type RefusingFault = Fault & { status: number };

/** A fault with a status refuses the stream: its upgrade, and any socket open when it starts. */
export function refusingFault(scenario: Scenario, stream: StreamRoute, t: number): RefusingFault | undefined {
  const fault = activeFault(scenario, stream.id, t);
  return fault?.status === undefined ? undefined : { ...fault, status: fault.status };
}

/** Answer the upgrade request with the fault's HTTP status instead of switching protocols. */
export function refuseUpgrade(socket: Duplex, fault: RefusingFault): void {
  const body = fault.body ?? '';
  const headers = { connection: 'close', 'content-length': String(Buffer.byteLength(body)), ...fault.headers };
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
  socket.end(`HTTP/1.1 ${fault.status} ${STATUS_CODES[fault.status] ?? ''}\r\n${head.join('')}\r\n${body}`);
}

/**
 * Run a feed on an accepted socket. `now` reads the server's current scenario and clock, which
 * change under an open socket (steps, setScenario, setClock). A refusing fault that starts while
 * the socket is open terminates it without a close frame, as a dropped connection looks; a
 * hanging-up fault active as it opens terminates it that long after.
 */
export function openStream(stream: StreamRoute, socket: WebSocket, now: () => { scenario: Scenario; t: number }) {
  const timers: Array<ReturnType<typeof setInterval>> = [];
  socket.on('close', () => {
    for (const timer of timers) clearInterval(timer);
  });
  const every = (everyMs: number, tick: () => void) => {
    timers.push(setInterval(tick, everyMs));
  };
  const { scenario, t } = now();
  const hangUpMs = activeFault(scenario, stream.id, t)?.hangUpMs;
  if (hangUpMs !== undefined) timers.push(setTimeout(() => socket.terminate(), hangUpMs));
  every(FAULT_CHECK_MS, () => {
    const { scenario, t } = now();
    if (refusingFault(scenario, stream, t)) socket.terminate();
  });
  stream.open(socket, {
    assets: () => {
      const { scenario, t } = now();
      return assetsAt(scenario, t);
    },
    every,
  });
}
