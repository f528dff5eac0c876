/**
 * The small protocol between the Docs bridge (page's main world) and the content script
 * (isolated world): CustomEvents on window whose detail is a JSON string (strings cross between
 * worlds intact; objects may not). Both sides parse strictly and drop anything else.
 *
 * Handshake, in either load order: the bridge says 'ready'; the content script sends 'init' with
 * this extension's id and a fresh nonce, on start and again on every 'ready'. The bridge takes the
 * first 'init' only, answers 'claimed', and from then on answers reads carrying that nonce.
 * Both scripts run at document_start, before any script of the page, so the page cannot have
 * spoken first.
 */
import type { AnnotatedRead } from './annotated';

export const TO_BRIDGE = 'ownership-lens:docs-to-bridge';
export const TO_CLIENT = 'ownership-lens:docs-to-client';

export type ClientMessage =
  | { v: 1; type: 'init'; extensionId: string; nonce: string }
  | { v: 1; type: 'read'; nonce: string; requestId: number };

export type BridgeMessage =
  | { v: 1; type: 'ready' }
  | { v: 1; type: 'claimed'; nonce: string }
  | { v: 1; type: 'result'; nonce: string; requestId: number; read: AnnotatedRead };

/** Chrome ids are 32 letters a–p; Firefox ids are e-mail-like or a {uuid}. */
const EXTENSION_ID = /^(?:[a-p]{32}|[\w.+-]+@[\w.-]+|\{[0-9a-fA-F-]{36}\})$/;
const NONCE = /^[A-Za-z0-9_-]{16,64}$/;

function parse(detail: unknown): Record<string, unknown> | null {
  if (typeof detail !== 'string' || detail.length > 2_000_000) return null;
  try {
    const value: unknown = JSON.parse(detail);
    return typeof value === 'object' && value !== null && !Array.isArray(value) && (value as { v?: unknown }).v === 1
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

export function parseClientMessage(detail: unknown): ClientMessage | null {
  const m = parse(detail);
  if (!m) return null;
  if (
    m.type === 'init' &&
    typeof m.extensionId === 'string' &&
    EXTENSION_ID.test(m.extensionId) &&
    typeof m.nonce === 'string' &&
    NONCE.test(m.nonce)
  ) {
    return { v: 1, type: 'init', extensionId: m.extensionId, nonce: m.nonce };
  }
  if (m.type === 'read' && typeof m.nonce === 'string' && Number.isSafeInteger(m.requestId)) {
    return { v: 1, type: 'read', nonce: m.nonce, requestId: m.requestId as number };
  }
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

export function parseBridgeMessage(detail: unknown): BridgeMessage | null {
  const m = parse(detail);
  if (!m) return null;
  if (m.type === 'ready') return { v: 1, type: 'ready' };
  if (m.type === 'claimed' && typeof m.nonce === 'string') return { v: 1, type: 'claimed', nonce: m.nonce };
  if (m.type === 'result' && typeof m.nonce === 'string' && Number.isSafeInteger(m.requestId)) {
    const read = parseRead(m.read);
    return read ? { v: 1, type: 'result', nonce: m.nonce, requestId: m.requestId as number, read } : null;
  }
  return null;
}
