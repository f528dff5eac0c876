/**
 * The small protocol between the Docs bridge (page's main world) and the content script
 * (isolated world). Both scripts run at document_start, before any script of the page, and agree
 * once, there, on a private channel: a DOM element the content script creates and never attaches
 * to the document. It hands the element over in one event on window (as the relatedTarget of a
 * MouseEvent, since DOM nodes cross between worlds), and from then on every message travels as a
 * CustomEvent on that element, which no page script can reach: no secret ever goes out on window
 * again, so nothing a page sends later can take the bridge's place or learn how to.
 *
 * Handshake, in either load order, and at most once: the content script offers the channel when it
 * starts. If the bridge was not listening yet, the bridge's 'ready' (dispatched when it starts, still
 * at document_start) is answered with the same offer, once; a 'ready' after that, or after the
 * document has loaded, is ignored. The bridge takes the first offer only.
 * Messages are JSON strings (strings cross between worlds intact; objects may not), parsed strictly.
 * 'replace' comes only from Apply in the panel; no page event leads to one, and the bridge takes it
 * only inside a selection it reported (bridge.ts).
 */
import { MAX_SELECTED_CHARS, type AnnotatedRead } from './annotated';
import type { DocsEdit } from './ranges';

/** On window, content script → bridge: a MouseEvent whose relatedTarget is the channel element. */
export const OFFER = 'ownership-lens:docs-channel';
/** On window, bridge → content script: the bridge has started. It carries nothing. */
export const READY = 'ownership-lens:docs-bridge-ready';
/** On the channel element only. */
export const TO_BRIDGE = 'ownership-lens:docs-to-bridge';
export const TO_CLIENT = 'ownership-lens:docs-to-client';

export type ClientMessage =
  | { v: 2; type: 'init'; extensionId: string }
  | { v: 2; type: 'read'; requestId: number }
  /** Sent only for Apply in the panel (lib/page/docs/apply.ts): one paste over a passage the bridge reported. */
  | ({ v: 2; type: 'replace'; requestId: number } & DocsEdit);

/** How a replace went, in the page. `inserted`: what now stands where the selected words stood. */
export type ReplaceOutcome =
  | { ok: true; inserted: string }
  | {
      ok: false;
      reason:
        | 'api-missing'
        /** The range is not inside a selection the bridge reported to the content script. */
        | 'not-selected'
        /** The document no longer holds the passage at its captured offsets. */
        | 'changed'
        /** Docs did not select the range. */
        | 'not-selectable'
        /** No text-event frame to paste into. */
        | 'no-target'
        /** The paste left the document as it was. */
        | 'rejected'
        /** The document changed, but not into the rewrite. */
        | 'different'
        | 'error'
        | 'timeout';
      message?: string;
    };

export type BridgeMessage =
  | { v: 2; type: 'claimed' }
  | { v: 2; type: 'result'; requestId: number; read: AnnotatedRead }
  | { v: 2; type: 'replaced'; requestId: number; outcome: ReplaceOutcome };

/** Chrome ids are 32 letters a–p; Firefox ids are e-mail-like or a {uuid}. */
const EXTENSION_ID = /^(?:[a-p]{32}|[\w.+-]+@[\w.-]+|\{[0-9a-fA-F-]{36}\})$/;

