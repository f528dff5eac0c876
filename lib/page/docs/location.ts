/** Where Google Docs documents live, and where their plain-text export is. */

/**
 * A document's own path, anchored at the start: /document/d/<id>, or /document/u/<n>/d/<id> for
 * the n-th of several signed-in accounts. Anchored, so a page that rewrites its address with the
 * History API cannot point the export at some other path that merely contains /document/d/.
 */
const DOCUMENT_PATH = /^\/document(?:\/u\/\d{1,3})?\/d\/[A-Za-z0-9_-]+(?=\/|$)/;
/** The test look-alike serves its documents under this folder on 127.0.0.1 (e2e builds only). */
const LOOKALIKE_FOLDER = '/docs';

export interface DocsLocation {
  hostname: string;
  pathname: string;
  origin: string;
}

/** Whether this build knows the test look-alike; only the e2e build does (see wxt.config.ts). */
const E2E_BUILD = import.meta.env.MODE === 'e2e';

/** The path of the document at `location` (with the look-alike's folder), or null off a document page. */
function documentPath(location: DocsLocation, lookalike: boolean): string | null {
  let folder = '';
  if (location.hostname !== 'docs.google.com') {
    if (!lookalike || location.hostname !== '127.0.0.1' || !location.pathname.startsWith(`${LOOKALIKE_FOLDER}/`))
      return null;
    folder = LOOKALIKE_FOLDER;
  }
  const match = DOCUMENT_PATH.exec(location.pathname.slice(folder.length));
  return match ? folder + match[0] : null;
}

/**
 * A Google Docs document page. `lookalike` also accepts the test look-alike served on 127.0.0.1
 * under /docs/document/…; only the e2e build passes it (see wxt.config.ts).
 */
export function isGoogleDocsDocument(location: DocsLocation, lookalike = false): boolean {
  return documentPath(location, lookalike) !== null;
}

/** The same-origin address of the document's plain-text export, on the page's own account path; null off a document page. */
export function docsExportUrl(location: DocsLocation, lookalike = E2E_BUILD): string | null {
  const path = documentPath(location, lookalike);
  return path ? `${location.origin}${path}/export?format=txt` : null;
}

/** The document's name, without Docs' " - Google Docs" suffix. */
export function docsTitle(title: string): string {
  return title.replace(/\s+-\s+Google Docs\s*$/, '').trim();
}
