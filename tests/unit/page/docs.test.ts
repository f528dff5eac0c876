// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { claimAnnotatedCanvas, readAnnotatedSelection } from '@/lib/page/docs/annotated';
import { readDocsAccessibility } from '@/lib/page/docs/accessibility';
import { startDocsBridge } from '@/lib/page/docs/bridge';
import {
  OFFER,
  parseBridgeMessage,
  parseClientMessage,
  READY,
  TO_BRIDGE,
  TO_CLIENT,
} from '@/lib/page/docs/bridge-protocol';
import { captureDocsSelection } from '@/lib/page/docs/capture';
import { connectDocsBridge, type DocsBridgeClient } from '@/lib/page/docs/client';
import { stripDocsControlChars } from '@/lib/page/docs/control-chars';
import { fetchDocsExport } from '@/lib/page/docs/export';

const CHROME_ID = 'abcdefghijklmnopabcdefghijklmnop';

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
    expect(parseClientMessage(JSON.stringify({ v: 2, type: 'init', extensionId: CHROME_ID }))).toEqual({
      v: 2,
      type: 'init',
      extensionId: CHROME_ID,
    });
    expect(
      parseClientMessage(JSON.stringify({ v: 2, type: 'init', extensionId: 'ownership-lens@example.org' })),
    ).toEqual({
      v: 2,
      type: 'init',
      extensionId: 'ownership-lens@example.org',
    });
    expect(parseClientMessage(JSON.stringify({ v: 2, type: 'read', requestId: 4 }))).toEqual({
      v: 2,
      type: 'read',
      requestId: 4,
    });
    const read = { ok: true, selected: 'abc', start: 1, end: 4, length: 9 };
    expect(parseBridgeMessage(JSON.stringify({ v: 2, type: 'result', requestId: 1, read }))).toEqual({
      v: 2,
      type: 'result',
      requestId: 1,
      read,
    });
  });

  it.each([
    ['an object instead of a string', { v: 2, type: 'claimed' }],
    ['not JSON', '{v:2'],
    ['the old version', JSON.stringify({ v: 1, type: 'claimed' })],
    ['an unknown type', JSON.stringify({ v: 2, type: 'eval', code: 'x' })],
    [
      'a result with a bad read',
      JSON.stringify({ v: 2, type: 'result', requestId: 1, read: { ok: true, selected: 5 } }),
    ],
    [
      'a result with offsets backwards',
      JSON.stringify({
        v: 2,
        type: 'result',
        requestId: 1,
        read: { ok: true, selected: '', start: 5, end: 2, length: 9 },
      }),
    ],
  ])('drops %s', (_, detail) => {
    expect(parseBridgeMessage(detail)).toBeNull();
  });

  const replace = {
    v: 2,
    type: 'replace',
    requestId: 3,
    start: 7,
    end: 12,
    expected: 'I did',
    from: 2,
    to: 5,
    text: 'cut',
  };

  it('accepts a replace in its exact shape', () => {
    expect(parseClientMessage(JSON.stringify(replace))).toEqual(replace);
    const outcome = { ok: true, inserted: 'cut' };
    expect(parseBridgeMessage(JSON.stringify({ v: 2, type: 'replaced', requestId: 3, outcome }))).toEqual({
      v: 2,
      type: 'replaced',
      requestId: 3,
      outcome,
    });
  });

  it.each([
    ['an id that is no extension id', { v: 2, type: 'init', extensionId: 'javascript:alert(1)' }],
    ['a fractional request id', { v: 2, type: 'read', requestId: 1.5 }],
    ['a read with more in it', { v: 2, type: 'read', requestId: 1, start: 0 }],
    ['a replace with more in it', { ...replace, html: '<b>x</b>' }],
    ['a replace with a key missing', { ...replace, expected: undefined }],
    ['a replace whose expected text is not its range', { ...replace, end: 13 }],
    ['a replace with offsets backwards', { ...replace, from: 4, to: 2 }],
    ['a replace selecting past its passage', { ...replace, to: 6 }],
    ['a replace at a negative offset', { ...replace, start: -1, end: 4 }],
    ['a replace of nothing', { ...replace, text: '' }],
    ['a replace pasting Docs structure', { ...replace, text: 'a\u001cb' }],
  ])('drops %s from the client side', (_, message) => {
    expect(parseClientMessage(JSON.stringify(message))).toBeNull();
  });

  it.each([
    ['an unknown failure', { ok: false, reason: 'eval' }],
    ['a success with nothing inserted', { ok: true }],
  ])('drops a replace outcome with %s', (_, outcome) => {
    expect(parseBridgeMessage(JSON.stringify({ v: 2, type: 'replaced', requestId: 3, outcome }))).toBeNull();
  });
});

