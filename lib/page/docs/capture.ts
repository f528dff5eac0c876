/**
 * A Google Docs selection, through the annotated-text API or, without it, Docs' accessibility
 * rendering of the selection, or what the user last copied in the document. Only the API says
 * where the text is, so only its passages can be applied to; the others are copy-only ('docs').
 */
import type { CaptureError } from '@/lib/messaging/protocol';
import type { Capture } from '../capture';
import { MAX_PASSAGE_CHARS } from '../limits';
import { trimSpan } from '../trim';
import { ACCESSIBILITY_STEPS, readDocsAccessibility } from './accessibility';
import type { DocsBridgeClient } from './client';
import { stripDocsControlChars } from './control-chars';
import { docsTitle } from './location';
import { passageInSelection } from './ranges';

export const DOCS_API_MISSING =
  'Google Docs did not let Ownership Lens read this document: its annotated-text API is not available here. If you installed or updated Ownership Lens after opening the document, reload the tab. Meanwhile: select the passage in Docs and copy it (Ctrl+C, or ⌘C on a Mac), score the whole document, ' +
  `${ACCESSIBILITY_STEPS}, or paste the text yourself.`;

export interface DocsCaptureOptions {
  /** What the user last copied in the document (copy.ts), for when Docs shares nothing else. */
  copied?: () => string | null;
  maxChars?: number;
}

export async function captureDocsSelection(
  reader: DocsBridgeClient,
  doc: Document = document,
  { copied = () => null, maxChars = MAX_PASSAGE_CHARS }: DocsCaptureOptions = {},
): Promise<Capture | null | CaptureError> {
  const read = await reader.read();
  const source = (kind: 'google-docs' | 'google-docs-accessibility' | 'google-docs-copy') => ({
    kind,
    editor: 'google-docs',
    title: docsTitle(doc.title ?? ''),
    url: doc.location?.href ?? '',
  });
  if (read.ok) {
    if (read.end <= read.start) return null;
    const passage = passageInSelection(read.selected, read.start, maxChars);
    if (!passage) return null;
    const truncated = passage.truncated || read.end - read.start > read.selected.length;
    return {
      text: passage.text,
      truncated,
      source: source('google-docs'),
      // Apply pastes through Docs itself (apply.ts), at the offsets the API gave.
      apply: 'editor',
      target: { kind: 'docs', start: passage.start, end: passage.end, raw: passage.raw },
    };
  }
  // The drawn selection first; then the user's own latest copy; then the live region's last words.
  const accessible = readDocsAccessibility(doc);
  const copy = copied();
  if (accessible && (accessible.scope === 'selection' || !copy)) {
    const span = trimSpan(accessible.text, 0, accessible.text.length, maxChars);
    return {
      text: span.text,
      truncated: span.truncated,
      source: source('google-docs-accessibility'),
      apply: 'docs',
      target: { kind: 'docs', start: 0, end: span.text.length },
    };
  }
  if (copy) {
    const cleaned = stripDocsControlChars(copy);
    const span = trimSpan(cleaned, 0, cleaned.length, maxChars);
    if (span.text) {
      return {
        text: span.text,
        truncated: span.truncated,
        source: source('google-docs-copy'),
        apply: 'docs',
        target: { kind: 'docs', start: 0, end: span.text.length },
      };
    }
  }
  return {
    error: 'docs-api-missing',
    message: DOCS_API_MISSING,
    // The paste box stays, last: it needs the clipboard, or the user's own paste.
    fallbacks: ['docs-copy', 'docs-export', 'docs-accessibility', 'clipboard'],
  };
}
