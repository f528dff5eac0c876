import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface FixtureServer {
  /** http://127.0.0.1:PORT, with no trailing slash. */
  origin: string;
  /** The address of a file under the served folder, e.g. url('article.html'). */
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Google Docs serves a document under /document/u/<n>/d/<id> for the n-th signed-in account, and
 * under /document/d/<id>: so does the look-alike, from one folder.
 */
const LOOKALIKE_ACCOUNT = /^\/docs\/document\/u\/\d+\/d\//;

/** Serves a folder of fixture pages on loopback, so content scripts (which skip file: and data:) run on them. */
export async function startFixtureServer(root: string): Promise<FixtureServer> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://fixture').pathname).replace(
      LOOKALIKE_ACCOUNT,
      '/docs/document/d/',
    );
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) {
      response.writeHead(403).end();
      return;
    }
    stat(file)
      .then(
        (info) => {
          if (!info.isFile()) throw new Error('not a file');
          response.writeHead(200, {
            'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
            'cache-control': 'no-store',
          });
          createReadStream(file).pipe(response);
        },
        () => response.writeHead(404, { 'content-type': 'text/plain' }).end(`No fixture at ${path}`),
      )
      .catch(() => response.writeHead(404, { 'content-type': 'text/plain' }).end(`No fixture at ${path}`));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => new URL(path.replace(/^\/+/, ''), `${origin}/`).href,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