describe('bridge and content script, across worlds (one window here)', () => {
  const stops: Array<() => void> = [];
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
    delete (window as PageWindow)._docs_annotate_canvas_by_ext;
    delete (window as PageWindow)._docs_annotate_getAnnotatedText;
  });
  const selection = () => Promise.resolve({ getText: () => 'abc def', getSelection: () => [{ start: 4, end: 7 }] });
  /** What a page script could hear on window: every event the extension's scripts dispatch there. */
  const eavesdrop = () => {
    const heard: string[] = [];
    const listen = (event: Event) =>
      heard.push(
        `${event.type} ${event instanceof CustomEvent ? String(event.detail) : ''}${(event as MouseEvent).relatedTarget ? ' +channel' : ''}`,
      );
    for (const name of [OFFER, READY, TO_BRIDGE, TO_CLIENT]) window.addEventListener(name, listen);
    stops.push(() => {
      for (const name of [OFFER, READY, TO_BRIDGE, TO_CLIENT]) window.removeEventListener(name, listen);
    });
    return heard;
  };

  for (const order of ['bridge first', 'content script first'] as const) {
    it(`hand over the id and read the selection (${order})`, async () => {
      const start = () => stops.push(startDocsBridge(window));
      let reader: DocsBridgeClient;
      if (order === 'bridge first') {
        start();
        reader = connectDocsBridge(window, CHROME_ID, { early: true });
      } else {
        reader = connectDocsBridge(window, CHROME_ID, { early: true });
        start();
      }
      stops.push(() => reader.stop());
      expect((window as PageWindow)._docs_annotate_canvas_by_ext).toBe(CHROME_ID);
      (window as PageWindow)._docs_annotate_getAnnotatedText = selection;
      expect(await reader.read()).toEqual({ ok: true, selected: 'def', start: 4, end: 7, length: 7 });
    });
  }

  it('agrees once: after the handshake, nothing goes out on window, and a forged ready or offer changes nothing', async () => {
    stops.push(startDocsBridge(window));
    const reader = connectDocsBridge(window, CHROME_ID, { early: true, timeoutMs: 50 });
    stops.push(() => reader.stop());
    (window as PageWindow)._docs_annotate_getAnnotatedText = selection;
    const heard = eavesdrop();
    // A page asks for the handshake again, and offers its own channel to the bridge.
    window.dispatchEvent(new Event(READY));
    const pageChannel = document.createElement('span');
    const pageAnswers: string[] = [];
    pageChannel.addEventListener(TO_CLIENT, (event) => pageAnswers.push(String((event as CustomEvent).detail)));
    window.dispatchEvent(new MouseEvent(OFFER, { relatedTarget: pageChannel }));
    pageChannel.dispatchEvent(
      new CustomEvent(TO_BRIDGE, {
        detail: JSON.stringify({ v: 2, type: 'init', extensionId: 'ponmlkjihgfedcbaponmlkjihgfedcba' }),
      }),
    );
    pageChannel.dispatchEvent(
      new CustomEvent(TO_BRIDGE, { detail: JSON.stringify({ v: 2, type: 'read', requestId: 1 }) }),
    );
    expect(await reader.read()).toMatchObject({ ok: true, selected: 'def' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Only the page's own two events went out on window; the extension said nothing more there.
    expect(heard).toEqual([`${READY} `, `${OFFER}  +channel`]);
    expect(pageAnswers).toEqual([]);
    expect((window as PageWindow)._docs_annotate_canvas_by_ext).toBe(CHROME_ID);
  });

  it('answers one ready at most, and none once the document has loaded', () => {
    const reader = connectDocsBridge(window, CHROME_ID, { early: true });
    stops.push(() => reader.stop());
    const heard = eavesdrop();
    document.dispatchEvent(new Event('DOMContentLoaded'));
    window.dispatchEvent(new Event(READY));
    expect(heard).toEqual([`${READY} `]);
  });

  it('a copy injected after the page loaded offers nothing: no bridge can be met safely then', async () => {
    const heard = eavesdrop();
    stops.push(startDocsBridge(window));
    heard.length = 0;
    const reader = connectDocsBridge(window, CHROME_ID, { early: false });
    stops.push(() => reader.stop());
    expect(heard).toEqual([]);
    expect((window as PageWindow)._docs_annotate_canvas_by_ext).toBeUndefined();
    expect(await reader.read()).toMatchObject({ ok: false, reason: 'api-missing' });
  });

  it('no bridge: every read says the API is missing, at once', async () => {
    const reader = connectDocsBridge(window, CHROME_ID, { early: true, timeoutMs: 30 });
    stops.push(() => reader.stop());
    expect(await reader.read()).toMatchObject({ ok: false, reason: 'api-missing' });
  });
});

describe('a Docs capture', () => {
  const reader = (read: Awaited<ReturnType<DocsBridgeClient['read']>>): DocsBridgeClient => ({
    read: () => Promise.resolve(read),
    replace: () => Promise.resolve({ ok: false, reason: 'api-missing' }),
    stop: () => undefined,
  });

  it('strips control characters and names Docs as the source; Apply knows the raw range it came from', async () => {
    document.title = 'Story - Google Docs';
    const capture = await captureDocsSelection(
      reader({ ok: true, selected: '\u0003I decided\u000bto ship. \n', start: 0, end: 21, length: 40 }),
      document,
    );
    expect(capture).toMatchObject({
      text: 'I decided\nto ship.',
      apply: 'editor',
      source: { kind: 'google-docs', title: 'Story' },
      // Without the ETX before it, and the space and paragraph mark after it.
      target: { kind: 'docs', start: 1, end: 19, raw: 'I decided\u000bto ship.' },
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
      fallbacks: ['docs-copy', 'docs-export', 'docs-accessibility', 'clipboard'],
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
