import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';

export interface ReplayProxy {
  port: number;
  close(): Promise<void>;
}

/**
 * An HTTP CONNECT proxy that tunnels every host to the replay exchange: Firefox's counterpart of
 * Chromium's `--host-resolver-rules=MAP *`, which Firefox has no flag for. The browser still
 * speaks TLS (and WebSockets) to the real host names through the tunnel, so the extension's
 * requests are the ones it makes for real; nothing leaves the machine.
 */
export async function startReplayProxy(replayPort: number): Promise<ReplayProxy> {
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };
  const server: Server = createServer((_req, res) => {
    // Only tunnels: every host the extension reaches is https or wss.
    res.writeHead(405).end();
  });
  server.on('connect', (_req, client: Socket, head: Buffer) => {
    track(client);
    const upstream = connect(replayPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    track(upstream);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
