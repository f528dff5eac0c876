/**
 * What a reader can see. Capture reads only text the page draws where a reader can read it: a
 * page may hide words inside a paragraph (font-size 0, a clipped "visually hidden" span, opacity 0)
 * that the user never read, and scoring them, or writing them back as ordinary text on Apply, would
 * act on words the user does not know are there. Computed style only, so it costs no layout but for
 * the few boxes that hide their overflow.
 */

export function styleOf(element: Element): CSSStyleDeclaration | null {
  const view = element.ownerDocument?.defaultView;
  try {
    return view?.getComputedStyle ? view.getComputedStyle(element) : null;
  } catch {
    return null;
  }
}

const px = (value: string | undefined) => Number.parseFloat(value ?? '');

/** clip: rect(top, right, bottom, left) that leaves at most one pixel showing. */
function clipLeavesNothing(clip = ''): boolean {
  const sides = /^rect\(([^)]*)\)$/
    .exec(clip.trim())?.[1]
    ?.split(/[\s,]+/)
    .map(px);
  if (sides?.length !== 4 || sides.some(Number.isNaN)) return false;
  const [top, right, bottom, left] = sides as [number, number, number, number];
  return (right - left) * (bottom - top) <= 1;
}

/** A box at most a pixel wide or high that hides its overflow: the "visually hidden" pattern. */
function overflowLeavesNothing(element: Element, style: CSSStyleDeclaration): boolean {
  if (style.display.startsWith('inline') || style.display === 'contents') return false;
  if (!/hidden|clip/.test(`${style.overflowX} ${style.overflowY}`)) return false;
  return (element as HTMLElement).clientWidth <= 1 || (element as HTMLElement).clientHeight <= 1;
}

/** Whether an element and everything in it is drawn nowhere a reader can see it. */
export function computedHidden(element: Element): boolean {
  if ((element as HTMLElement).hidden) return true;
  const style = styleOf(element);
  if (!style) return false;
  return (
    style.display === 'none' ||
    style.opacity === '0' ||
    // clip-path: inset(50%) and more cut the whole box away.
    /^inset\(\s*([5-9]\d|\d{3,})(\.\d+)?%/.test(style.clipPath ?? '') ||
    clipLeavesNothing(style.clip) ||
    overflowLeavesNothing(element, style)
  );
}

/**
 * Whether text directly inside `parent` is drawn readable: not at font-size 0, not invisible.
 * Both are inherited and can be undone further down, so each text node's own parent is asked.
 */
export function computedTextShown(parent: Element): boolean {
  const style = styleOf(parent);
  return !style || (style.visibility !== 'hidden' && style.visibility !== 'collapse' && px(style.fontSize) !== 0);
}
