// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { claimAnnotatedCanvas, readAnnotatedSelection } from '@/lib/page/docs/annotated';
import { readDocsAccessibility } from '@/lib/page/docs/accessibility';
import { startDocsBridge } from '@/lib/page/docs/bridge';
import { parseBridgeMessage, parseClientMessage, TO_BRIDGE } from '@/lib/page/docs/bridge-protocol';
import { captureDocsSelection } from '@/lib/page/docs/capture';
import { connectDocsBridge, type DocsReader } from '@/lib/page/docs/client';
import { stripDocsControlChars } from '@/lib/page/docs/control-chars';
import { fetchDocsExport } from '@/lib/page/docs/export';

const CHROME_ID = 'abcdefghijklmnopabcdefghijklmnop';
const NONCE = 'n0nce-n0nce-n0nce-n0nce';

type PageWindow = Window & { _docs_annotate_canvas_by_ext?: unknown; _docs_annotate_getAnnotatedText?: unknown };

describe("Docs' control characters", () => {
  it('turns section, soft-break and form characters into line breaks and drops the rest', () => {
    expect(stripDocsControlChars('\u0003Title\nOne\u000btwo\u001cThree\u0010\u200b\r\nFour\tfive')).toBe(
      'Title\nOne\ntwo\nThree\nFour\tfive',
    );
  });
});

describe('the annotated-text API, read defensively', () => {
  const page = (api: unknown) => ({ _docs_annotate_getAnnotatedText: api }) as never;

  it('reads the selection and its offsets, clamped and ordered', async () => {
    const api = () =>
      Promise.resolve({ getText: () => '\u0003Hello world', getSelection: () => [{ start: 12, end: 7 }] });
    expect(await readAnnotatedSelection(page(api))).toEqual({
      ok: true,
      selected: 'world',
      start: 7,
      end: 12,
      length: 12,
    });
  });

  it('says what went wrong instead of throwing', async () => {
    expect(await readAnnotatedSelection(page(undefined))).toEqual({ ok: false, reason: 'api-missing' });
    expect(await readAnnotatedSelection(page(() => Promise.resolve(null)))).toEqual({
      ok: false,
      reason: 'api-missing',
    });
    expect(await readAnnotatedSelection(page(() => Promise.reject(new Error('kix hiccup'))))).toEqual({
      ok: false,
      reason: 'error',
      message: 'kix hiccup',
    });
    expect(
      await readAnnotatedSelection(
        page(() => new Promise(() => undefined)),
        20,
      ),
    ).toEqual({ ok: false, reason: 'timeout' });
    const noSelection = () => Promise.resolve({ getText: () => 'abc', getSelection: () => 'nonsense' });
    expect(await readAnnotatedSelection(page(noSelection))).toMatchObject({ ok: true, start: 0, end: 0, selected: '' });
  });

  it("claims the annotated canvas with this extension's id, never over another extension's claim", () => {
    const mine = {} as { _docs_annotate_canvas_by_ext?: unknown };
    expect(claimAnnotatedCanvas(mine, CHROME_ID)).toBe(true);
    expect(mine._docs_annotate_canvas_by_ext).toBe(CHROME_ID);
    const theirs = { _docs_annotate_canvas_by_ext: 'kbfnbcaeplbcioakkpcpgfkobkghlhen' };
    expect(claimAnnotatedCanvas(theirs, CHROME_ID)).toBe(false);
    expect(theirs._docs_annotate_canvas_by_ext).toBe('kbfnbcaeplbcioakkpcpgfkobkghlhen');
  });
});

