import { request } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../e2e/chromium';
import { startFixtureServer, type FixtureServer } from '../../e2e/fixture-server';

describe('findChromium', () => {
  const only =
    (...paths: string[]) =>
    (path: string) =>
      paths.includes(path);

  it('prefers the environment variable', () => {
    expect(
      findChromium({ CHROMIUM_PATH: '/opt/chromium/chrome' }, only('/opt/chromium/chrome', '/usr/bin/chromium')),
    ).toBe('/opt/chromium/chrome');
    expect(findChromium({ PLAYWRIGHT_CHROMIUM_PATH: '/opt/c' }, only('/opt/c'))).toBe('/opt/c');
  });

  it('says so when the environment variable points nowhere', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nope' }, only('/usr/bin/chromium'))).toThrow(
      /CHROMIUM_PATH is set to \/nope/,
    );
  });

  it('falls back to the common install paths in order', () => {
    expect(findChromium({}, only('/usr/bin/google-chrome', '/usr/bin/chromium-browser'))).toBe(
      '/usr/bin/chromium-browser',
    );
  });

  it('explains how to get one when none is found', () => {
    expect(() => findChromium({}, only())).toThrow(/No Chromium found.*apt-get install -y chromium/);
  });
});

describe('fixture server', () => {
  const pages = join(fileURLToPath(new URL('../..', import.meta.url)), 'fixtures', 'pages');
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer(pages);
  });
  afterAll(() => server.close());

  /** A raw GET, so the path is sent exactly as written (fetch would normalize it). */
  const get = (path: string) =>
    new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
      request(`${server.origin}${path}`, { path }, (response) => {
        let body = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, type: String(response.headers['content-type']), body }),
        );
      })
        .on('error', reject)
        .end();
    });

  it('listens on loopback with an ephemeral port', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url('/article.html')).toBe(`${server.origin}/article.html`);
  });

  it('serves fixture pages as HTML', async () => {
    const response = await get('/article.html');
    expect(response.status).toBe(200);
    expect(response.type).toMatch(/^text\/html/);
    expect(response.body).toContain('Interview notes: the pricing experiment');
  });

  it('answers 404 for a missing page and refuses to leave its folder', async () => {
    expect((await get('/missing.html')).status).toBe(404);
    expect((await get('/..%2f..%2fpackage.json')).status).toBe(403);
  });
});
