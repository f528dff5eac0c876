/**
 * Captures by selectionId. An id names one selection over one text: it changes whenever the
 * selection or the text under it changes, and Apply refuses an id it no longer holds.
 */
import type { CapturedPassage } from '@/lib/messaging/protocol';
import type { Capture } from './capture';

/** Recent captures kept for Apply: the panel may apply a rewrite for a passage a few selections back. */
const KEPT = 32;

/** FNV-1a over UTF-16 code units: a cheap fingerprint of a passage, not a security measure. */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

export interface StoredCapture extends Capture {
  selectionId: string;
  passage: CapturedPassage;
}

export class CaptureRegistry {
  private readonly entries = new Map<string, StoredCapture>();
  private readonly byKey = new Map<string, string>();
  private readonly identities = new WeakMap<object, number>();
  private nextIdentity = 1;
  private counter = 0;

  constructor(
    /** Distinguishes this content-script instance, so ids from a page's earlier life never match. */
    private readonly prefix = Math.random().toString(36).slice(2, 10),
    private readonly now: () => number = Date.now,
  ) {}

  private identity(object: object): number {
    let id = this.identities.get(object);
    if (id === undefined) {
      id = this.nextIdentity++;
      this.identities.set(object, id);
    }
    return id;
  }

  /** Same key, same selection over the same text. */
  keyOf(capture: Capture): string {
    const target = capture.target;
    const where =
      target.kind === 'field' ? this.identity(target.element) : target.kind === 'dom' ? this.identity(target.root) : 0;
    return `${target.kind}:${where}:${target.start}:${target.end}:${capture.text.length}:${textHash(capture.text)}`;
  }

  /** Stores a capture (reusing the id of an identical one) and returns it as the protocol's passage. */
  register(capture: Capture, tabId: number): StoredCapture {
    const key = this.keyOf(capture);
    const existing = this.byKey.get(key);
    const stored = existing ? this.entries.get(existing) : undefined;
    if (stored) {
      // Refresh its place as the most recent.
      this.entries.delete(stored.selectionId);
      this.entries.set(stored.selectionId, stored);
      if (stored.passage.tabId !== tabId && tabId >= 0) stored.passage = { ...stored.passage, tabId };
      return stored;
    }
    const selectionId = `${this.prefix}-${++this.counter}`;
    const passage: CapturedPassage = {
      text: capture.text,
      source: capture.source,
      selectionId,
      capturedAt: this.now(),
      tabId,
      ...(capture.truncated ? { truncated: true } : {}),
      apply: capture.apply,
      ...(capture.copyOnly ? { copyOnly: capture.copyOnly } : {}),
      ...(capture.pageText !== undefined ? { pageText: capture.pageText } : {}),
    };
    const entry: StoredCapture = { ...capture, selectionId, passage };
    this.entries.set(selectionId, entry);
    this.byKey.set(key, selectionId);
    while (this.entries.size > KEPT) {
      const oldest = this.entries.keys().next().value as string;
      const gone = this.entries.get(oldest)!;
      this.entries.delete(oldest);
      this.byKey.delete(this.keyOf(gone));
    }
    return entry;
  }

  get(selectionId: string): StoredCapture | undefined {
    return this.entries.get(selectionId);
  }

  /** Forgets a capture whose text was replaced. */
  forget(selectionId: string): void {
    const entry = this.entries.get(selectionId);
    if (!entry) return;
    this.entries.delete(selectionId);
    this.byKey.delete(this.keyOf(entry));
  }
}
