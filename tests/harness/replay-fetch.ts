import { request } from 'node:https';
import type { FetchLike } from '../../lib/sources/fetch-json';
import type { ReplayServer } from '../../replay/server';

/**
 * A `fetch` for Node that does what Chromium's host mapping does: connect to the replay exchange
 * and name the real host, so lib/ code runs unchanged against it outside the browser.
 */
export function replayFetch(server: ReplayServer): FetchLike {
  return (input, init) =>
    new Promise((resolve, reject) => {
      const url = new URL(input);
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: url.pathname + url.search,
          method: init?.method ?? 'GET',
          headers: { host: url.host, ...(init?.headers as Record<string, string> | undefined) },
          rejectUnauthorized: false,
          servername: url.hostname,
          signal: init?.signal ?? undefined,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const headers = new Headers();
            for (const [name, value] of Object.entries(res.headers)) {
              if (typeof value === 'string') headers.set(name, value);
            }
            resolve(new Response(Buffer.concat(chunks), { status: res.statusCode ?? 0, headers }));
          });
        },
      );
      req.on('error', reject);
      req.end(typeof init?.body === 'string' ? init.body : undefined);
    });
}
