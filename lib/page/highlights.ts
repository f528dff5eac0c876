/**
 * Marks findings in the page with the CSS Custom Highlight API: one Highlight per category,
 * registered as `ownership-lens-<category>` and styled by `::highlight(...)`. The API paints over
 * text without touching a node, so editors never see a change; the styles go in an adopted
 * stylesheet, which is not part of the DOM either.
 */
import { CATEGORIES, type Category } from '@/lib/analysis/types';
import type { HighlightRange, HighlightsUnavailable } from '@/lib/messaging/protocol';
import { currentDomText } from './capture';
import type { StoredCapture } from './captures';
import { rangeForOffsets } from './text-map';

export const HIGHLIGHT_PREFIX = 'ownership-lens-';

/** Underline colour and style per category: style as well as colour, so the marks differ without colour too. */
const LOOK: Record<Category, [color: string, style: 'wavy' | 'dotted' | 'dashed' | 'double' | 'solid']> = {
  hedge: ['#b45309', 'wavy'],
  'vague-impact': ['#7c3aed', 'wavy'],
  'vague-quantity': ['#0369a1', 'dotted'],
  'role-title': ['#be185d', 'dashed'],
  'weak-verb': ['#c2410c', 'solid'],
  'over-claim': ['#b91c1c', 'double'],
  'team-only': ['#4d7c0f', 'dashed'],
  passive: ['#0f766e', 'dotted'],
  'output-not-outcome': ['#a16207', 'double'],
  'polish-over-evidence': ['#6d28d9', 'solid'],
};

export function highlightName(category: Category): string {
  return `${HIGHLIGHT_PREFIX}${category}`;
}

export function highlightCss(): string {
  return CATEGORIES.map((category) => {
    const [color, style] = LOOK[category];
    return `::highlight(${highlightName(category)}){text-decoration-line:underline;text-decoration-style:${style};text-decoration-color:${color};text-decoration-thickness:2px}`;
  }).join('\n');
}

interface HighlightApi {
  registry: { set(name: string, highlight: unknown): void; delete(name: string): boolean };
  Highlight: new (...ranges: Range[]) => unknown;
}

function highlightApi(win: Window): HighlightApi | null {
  const registry = (win as unknown as { CSS?: { highlights?: HighlightApi['registry'] } }).CSS?.highlights;
  const Highlight = (win as unknown as { Highlight?: HighlightApi['Highlight'] }).Highlight;
  return registry && typeof Highlight === 'function' ? { registry, Highlight } : null;
}

const sheets = new WeakMap<Document, CSSStyleSheet>();

/** Adds the highlight styles once per document, and again if the page replaced its adopted sheets. */
function ensureStyles(win: Window, doc: Document): void {
  const Sheet = (win as unknown as { CSSStyleSheet?: typeof CSSStyleSheet }).CSSStyleSheet;
  if (!Sheet || !Array.isArray(doc.adoptedStyleSheets)) return;
  let sheet = sheets.get(doc);
  if (!sheet) {
    sheet = new Sheet();
    sheet.replaceSync(highlightCss());
    sheets.set(doc, sheet);
  }
  if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

export interface HighlightResult {
  shown: number;
  unavailable?: HighlightsUnavailable;
}

/** Removes every highlight this extension registered in the document. */
export function clearHighlights(win: Window = window): void {
  const api = highlightApi(win);
  if (!api) return;
  for (const category of CATEGORIES) api.registry.delete(highlightName(category));
}

/** Replaces the page's highlights with `ranges` (offsets into the capture's passage). */
export function showHighlights(
  stored: StoredCapture,
  ranges: readonly HighlightRange[],
  win: Window = window,
  doc: Document = win.document,
): HighlightResult {
  const target = stored.target;
  if (target.kind === 'field') return { shown: 0, unavailable: 'field' };
  if (target.kind === 'docs') return { shown: 0, unavailable: 'docs' };
  const api = highlightApi(win);
  if (!api) return { shown: 0, unavailable: 'unsupported' };
  const current = currentDomText(target);
  if (!current || current.text !== stored.text) {
    clearHighlights(win);
    return { shown: 0, unavailable: 'page-changed' };
  }

  const byCategory = new Map<Category, Range[]>();
  for (const { start, end, category } of ranges) {
    const from = Math.min(start, stored.text.length);
    const to = Math.min(end, stored.text.length);
    if (to <= from) continue;
    const range = rangeForOffsets(current.map, target.start + from, target.start + to, doc);
    if (!range || range.collapsed) continue;
    const list = byCategory.get(category) ?? [];
    list.push(range);
    byCategory.set(category, list);
  }

  clearHighlights(win);
  let shown = 0;
  for (const [category, list] of byCategory) {
    api.registry.set(highlightName(category), new api.Highlight(...list));
    shown += list.length;
  }
  if (shown > 0) ensureStyles(win, doc);
  return { shown };
}
