/**
 * The content script's core: follows the selection, answers the panel, and hands highlights and
 * Apply to the page's passage source (the DOM of ordinary pages, or Google Docs' bridge).
 * Everything it touches comes in as a parameter, so it runs in a test DOM as well.
 */
import {
  isCaptureError,
  type CaptureError,
  type CapturedPassage,
  type RequestOf,
  type ResponseOf,
} from '@/lib/messaging/protocol';
import { onMessage, onPanelsGone, sendToRuntime, type MessagingApi } from '@/lib/messaging/transport';
import type { ApplyOutcome } from './apply';
import type { Capture } from './capture';
import { CaptureRegistry, type StoredCapture } from './captures';
import { followSelection } from './follow';
import type { HighlightResult } from './highlights';

/** Where a page's passages come from, and what can be done with them there. */
export interface PassageSource {
  /** True on Google Docs, where 'docs:export' works. */
  docs: boolean;
  capture(): Promise<Capture | null | CaptureError> | Capture | null | CaptureError;
  showHighlights(stored: StoredCapture, ranges: RequestOf<'highlights:set'>['ranges']): HighlightResult;
  clearHighlights(): void;
  /** Whether edits in the page have changed the text under these highlights. */
  highlightsStale?(stored: StoredCapture): boolean;
  apply(stored: StoredCapture | undefined, original: string, replacement: string): Promise<ApplyOutcome>;
  exportDocument?(): Promise<ResponseOf<'docs:export'>>;
  /** Poll the selection this often while a panel watches (Docs draws its selection on a canvas). */
  pollMs?: number;
  /** Hears of a change no selection event shows (a copy in Docs); returns a function that stops it. */
  watch?(onChange: () => void): () => void;
  stop?(): void;
}

export interface ContentScriptOptions {
  source: PassageSource;
  doc?: Document;
  api?: MessagingApi;
}

export function startContentScript({ source, doc = document, api }: ContentScriptOptions): () => void {
  const registry = new CaptureRegistry();
  const stops: Array<() => void> = [];
  let tabId = -1; // learned from the panel's requests; receivers take the real one from the browser
  let highlighted: StoredCapture | undefined;

  const dropHighlights = () => {
    highlighted = undefined;
    source.clearHighlights();
  };
  /** Stores a capture; the selection moved if its id differs, and old marks no longer fit the panel. */
  const store = (capture: Capture) => {
    const stored = registry.register(capture, tabId);
    follower.markAnnounced(capture);
    if (highlighted && highlighted.selectionId !== stored.selectionId) dropHighlights();
    return stored;
  };
  const announce = (capture: Capture): CapturedPassage => {
    const { passage } = store(capture);
    sendToRuntime('selection:changed', passage, api).catch(() => undefined); // no panel open: nobody to tell
    return passage;
  };

  const panels = onPanelsGone(dropHighlights, api);
  stops.push(() => panels.stop());

  const follower = followSelection({
    doc,
    capture: async () => {
      const capture = await source.capture();
      return isCaptureError(capture) ? null : capture;
    },
    keyOf: (capture) => registry.keyOf(capture),
    // Live changes go out only while a panel holds this page: no panel, no reason to send the text anywhere.
    onChange: (capture) => {
      if (panels.count() > 0) announce(capture);
      else {
        follower.reset();
        if (highlighted) dropHighlights();
      }
    },
  });
  stops.push(() => follower.stop());

  // Edits under highlighted text make the marks wrong: drop them rather than mislead.
  const onInput = () => {
    if (highlighted && source.highlightsStale?.(highlighted)) dropHighlights();
  };
  doc.addEventListener('input', onInput, true);
  stops.push(() => doc.removeEventListener('input', onInput, true));

  if (source.watch) {
    stops.push(
      source.watch(() => {
        if (panels.count() > 0) void follower.flush();
      }),
    );
  }

  if (source.pollMs) {
    const timer = setInterval(() => {
      if (panels.count() > 0) void follower.flush();
    }, source.pollMs);
    stops.push(() => clearInterval(timer));
  }

  const getPassage = async (
    requestTab: number,
    announceIt: boolean,
  ): Promise<CapturedPassage | null | CaptureError> => {
    tabId = requestTab;
    const capture = await source.capture();
    if (capture === null || isCaptureError(capture)) return capture;
    return announceIt ? announce(capture) : store(capture).passage;
  };

  stops.push(
    onMessage('content:ping', () => ({ ready: true, docs: source.docs }), api),
    onMessage('selection:get', ({ tabId: requestTab }) => getPassage(requestTab, false), api),
    onMessage('selection:capture', ({ tabId: requestTab }) => getPassage(requestTab, true), api),
    onMessage(
      'highlights:set',
      ({ selectionId, ranges }) => {
        const stored = registry.get(selectionId);
        if (!stored) return { shown: 0, unavailable: 'page-changed' as const };
        const result = source.showHighlights(stored, ranges);
        highlighted = result.shown > 0 ? stored : undefined;
        return result;
      },
      api,
    ),
    onMessage('highlights:clear', () => dropHighlights(), api),
    onMessage(
      'rewrite:apply',
      async ({ selectionId, original, replacement }) => {
        const stored = registry.get(selectionId);
        if (highlighted?.selectionId === selectionId) dropHighlights();
        const outcome = await source.apply(stored, original, replacement);
        if (!outcome.result.ok || !outcome.replaced) return outcome.result;
        registry.forget(selectionId);
        return { ok: true as const, passage: store(outcome.replaced).passage };
      },
      api,
    ),
    onMessage(
      'docs:export',
      () =>
        source.exportDocument?.() ?? {
          error: 'no-access' as const,
          message: 'Scoring the whole document works in Google Docs only.',
        },
      api,
    ),
  );
  if (source.stop) stops.push(() => source.stop!());

  return () => {
    dropHighlights();
    for (const stop of stops.splice(0)) stop();
  };
}
