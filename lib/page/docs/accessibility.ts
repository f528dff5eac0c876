/**
 * Docs' own screen-reader support (Tools → Accessibility → Turn on screen reader support) makes it
 * render the document for assistive technology next to its canvas: every run of text becomes an
 * SVG <rect> with an aria-label inside `.kix-canvas-tile-content`, and the selection is drawn as
 * rects in `.kix-canvas-tile-selection`. It also speaks changes through a live region,
 * `#docs-aria-speakable`. Where either is present, this reads the selected text from it.
 */

export const ACCESSIBILITY_STEPS =
  "turn on Docs' screen reader support (Tools → Accessibility → Turn on screen reader support, or Ctrl+Alt+Z; ⌘+Option+Z on a Mac), then select the passage again";

export interface AccessibleText {
  text: string;
  /** 'selection' from the drawn selection; 'announcement' from the live region's last words. */
  scope: 'selection' | 'announcement';
}

const TEXT_RECTS = '.kix-canvas-tile-content:not(.kix-canvas-tile-selection) svg rect[aria-label]';
const SELECTION_RECTS = '.kix-canvas-tile-selection svg rect';
const STATUS =
  /^(screen reader support (is )?(enabled|disabled|on|off)|braille support (enabled|disabled|on|off))\.?$/i;

const overlap = (a: DOMRect, b: DOMRect) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

export function readDocsAccessibility(doc: Document = document): AccessibleText | null {
  const runs = Array.from(doc.querySelectorAll(TEXT_RECTS));
  const selection = Array.from(doc.querySelectorAll(SELECTION_RECTS), (rect) => rect.getBoundingClientRect()).filter(
    (box) => box.width > 0 && box.height > 0,
  );
  if (runs.length > 0 && selection.length > 0) {
    const picked = runs
      .map((rect) => ({ label: rect.getAttribute('aria-label') ?? '', box: rect.getBoundingClientRect() }))
      .filter(
        ({ label, box }) =>
          label.trim() !== '' &&
          box.width * box.height > 0 &&
          selection.some((sel) => overlap(box, sel) >= 0.5 * box.width * box.height),
      )
      .sort((a, b) => a.box.top - b.box.top || a.box.left - b.box.left);
    let text = '';
    let lineTop: number | undefined;
    for (const { label, box } of picked) {
      // Same line or the next wrapped line of a paragraph: a space. A taller gap: a new paragraph.
      if (lineTop !== undefined) text += box.top - lineTop > box.height * 1.6 ? '\n' : ' ';
      text += label.trim();
      lineTop = box.top;
    }
    if (text.trim()) return { text: text.trim(), scope: 'selection' };
  }
  const spoken = doc.getElementById('docs-aria-speakable')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  if (spoken.length >= 20 && !STATUS.test(spoken)) return { text: spoken, scope: 'announcement' };
  return null;
}
