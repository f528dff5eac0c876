// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { CATEGORIES } from '@/lib/analysis/types';
import { captureSelection } from '@/lib/page/capture';
import { CaptureRegistry } from '@/lib/page/captures';
import { clearHighlights, highlightCss, showHighlights } from '@/lib/page/highlights';

/** A stand-in for the CSS Custom Highlight API, which happy-dom lacks. */
function installHighlightApi() {
  const registry = new Map<string, Range[]>();
  Object.assign(window, {
    Highlight: class {
      ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
    },
  });
  // happy-dom's window.CSS is a fresh object on every read, so the whole namespace is replaced.
  Object.defineProperty(window, 'CSS', {
    configurable: true,
    value: {
      highlights: {
        set: (name: string, h: { ranges: Range[] }) => registry.set(name, h.ranges),
        delete: (name: string) => registry.delete(name),
      },
    },
  });
  return registry;
}

const originalCss = Object.getOwnPropertyDescriptor(window, 'CSS');
afterEach(() => {
  delete (window as unknown as { Highlight?: unknown }).Highlight;
  if (originalCss) Object.defineProperty(window, 'CSS', originalCss);
  else delete (window as unknown as { CSS?: unknown }).CSS;
});

describe('highlights', () => {
  it('styles every category with an underline of its own colour and style', () => {
    const css = highlightCss();
    for (const category of CATEGORIES)
      expect(css).toContain(`::highlight(ownership-lens-${category}){text-decoration-line:underline;`);
  });

  it('registers one highlight per category over the findings’ text, and clears only its own', () => {
    const registry = installHighlightApi();
    registry.set('someone-else', []);
    document.body.innerHTML = '<div contenteditable="true"><p>I was responsible for it and we expect gains.</p></div>';
    const text = document.querySelector('p')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, (text as Text).length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    const stored = new CaptureRegistry('h').register(captureSelection(document)!, 1);
    const result = showHighlights(stored, [
      { start: 0, end: 21, category: 'role-title' },
      { start: 32, end: 38, category: 'hedge' },
      { start: 34, end: 999, category: 'hedge' },
    ]);
    expect(result).toEqual({ shown: 3 });
    expect(registry.get('ownership-lens-role-title')!.map(String)).toEqual(['I was responsible for']);
    expect(registry.get('ownership-lens-hedge')!.map(String)).toEqual(['expect', 'pect gains.']);
    clearHighlights();
    expect([...registry.keys()]).toEqual(['someone-else']);
  });

  it('shows nothing, and says why, in a field, without the API, or over changed text', () => {
    document.body.innerHTML =
      '<textarea id="t">We worked on it.</textarea><div contenteditable="true"><p>We worked on it.</p></div>';
    const field = document.getElementById('t') as HTMLTextAreaElement;
    field.focus();
    field.setSelectionRange(0, 9);
    const registry = new CaptureRegistry('h');
    const inField = registry.register(captureSelection(document)!, 1);
    expect(showHighlights(inField, [{ start: 0, end: 2, category: 'team-only' }])).toEqual({
      shown: 0,
      unavailable: 'field',
    });
    field.blur();
    const p = document.querySelector('p')!;
    const range = document.createRange();
    range.selectNodeContents(p);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    const inEditor = registry.register(captureSelection(document)!, 1);
    expect(showHighlights(inEditor, [{ start: 0, end: 2, category: 'team-only' }])).toEqual({
      shown: 0,
      unavailable: 'unsupported',
    });
    installHighlightApi();
    p.textContent = 'We did it.';
    expect(showHighlights(inEditor, [{ start: 0, end: 2, category: 'team-only' }])).toEqual({
      shown: 0,
      unavailable: 'page-changed',
    });
  });
});
