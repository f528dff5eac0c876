// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StoredCapture } from '@/lib/page/captures';
import { applyInDocs, DOCS_APPLY_MESSAGES } from '@/lib/page/docs/apply';
import { startDocsBridge } from '@/lib/page/docs/bridge';
import { TO_BRIDGE, type ReplaceOutcome } from '@/lib/page/docs/bridge-protocol';
import { connectDocsBridge } from '@/lib/page/docs/client';
import type { DocsEdit } from '@/lib/page/docs/ranges';
import { replaceInDocs } from '@/lib/page/docs/replace';

const CHROME_ID = 'abcdefghijklmnopabcdefghijklmnop';
const DOC = '\u0003Title\nWe did a lot of work.\nNext paragraph.\n';
const PASSAGE = 'We did a lot of work.';
const AT = DOC.indexOf(PASSAGE);

type PageWindow = Window & { _docs_annotate_canvas_by_ext?: unknown; _docs_annotate_getAnnotatedText?: unknown };

/**
 * A small Docs in this test DOM: annotated text with a selection, and a text-event frame whose paste
 * handler does what `paste` says: 'takes' replaces the selection (as Docs does), 'ignores', 'garbles'.
 */
function fakeDocs(paste: 'takes' | 'later' | 'ignores' | 'garbles' = 'takes', selects = true) {
  document.body.innerHTML = '<iframe class="docs-texteventtarget-iframe"></iframe>';
  const inner = document.querySelector('iframe')!.contentDocument!;
  const docs = { text: DOC, start: 0, end: 0, pastes: [] as string[] };
  inner.addEventListener('paste', (event) => {
    const text = (event as ClipboardEvent).clipboardData!.getData('text/plain');
    docs.pastes.push(text);
    event.preventDefault();
    if (paste === 'ignores') return;
    const put = paste === 'garbles' ? text.toUpperCase() : text;
    const take = () => {
      docs.text = docs.text.slice(0, docs.start) + put + docs.text.slice(docs.end);
      docs.start = docs.end = docs.start + put.length;
    };
    if (paste === 'later') setTimeout(take, 0);
    else take();
  });
  const annotated = {
    getText: () => docs.text,
    getSelection: () => [{ start: docs.start, end: docs.end }],
    setSelection: (start: number, end: number) => {
      if (selects) [docs.start, docs.end] = [start, end];
    },
  };
  return { docs, annotated };
}