function parse(detail: unknown): Record<string, unknown> | null {
  if (typeof detail !== 'string' || detail.length > 2_000_000) return null;
  try {
    const value: unknown = JSON.parse(detail);
    return typeof value === 'object' && value !== null && !Array.isArray(value) && (value as { v?: unknown }).v === 2
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** Exactly these keys, no more: a message with anything else is not ours. */
const hasKeys = (m: Record<string, unknown>, keys: string[]) =>
  Object.keys(m).length === keys.length && keys.every((key) => Object.hasOwn(m, key));
const isOffset = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;
/** Tab and line feed only: any other control character in a paste is Docs structure, not text. */
const PASTE_TEXT = /^[^\u0000-\u0008\u000b-\u001f\u007f]+$/;

function parseReplace(m: Record<string, unknown>): ClientMessage | null {
  const keys = ['v', 'type', 'requestId', 'start', 'end', 'expected', 'from', 'to', 'text'];
  if (!hasKeys(m, keys) || !Number.isSafeInteger(m.requestId)) return null;
  const { start, end, expected, from, to, text } = m;
  if (!isOffset(start) || !isOffset(end) || !isOffset(from) || !isOffset(to)) return null;
  if (typeof expected !== 'string' || expected.length !== end - start || end - start > MAX_SELECTED_CHARS) return null;
  if (from > to || to > expected.length) return null;
  if (typeof text !== 'string' || text.length > MAX_SELECTED_CHARS || !PASTE_TEXT.test(text)) return null;
  return { v: 2, type: 'replace', requestId: m.requestId as number, start, end, expected, from, to, text };
}

export function parseClientMessage(detail: unknown): ClientMessage | null {
  const m = parse(detail);
  if (!m) return null;
  if (m.type === 'init' && hasKeys(m, ['v', 'type', 'extensionId'])) {
    return typeof m.extensionId === 'string' && EXTENSION_ID.test(m.extensionId)
      ? { v: 2, type: 'init', extensionId: m.extensionId }
      : null;
  }
  if (m.type === 'read' && hasKeys(m, ['v', 'type', 'requestId']) && Number.isSafeInteger(m.requestId)) {
    return { v: 2, type: 'read', requestId: m.requestId as number };
  }
  if (m.type === 'replace') return parseReplace(m);
  return null;
}

function parseRead(value: unknown): AnnotatedRead | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  if (r.ok === true) {
    const numbers = [r.start, r.end, r.length];
    if (typeof r.selected !== 'string' || !numbers.every((n) => Number.isSafeInteger(n) && (n as number) >= 0))
      return null;
    if ((r.end as number) < (r.start as number)) return null;
    return {
      ok: true,
      selected: r.selected,
      start: r.start as number,
      end: r.end as number,
      length: r.length as number,
    };
  }
  if (r.ok === false && (r.reason === 'api-missing' || r.reason === 'error' || r.reason === 'timeout')) {
    return {
      ok: false,
      reason: r.reason,
      ...(typeof r.message === 'string' ? { message: r.message.slice(0, 500) } : {}),
    };
  }
  return null;
}

const REPLACE_FAILURES = new Set([
  'api-missing',
  'not-selected',
  'changed',
  'not-selectable',
  'no-target',
  'rejected',
  'different',
  'error',
  'timeout',
]);

function parseOutcome(value: unknown): ReplaceOutcome | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  if (r.ok === true) {
    return typeof r.inserted === 'string' && r.inserted.length <= MAX_SELECTED_CHARS
      ? { ok: true, inserted: r.inserted }
      : null;
  }
  if (r.ok !== false || typeof r.reason !== 'string' || !REPLACE_FAILURES.has(r.reason)) return null;
  return {
    ok: false,
    reason: r.reason as Extract<ReplaceOutcome, { ok: false }>['reason'],
    ...(typeof r.message === 'string' ? { message: r.message.slice(0, 500) } : {}),
  };
}

export function parseBridgeMessage(detail: unknown): BridgeMessage | null {
  const m = parse(detail);
  if (!m) return null;
  if (m.type === 'claimed') return { v: 2, type: 'claimed' };
  if (m.type === 'result' && Number.isSafeInteger(m.requestId)) {
    const read = parseRead(m.read);
    return read ? { v: 2, type: 'result', requestId: m.requestId as number, read } : null;
  }
  if (m.type === 'replaced' && Number.isSafeInteger(m.requestId)) {
    const outcome = parseOutcome(m.outcome);
    return outcome ? { v: 2, type: 'replaced', requestId: m.requestId as number, outcome } : null;
  }
  return null;
}

/** The channel element from an offer: an element of this window, never attached to its document. */
export function channelOf(event: Event, win: Window): Element | null {
  const target = (event as MouseEvent).relatedTarget;
  const ElementClass = (win as unknown as typeof globalThis).Element;
  return target instanceof ElementClass && !target.isConnected ? target : null;
}