describe('bridge messages: strict shapes only', () => {
  it('accepts well-formed messages', () => {
    expect(parseClientMessage(JSON.stringify({ v: 1, type: 'init', extensionId: CHROME_ID, nonce: NONCE }))).toEqual({
      v: 1,
      type: 'init',
      extensionId: CHROME_ID,
      nonce: NONCE,
    });
    expect(
      parseClientMessage(
        JSON.stringify({ v: 1, type: 'init', extensionId: 'ownership-lens@example.org', nonce: NONCE }),
      ),
    ).not.toBeNull();
    expect(
      parseBridgeMessage(
        JSON.stringify({
          v: 1,
          type: 'result',
          nonce: NONCE,
          requestId: 3,
          read: { ok: true, selected: 'x', start: 1, end: 2, length: 5 },
        }),
      ),
    ).toMatchObject({ requestId: 3 });
  });

  it.each([
    ['an object instead of a string', { v: 1, type: 'ready' }],
    ['not JSON', '{v:1'],
    ['another version', JSON.stringify({ v: 2, type: 'ready' })],
    ['an unknown type', JSON.stringify({ v: 1, type: 'eval', code: 'x' })],
    [
      'a malformed read',
      JSON.stringify({ v: 1, type: 'result', nonce: NONCE, requestId: 1, read: { ok: true, selected: 5 } }),
    ],
    [
      'a read ending before it starts',
      JSON.stringify({
        v: 1,
        type: 'result',
        nonce: NONCE,
        requestId: 1,
        read: { ok: true, selected: '', start: 4, end: 2, length: 9 },
      }),
    ],
  ])('rejects %s', (_what, detail) => {
    expect(parseBridgeMessage(detail)).toBeNull();
  });

  it.each([
    [
      'an id that is no extension id',
      JSON.stringify({ v: 1, type: 'init', extensionId: 'javascript:alert(1)', nonce: NONCE }),
    ],
    ['a short nonce', JSON.stringify({ v: 1, type: 'init', extensionId: CHROME_ID, nonce: 'x' })],
    ['a fractional request id', JSON.stringify({ v: 1, type: 'read', nonce: NONCE, requestId: 1.5 })],
  ])('rejects %s from the client', (_what, detail) => {
    expect(parseClientMessage(detail)).toBeNull();
  });
});

