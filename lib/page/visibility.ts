/**
 * What a reader can see. Capture reads only text the page draws where a reader can read it: a
 * page may hide words inside a paragraph (font-size 0, a clipped "visually hidden" span, opacity 0)
 * that the user never read, and scoring them, or writing them back as ordinary text on Apply, would
 * act on words the user does not know are there. Computed style only, so it costs no layout but for
 * the few elements that hide their overflow.
 */

function styleOf(element: Element): CSSStyleDeclaration | null {
  const view = element.ownerDocument?.defaultView;
  try {
    return view?.getComputedStyle ? view.getComputedStyle(element) : null;
  } catch {
    return null;
  }
}

const px = (value: string | undefined) => Number.parseFloat(value ?? '');

/** A clip: rect(top, right, bottom, left) that leaves at most one pixel showing. */
function clipLeavesNothing(clip: string | undefined): boolean {
  const match = /^rect\(([^)]*)\)$/.exec((clip ?? '').trim());
  if (!match) return false;
  const [top, right, bottom, left] = match[1]!.split(/[\s,]+/).map((part) => (part === 'auto' ? Number.NaN : px(part)));
  if ([top, right, bottom, left].some((n) => n === undefined || Number.isNaN(n))) return false;
  return (right! - left!) * (bottom! - top!) <= 1;
}

/** clip-path: inset(50%) and the like, which cut the whole box away. */
function clipPathLeavesNothing(clipPath: string | undefined): boolean {
  const match = /^inset\(\s*(\d+(?:\.\d+)?)%/.exec((clipPath ?? '').trim());
  return match !== null && Number(match[1]) >= 50;
}

/** A box that hides its overflow and is at most a pixel wide or high: the "visually hidden" pattern. */
function overflowLeavesNothing(element: Element, style: CSSStyleDeclaration): boolean {
  if (style.display === 'inline' || style.display === 'contents') return false;
  const hides = (value: string) => value === 'hidden' || value === 'clip';
  if (!hides(style.overflowX ?? style.overflow) && !hides(style.overflowY ?? style.overflow)) return false;
  const box = element as HTMLElement;
  return box.clientWidth <= 1 || box.clientHeight <= 1;
}

/** Whether an element and everything in it is drawn nowhere a reader can see it. */
export function computedHidden(element: Element): boolean {
  if ((element as HTMLElement).hidden) return true;
  const style = styleOf(element);
  if (!style) return false;
  if (style.display === 'none') return true;
  if (style.opacity !== '' && px(style.opacity) === 0) return true;
  return (
    clipLeavesNothing(style.clip) || clipPathLeavesNothing(style.clipPath) || overflowLeavesNothing(element, style)
  );
}

/**
 * Whether text directly inside `parent` is drawn readable: not at font-size 0, not invisible.
 * Both are inherited and can be undone further down, so each text node's own parent is asked.
 */
export function computedTextShown(parent: Element): boolean {
  const style = styleOf(parent);
  if (!style) return true;
  if (style.visibility === 'hidden' || style.visibility === 'collapse') return false;
  return px(style.fontSize) !== 0;
}

export { styleOf };
