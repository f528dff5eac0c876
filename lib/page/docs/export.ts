/** "Score the whole document": the document's plain-text export, read from the page's own origin. */
import type { CaptureError } from '@/lib/messaging/protocol';
import { MAX_PASSAGE_CHARS } from '../limits';
import { stripDocsControlChars } from './control-chars';
import { docsExportUrl, type DocsLocation } from './location';

export type DocsExport = { text: string; truncated?: boolean; title?: string };

const REFUSED =
  'Google Docs did not hand over a plain-text copy of this document. The owner may have turned off downloading, or you may be signed out. Copy the text and paste it instead.';

export async function fetchDocsExport(
  location: DocsLocation,
  fetchImpl: typeof fetch = fetch,
  maxChars = MAX_PASSAGE_CHARS,
): Promise<DocsExport | CaptureError> {
  const url = docsExportUrl(location);
  if (!url)
    return { error: 'no-access', message: 'This is not a Google Docs document, so there is no document to export.' };
  let response: Response;
  try {
    // A same-origin read of the user's own document, like its File → Download menu: nothing leaves the device, and mode
    // 'same-origin' makes the browser refuse any redirect to another origin.
    response = await fetchImpl(url, {
      credentials: 'same-origin',
      mode: 'same-origin',
      redirect: 'follow',
      cache: 'no-store',
    });
  } catch {
    return { error: 'no-access', message: REFUSED };
  }
  const type = response.headers.get('content-type') ?? '';
  // A sign-in or error page comes back as HTML; the export is text/plain.
  if (!response.ok || /html/i.test(type)) return { error: 'no-access', message: REFUSED };
  let text = stripDocsControlChars((await response.text()).replace(/^\ufeff/, '')).trim();
  let truncated = false;
  if (text.length > maxChars) {
    text = text.slice(0, maxChars);
    truncated = true;
  }
  return truncated ? { text, truncated } : { text };
}
