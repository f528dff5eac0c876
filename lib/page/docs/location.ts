/** Where Google Docs documents live, and where their plain-text export is. */

const DOCS_PATH = /^(.*\/document\/d\/[A-Za-z0-9_-]+)(?:\/|$)/;

export interface DocsLocation {
  hostname: string;
  pathname: string;
  origin: string;
}

/**
 * A Google Docs document page. `lookalike` also accepts the test look-alike served on 127.0.0.1
 * under /docs/document/…; only the e2e build passes it (see wxt.config.ts).
 */
export function isGoogleDocsDocument(location: DocsLocation, lookalike = false): boolean {
  if (location.hostname === 'docs.google.com') return location.pathname.startsWith('/document/');
  return lookalike && location.hostname === '127.0.0.1' && location.pathname.startsWith('/docs/document/d/');
}

/** The same-origin address of the document's plain-text export, or null off a document page. */
export function docsExportUrl(location: DocsLocation): string | null {
  const match = DOCS_PATH.exec(location.pathname);
  return match ? `${location.origin}${match[1]}/export?format=txt` : null;
}

/** The document's name, without Docs' " - Google Docs" suffix. */
export function docsTitle(title: string): string {
  return title.replace(/\s+-\s+Google Docs\s*$/, '').trim();
}