describe('bridge and content script, across worlds (one window here)', () => {
  const stops: Array<() => void> = [];
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
    delete (window as PageWindow)._docs_annotate_canvas_by_ext;
    delete (window as PageWindow)._docs_annotate_getAnnotatedText;
  });

  for (const order of ['bridge first', 'content script first'] as const) {
    it(`hand over the id and read the selection (${order})`, async () => {
      const start = () => stops.push(startDocsBridge(window));
      let reader: DocsReader;
      if (order === 'bridge first') {
        start();
        reader = connectDocsBridge(window, CHROME_ID, { nonce: NONCE });
      } else {
        reader = connectDocsBridge(window, CHROME_ID, { nonce: NONCE });
        start();
      }
      stops.push(() => reader.stop());
      expect((window as PageWindow)._docs_annotate_canvas_by_ext).toBe(CHROME_ID);
      (window as PageWindow)._docs_annotate_getAnnotatedText = () =>
        Promise.resolve({ getText: () => 'abc def', getSelection: () => [{ start: 4, end: 7 }] });
      expect(await reader.read()).toEqual({ ok: true, selected: 'def', start: 4, end: 7, length: 7 });
    });
  }

  it('ignores reads without the nonce of the first init, and a second init', async () => {
    stops.push(startDocsBridge(window));
    const reader = connectDocsBridge(window, CHROME_ID, { nonce: NONCE, timeoutMs: 50 });
    stops.push(() => reader.stop());
    const answers: string[] = [];
    const listen = (event: Event) => answers.push(String((event as CustomEvent).detail));
    window.addEventListener('ownership-lens:docs-to-client', listen);
    window.dispatchEvent(
      new CustomEvent(TO_BRIDGE, {
        detail: JSON.stringify({
          v: 1,
          type: 'init',
          extensionId: 'ponmlkjihgfedcbaponmlkjihgfedcba',
          nonce: 'other-nonce-other-nonce',
        }),
      }),
    );
    window.dispatchEvent(
      new CustomEvent(TO_BRIDGE, {
        detail: JSON.stringify({ v: 1, type: 'read', nonce: 'other-nonce-other-nonce', requestId: 9 }),
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    window.removeEventListener('ownership-lens:docs-to-client', listen);
    expect(answers).toEqual([]);
    expect((window as PageWindow)._docs_annotate_canvas_by_ext).toBe(CHROME_ID);
  });

  it('no bridge: the read says the API is missing after the wait, and later reads say so at once', async () => {
    const reader = connectDocsBridge(window, CHROME_ID, { nonce: NONCE, timeoutMs: 30 });
    stops.push(() => reader.stop());
    expect(await reader.read()).toMatchObject({ ok: false, reason: 'api-missing' });
    const started = Date.now();
    expect(await reader.read()).toMatchObject({ ok: false, reason: 'api-missing' });
    expect(Date.now() - started).toBeLessThan(25);
  });
});

describe('a Docs capture', () => {
  const reader = (read: Awaited<ReturnType<DocsReader['read']>>): DocsReader => ({
    read: () => Promise.resolve(read),
    stop: () => undefined,
  });

  it('strips control characters and names Docs as the source; Apply is paste', async () => {
    document.title = 'Story - Google Docs';
    const capture = await captureDocsSelection(
      reader({ ok: true, selected: '\u0003I decided\u000bto ship. ', start: 0, end: 20, length: 40 }),
      document,
    );
    expect(capture).toMatchObject({
      text: 'I decided\nto ship.',
      apply: 'docs',
      source: { kind: 'google-docs', title: 'Story' },
      target: { kind: 'docs', start: 0, end: 20 },
    });
  });

  it('an empty selection is null; a missing API gives the fallbacks and how to turn on screen-reader support', async () => {
    expect(
      await captureDocsSelection(reader({ ok: true, selected: '', start: 3, end: 3, length: 9 }), document),
    ).toBeNull();
    document.body.innerHTML = '';
    const missing = await captureDocsSelection(reader({ ok: false, reason: 'api-missing' }), document);
    expect(missing).toMatchObject({
      error: 'docs-api-missing',
      fallbacks: ['clipboard', 'docs-export', 'docs-accessibility'],
    });
    expect((missing as { message: string }).message).toMatch(/Tools → Accessibility → Turn on screen reader support/);
  });

  it("reads Docs' screen-reader live region when that is all there is, but not its status messages", () => {
    document.body.innerHTML =
      '<div id="docs-aria-speakable" aria-live="assertive">Screen reader support enabled.</div>';
    expect(readDocsAccessibility(document)).toBeNull();
    document.getElementById('docs-aria-speakable')!.textContent = 'We shipped the redesign and users loved it';
    expect(readDocsAccessibility(document)).toEqual({
      text: 'We shipped the redesign and users loved it',
      scope: 'announcement',
    });
  });
});

describe('the whole document through its plain-text export', () => {
  const location = new URL('https://docs.google.com/document/d/abc/edit');
  const respond = (body: string, init: ResponseInit & { type?: string } = {}) =>
    vi.fn(
      async () =>
        new Response(body, {
          status: init.status ?? 200,
          headers: { 'content-type': init.type ?? 'text/plain; charset=utf-8' },
        }),
    );

  it('reads it from the same origin only, without a BOM or Windows line ends', async () => {
    const fetchImpl = respond('\ufeffTitle\r\n\r\nI decided.\r\n');
    expect(await fetchDocsExport(location, fetchImpl as unknown as typeof fetch)).toEqual({
      text: 'Title\n\nI decided.',
    });
    expect(fetchImpl).toHaveBeenCalledWith(
      'https://docs.google.com/document/d/abc/export?format=txt',
      expect.objectContaining({ mode: 'same-origin', credentials: 'same-origin' }),
    );
  });

  it('caps a long document and says so', async () => {
    expect(await fetchDocsExport(location, respond('x'.repeat(50)) as unknown as typeof fetch, 10)).toEqual({
      text: 'x'.repeat(10),
      truncated: true,
    });
  });

  it('refuses a sign-in page, an error status and a failed request, with a sentence', async () => {
    for (const fetchImpl of [
      respond('<html>', { type: 'text/html' }),
      respond('no', { status: 403 }),
      vi.fn(async () => Promise.reject(new TypeError('redirected'))),
    ]) {
      expect(await fetchDocsExport(location, fetchImpl as unknown as typeof fetch)).toMatchObject({
        error: 'no-access',
        message: expect.stringMatching(/paste it instead/),
      });
    }
    expect(
      await fetchDocsExport(new URL('https://docs.google.com/'), respond('x') as unknown as typeof fetch),
    ).toMatchObject({ error: 'no-access' });
  });
});
