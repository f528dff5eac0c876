import { describe, expect, it } from 'vitest';
import { docsExportUrl, docsTitle, isGoogleDocsDocument } from '@/lib/page/docs/location';

const at = (href: string) => new URL(href);

describe('where Docs lives', () => {
  it('recognises document pages only, and the look-alike only when asked', () => {
    expect(isGoogleDocsDocument(at('https://docs.google.com/document/d/abc/edit'))).toBe(true);
    expect(isGoogleDocsDocument(at('https://docs.google.com/document/u/1/d/abc/edit'))).toBe(true);
    expect(isGoogleDocsDocument(at('https://docs.google.com/spreadsheets/d/abc/edit'))).toBe(false);
    expect(isGoogleDocsDocument(at('https://evil.example/document/d/abc/edit'))).toBe(false);
    expect(isGoogleDocsDocument(at('http://127.0.0.1:4000/docs/document/d/x/edit.html'))).toBe(false);
    expect(isGoogleDocsDocument(at('http://127.0.0.1:4000/docs/document/d/x/edit.html'), true)).toBe(true);
    expect(isGoogleDocsDocument(at('http://127.0.0.1:4000/docs/document/u/2/d/x/edit.html'), true)).toBe(true);
  });

  it('finds the same-origin export address and the document’s name', () => {
    expect(docsExportUrl(at('https://docs.google.com/document/d/1aB_c-D/edit?tab=t.0#heading=h'))).toBe(
      'https://docs.google.com/document/d/1aB_c-D/export?format=txt',
    );
    expect(docsExportUrl(at('https://docs.google.com/document/u/0/'))).toBeNull();
    expect(docsTitle('Pricing story - Google Docs')).toBe('Pricing story');
  });

  it('builds the export on the same account path when several Google accounts are signed in', () => {
    expect(docsExportUrl(at('https://docs.google.com/document/u/1/d/1aB_c-D/edit'))).toBe(
      'https://docs.google.com/document/u/1/d/1aB_c-D/export?format=txt',
    );
    expect(docsExportUrl(at('https://docs.google.com/document/u/12/d/xyz'))).toBe(
      'https://docs.google.com/document/u/12/d/xyz/export?format=txt',
    );
    expect(docsExportUrl(at('http://127.0.0.1:4000/docs/document/u/1/d/x/edit.html'), true)).toBe(
      'http://127.0.0.1:4000/docs/document/u/1/d/x/export?format=txt',
    );
  });

  it('reads the path from its start: an address the page rewrote to hold /document/d/ deeper down is no document', () => {
    for (const path of [
      '/elsewhere/document/d/abc/edit',
      '/document/u/x/d/abc/edit',
      '/document/d/',
      '//document/d/abc',
    ]) {
      expect(docsExportUrl(at(`https://docs.google.com${path}`)), path).toBeNull();
      expect(isGoogleDocsDocument(at(`https://docs.google.com${path}`)), path).toBe(false);
    }
    expect(docsExportUrl(at('http://127.0.0.1:4000/docs/elsewhere/docs/document/d/x/edit.html'), true)).toBeNull();
    expect(docsExportUrl(at('http://127.0.0.1:4000/other/document/d/x/edit.html'), true)).toBeNull();
  });
});