const edit = (from: number, to: number, text: string): DocsEdit => ({
  start: AT,
  end: AT + PASSAGE.length,
  expected: PASSAGE,
  from,
  to,
  text,
});
const env = (annotated: object | null) => ({
  annotated: async () => annotated,
  doc: document,
  scope: window as unknown as typeof globalThis,
  wait: async () => undefined,
  settleMs: 100,
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('replaceInDocs: select, paste through Docs, read again', () => {
  it('selects exactly the words, pastes the rewrite as text/plain into the text-event frame, and checks the result', async () => {
    const { docs, annotated } = fakeDocs();
    expect(await replaceInDocs(edit(7, 15, '38%'), env(annotated))).toEqual({ ok: true, inserted: '38%' });
    expect(docs.pastes).toEqual(['38%']);
    expect(docs.text).toBe(DOC.replace('a lot of', '38%'));
  });

  it('refuses before touching anything when the passage is not where it was captured', async () => {
    const { docs, annotated } = fakeDocs();
    docs.text = DOC.replace('a lot', 'lots');
    docs.start = 3;
    expect(await replaceInDocs(edit(7, 15, '38%'), env(annotated))).toEqual({ ok: false, reason: 'changed' });
    expect(docs.pastes).toEqual([]);
    expect(docs.start).toBe(3);
  });

  it('a paste Docs ignores: says so, and puts the user’s selection back', async () => {
    const { docs, annotated } = fakeDocs('ignores');
    docs.start = 2;
    docs.end = 4;
    expect(await replaceInDocs(edit(7, 15, '38%'), env(annotated))).toEqual({ ok: false, reason: 'rejected' });
    expect(docs.text).toBe(DOC);
    expect([docs.start, docs.end]).toEqual([2, 4]);
  });

  it('a paste Docs turns into something else is not called done', async () => {
    const { annotated } = fakeDocs('garbles');
    expect(await replaceInDocs(edit(7, 15, 'cut'), env(annotated))).toEqual({ ok: false, reason: 'different' });
  });

  it('a selection Docs will not make: nothing is pasted', async () => {
    const { docs, annotated } = fakeDocs('takes', false);
    expect(await replaceInDocs(edit(7, 15, '38%'), env(annotated))).toEqual({ ok: false, reason: 'not-selectable' });
    expect(docs.pastes).toEqual([]);
  });

  it('without the API, or without the text-event frame, nothing happens', async () => {
    expect(await replaceInDocs(edit(7, 15, '38%'), env(null))).toEqual({ ok: false, reason: 'api-missing' });
    const { docs, annotated } = fakeDocs();
    document.body.innerHTML = '';
    expect(await replaceInDocs(edit(7, 15, '38%'), env(annotated))).toEqual({ ok: false, reason: 'no-target' });
    expect(docs.text).toBe(DOC);
  });

  it('Docs that shows the paste in its text a moment later is waited for', async () => {
    const { docs, annotated } = fakeDocs('ignores');
    let waits = 0;
    const late = {
      ...env(annotated),
      wait: async () => {
        if (++waits === 3) docs.text = DOC.replace('a lot of', '38%');
      },
    };
    expect(await replaceInDocs(edit(7, 15, '38%'), late)).toEqual({ ok: true, inserted: '38%' });
  });
});

describe('replace across the bridge: only inside a selection Docs reported', () => {
  const stops: Array<() => void> = [];
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
    delete (window as PageWindow)._docs_annotate_canvas_by_ext;
    delete (window as PageWindow)._docs_annotate_getAnnotatedText;
  });

  function connected(paste: 'takes' | 'later' = 'takes') {
    const { docs, annotated } = fakeDocs(paste);
    stops.push(startDocsBridge(window, { settleMs: 50 }));
    const client = connectDocsBridge(window, CHROME_ID, { early: true });
    stops.push(() => client.stop());
    (window as PageWindow)._docs_annotate_getAnnotatedText = () => Promise.resolve(annotated);
    return { docs, client };
  }

  it('refuses a replace before the user selected the passage, then applies one inside the selection, and the next one too', async () => {
    const { docs, client } = connected();
    expect(await client.replace(edit(7, 15, '38%'))).toEqual({ ok: false, reason: 'not-selected' });
    expect(docs.pastes).toEqual([]);
    // The user selects the paragraph, the panel reads it.
    [docs.start, docs.end] = [AT, AT + PASSAGE.length + 1];
    expect(await client.read()).toMatchObject({ ok: true, start: AT });
    expect(await client.replace(edit(7, 15, '38%'))).toEqual({ ok: true, inserted: '38%' });
    const now = 'We did 38% work.';
    expect(docs.text).toBe(DOC.replace(PASSAGE, now));
    // The applied passage is still the user's selection, grown or shrunk with the paste.
    const again: DocsEdit = { start: AT, end: AT + now.length, expected: now, from: 3, to: 6, text: 'cut' };
    expect(await client.replace(again)).toEqual({ ok: true, inserted: 'cut' });
    expect(docs.text).toBe(DOC.replace(PASSAGE, 'We cut 38% work.'));
  });

  it('a read asked during a paste waits for it, so it never reports the words the paste selected for a moment', async () => {
    const { docs, client } = connected('later');
    [docs.start, docs.end] = [AT, AT + PASSAGE.length];
    await client.read();
    const replacing = client.replace(edit(7, 15, '38%'));
    const reading = client.read();
    expect(await replacing).toEqual({ ok: true, inserted: '38%' });
    // The caret after the paste, as Docs leaves it: not the selection the paste made.
    expect(await reading).toMatchObject({ ok: true, start: AT + 10, end: AT + 10 });
  });

  it('a replace a page script dispatches on window or document reaches nothing', async () => {
    const { docs, client } = connected();
    [docs.start, docs.end] = [AT, AT + PASSAGE.length];
    await client.read();
    const forged = JSON.stringify({ v: 2, type: 'replace', requestId: 9, ...edit(0, 21, 'pwned') });
    for (const target of [window, document, document.body])
      target.dispatchEvent(new CustomEvent(TO_BRIDGE, { detail: forged, bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(docs.pastes).toEqual([]);
    expect(docs.text).toBe(DOC);
  });
});

describe('applyInDocs: the content script’s side of Apply', () => {
  const stored = (over: Partial<StoredCapture> = {}): StoredCapture =>
    ({
      text: PASSAGE,
      truncated: false,
      source: {
        kind: 'google-docs',
        editor: 'google-docs',
        title: 'Story',
        url: 'https://docs.google.com/document/d/x/edit',
      },
      apply: 'editor',
      target: { kind: 'docs', start: AT, end: AT + PASSAGE.length, raw: PASSAGE },
      selectionId: 's-1',
      passage: {} as StoredCapture['passage'],
      ...over,
    }) as StoredCapture;
  const bridge = (outcome: ReplaceOutcome) => ({ replace: vi.fn(async (_edit: DocsEdit) => outcome) });

  it('sends one paste for the words that change, and hands back the passage as the document holds it now', async () => {
    const docs = bridge({ ok: true, inserted: '38%' });
    const outcome = await applyInDocs(docs, stored(), PASSAGE, 'We did 38% work.');
    expect(docs.replace).toHaveBeenCalledWith(edit(7, 15, '38%'));
    expect(outcome).toMatchObject({
      result: { ok: true },
      replaced: {
        text: 'We did 38% work.',
        apply: 'editor',
        target: { kind: 'docs', start: AT, end: AT + 16, raw: 'We did 38% work.' },
      },
    });
  });

  it.each([
    ['changed', 'page-changed', DOCS_APPLY_MESSAGES.changed],
    ['not-selected', 'page-changed', DOCS_APPLY_MESSAGES.changed],
    ['rejected', 'editor-rejected', DOCS_APPLY_MESSAGES.rejected],
    ['different', 'editor-rejected', DOCS_APPLY_MESSAGES.different],
    ['timeout', 'editor-rejected', DOCS_APPLY_MESSAGES.noAnswer],
    ['api-missing', 'editor-gone', DOCS_APPLY_MESSAGES.apiGone],
  ] as const)('says what happened when the bridge answers %s', async (reason, expected, message) => {
    const outcome = await applyInDocs(bridge({ ok: false, reason }), stored(), PASSAGE, 'We did 38% work.');
    expect(outcome).toEqual({ result: { ok: false, reason: expected, message } });
  });

  it('asks nothing of the page for a passage it no longer holds, or one with no place in the document', async () => {
    const docs = bridge({ ok: true, inserted: 'x' });
    expect((await applyInDocs(docs, undefined, PASSAGE, 'x')).result).toMatchObject({ reason: 'page-changed' });
    expect((await applyInDocs(docs, stored(), 'Other text.', 'x')).result).toMatchObject({ reason: 'page-changed' });
    const copied = stored({ apply: 'docs', target: { kind: 'docs', start: 0, end: PASSAGE.length } });
    expect((await applyInDocs(docs, copied, PASSAGE, 'x')).result).toEqual({
      ok: false,
      reason: 'not-editable',
      message: DOCS_APPLY_MESSAGES.noPlace,
    });
    expect(docs.replace).not.toHaveBeenCalled();
  });
});
