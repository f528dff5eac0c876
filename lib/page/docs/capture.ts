/** A Google Docs selection, through the annotated-text API or, without it, Docs' accessibility rendering. */
import type { CaptureError } from '@/lib/messaging/protocol';
import type { Capture } from '../capture';
import { MAX_PASSAGE_CHARS } from '../limits';
import { trimSpan } from '../trim';
import { ACCESSIBILITY_STEPS, readDocsAccessibility } from './accessibility';
import type { DocsReader } from './client';
import { stripDocsControlChars } from './control-chars';
import { docsTitle } from './location';

export const DOCS_API_MISSING =
  'Google Docs did not let Ownership Lens read this document: its annotated-text API is not available here. If you installed or updated Ownership Lens after opening the document, reload the tab. Meanwhile: paste what you copied, score the whole document, or ' +
  `${ACCESSIBILITY_STEPS}.`;

export async function captureDocsSelection(
  reader: DocsReader,
  doc: Document = document,
  maxChars = MAX_PASSAGE_CHARS,
): Promise<Capture | null | CaptureError> {
  const read = await reader.read();
  const source = (kind: 'google-docs' | 'google-docs-accessibility') => ({
    kind,
    editor: 'google-docs',
    title: docsTitle(doc.title ?? ''),
    url: doc.location?.href ?? '',
  });
  if (read.ok) {
    if (read.end <= read.start) return null;
    const cleaned = stripDocsControlChars(read.selected);
    const span = trimSpan(cleaned, 0, cleaned.length, maxChars);
    if (!span.text) return null;
    return {
      text: span.text,
      truncated: span.truncated || read.end - read.start > read.selected.length,
      source: source('google-docs'),
      apply: 'docs',
      target: { kind: 'docs', start: read.start, end: read.end },
    };
  }
  const accessible = readDocsAccessibility(doc);
  if (accessible) {
    const span = trimSpan(accessible.text, 0, accessible.text.length, maxChars);
    return {
      text: span.text,
      truncated: span.truncated,
      source: source('google-docs-accessibility'),
      apply: 'docs',
      target: { kind: 'docs', start: 0, end: span.text.length },
    };
  }
  return {
    error: 'docs-api-missing',
    message: DOCS_API_MISSING,
    fallbacks: ['clipboard', 'docs-export', 'docs-accessibility'],
  };
}
