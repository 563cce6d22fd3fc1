import { formatTime } from '@/lib/format/number';
import { addLiquidations, type LiquidationBuckets, markWatching } from '@/lib/market/liquidation-buckets';
import type { StreamHealth } from '@/lib/market/snapshot';
import { afterDrop, heldUntil, type StreamRun } from '@/lib/poll/stream-backoff';
import { binanceLiquidationStream } from '@/lib/sources/binance-futures';
import { bybitLiquidationStream } from '@/lib/sources/bybit';
import type { LiquidationStream } from '@/lib/sources/liquidation-stream';
import { okxLiquidationStream } from '@/lib/sources/okx';
import { describeSourceError } from '@/lib/sources/source-error';
import { VENUES, type VenueId } from '@/lib/sources/venues';
import { liquidationsItem, streamHealthItem } from '@/lib/storage/items';
import { itemWrite, writeItems } from '@/lib/storage/validated-item';
import { t } from '@/lib/words';
import { readSchedule } from './schedule';

const STREAMS: readonly LiquidationStream[] = [binanceLiquidationStream, bybitLiquidationStream, okxLiquidationStream];

/** Buckets are rewritten at most this often; a killed worker loses at most these seconds. */
const FLUSH_MS = 5_000;

interface Connection extends StreamRun {
  stream: LiquidationStream;
  socket?: WebSocket;
  timers: Array<ReturnType<typeof setTimeout>>;
  health: StreamHealth;
}

/**
 * Hold every venue's liquidation stream open from the service worker, reconnecting with
 * exponential backoff and jitter (reset only once a connection has run stably: `stream-backoff.ts`),
 * and sum what they report into storage. A venue whose REST API banned us is not connected to
 * until the ban ends. Returns a stop function that resolves once the last counts are stored.
 * The keep-alive pings double as what keeps Chrome from idling the worker out (Chrome 116+).
 */
export async function startLiquidationStreams(disabledVenues: readonly VenueId[] = []): Promise<() => Promise<void>> {
  let buckets: LiquidationBuckets = markWatching(await liquidationsItem.get(), Date.now());
  let dirty = true;
  let stopped = false;

  const connections: Connection[] = STREAMS.filter((stream) => !disabledVenues.includes(stream.venue)).map(
    (stream) => ({
      stream,
      retries: 0,
      delivered: false,
      timers: [],
      health: { venue: stream.venue, state: 'reconnecting', since: Date.now() },
    }),
  );

  const setHealth = (connection: Connection, health: Omit<StreamHealth, 'venue' | 'since'>) => {
    const since = connection.health.state === health.state ? connection.health.since : Date.now();
    connection.health = { venue: connection.stream.venue, since, ...health };
    dirty = true;
  };

  const flush = async () => {
    if (!dirty) return;
    dirty = false;
    // One call: the counts and the health they were counted under are stored together or not at all.
    await writeItems([
      itemWrite(liquidationsItem, buckets),
      itemWrite(
        streamHealthItem,
        connections.map((connection) => connection.health),
      ),
    ]);
  };
  const flushTimer = setInterval(() => void flush(), FLUSH_MS);

  const clearTimers = (connection: Connection) => {
    for (const timer of connection.timers.splice(0)) clearTimeout(timer);
  };

  const connect = async (connection: Connection) => {
    const { stream } = connection;
    const until = heldUntil((await readSchedule())?.venues[stream.venue], Date.now());
    if (stopped) return;
    if (until !== undefined) {
      setHealth(connection, {
        state: 'reconnecting',
        error: t('background.streamWaiting', { venue: VENUES[stream.venue].label, time: formatTime(until) }),
      });
      connection.timers.push(setTimeout(() => void connect(connection), until - Date.now()));
      return;
    }
    const socket = new WebSocket(stream.url);
    connection.socket = socket;
    connection.openedAt = undefined;
    connection.delivered = false;
    socket.addEventListener('open', () => {
      connection.openedAt = Date.now();
      for (const message of stream.onOpen) socket.send(message);
      if (stream.keepAlive) {
        const { message, everyMs } = stream.keepAlive;
        connection.timers.push(setInterval(() => socket.send(message), everyMs));
      }
      setHealth(connection, { state: 'open' });
    });
    socket.addEventListener('message', (event) => {
      const now = Date.now();
      buckets = markWatching(buckets, now);
      dirty = true;
      try {
        const liquidations = stream.parse(String(event.data), now);
        connection.delivered = true;
        if (liquidations.length > 0) buckets = addLiquidations(buckets, liquidations, now);
        if (connection.health.error) setHealth(connection, { state: 'open' });
      } catch (error) {
        // One bad frame is reported, not fatal: the stream stays open for the next one.
        setHealth(connection, { state: 'open', error: describeSourceError(error) });
      }
    });
    socket.addEventListener('close', () => {
      clearTimers(connection);
      if (stopped) return;
      const { waitMs, retries } = afterDrop(connection, Date.now());
      connection.retries = retries;
      setHealth(connection, {
        state: 'reconnecting',
        error: t('background.streamRetrying', { seconds: Math.round(waitMs / 1000) }),
      });
      connection.timers.push(setTimeout(() => void connect(connection), waitMs));
    });
  };

  for (const connection of connections) void connect(connection);

  return async () => {
    stopped = true;
    clearInterval(flushTimer);
    for (const connection of connections) {
      clearTimers(connection);
      connection.socket?.close();
    }
    // Keep what was counted; with no streams open there is no stream health to show.
    dirty = true;
    await flush();
    await streamHealthItem.set([]);
  };
}
