/**
 * Nothing leaves the device, in Firefox too. BiDi shows a page's requests but not those of the
 * extension's background, so Firefox is pointed at this loopback proxy for every address but
 * loopback itself: whatever reaches the proxy was on its way off the machine, from any part of
 * the browser, and is refused and recorded.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProxyGuard {
  /** "CONNECT host:443" or "GET http://…", in the order they came. */
  readonly requests: readonly string[];
  /** Drops what was recorded from index `from` on (a test that made a request on purpose). */
  forget(from: number): void;
  /** Firefox prefs that send every non-loopback request through the guard. */
  prefs: Record<string, string | number | boolean>;
  close(): Promise<void>;
}

export async function startProxyGuard(): Promise<ProxyGuard> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    response.writeHead(403, { 'content-type': 'text/plain' }).end('Blocked by the test network guard.');
  });
  server.on('connect', (request, socket) => {
    requests.push(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    requests,
    forget: (from) => void requests.splice(from),
    prefs: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.share_proxy_settings': true,
      // Loopback (the fixture server) goes direct; everything else meets the guard.
      'network.proxy.allow_hijacking_localhost': false,
      'network.proxy.no_proxies_on': '',
      'network.proxy.socks_remote_dns': true,
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
