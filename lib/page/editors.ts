/**
 * Which editor owns a piece of editable DOM. Every editor named here renders its model into a
 * contenteditable root and re-reads the DOM selection, so capture and Apply treat them alike;
 * the name is what the panel tells the user ("from your Quill editor").
 */

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'tel', 'email', '']);

/** An <input> whose value is prose-like and whose selection can be read (email has no selectionStart). */
export function isTextInput(element: Element): element is HTMLInputElement {
  if (element.tagName !== 'INPUT') return false;
  const type = (element.getAttribute('type') ?? '').toLowerCase();
  if (!TEXT_INPUT_TYPES.has(type)) return false;
  try {
    return typeof (element as HTMLInputElement).selectionStart === 'number';
  } catch {
    return false;
  }
}

export function isTextArea(element: Element): element is HTMLTextAreaElement {
  return element.tagName === 'TEXTAREA';
}

/** The focused element, looking through open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const elementOf = (node: Node | null): Element | null =>
  node ? (node.nodeType === 1 ? (node as Element) : node.parentElement) : null;

/** The outermost contenteditable element containing `node`, or null when it is not editable. */
export function editingHost(node: Node | null): HTMLElement | null {
  let element = elementOf(node) as HTMLElement | null;
  if (!element?.isContentEditable) return null;
  while (element.parentElement?.isContentEditable) element = element.parentElement;
  return element;
}

/** Known editors, tested innermost-first on the editing host and its ancestors. */
const EDITORS: Array<[name: string, test: (host: HTMLElement, location: Location | undefined) => boolean]> = [
  [
    'notion',
    (host, location) =>
      /(^|\.)notion\.(so|site)$/.test(location?.hostname ?? '') ||
      !!host.closest('.notion-page-content, [data-content-editable-leaf]'),
  ],
  ['tiptap', (host) => host.classList.contains('tiptap')],
  ['prosemirror', (host) => host.classList.contains('ProseMirror')],
  ['quill', (host) => host.classList.contains('ql-editor')],
  ['lexical', (host) => host.getAttribute('data-lexical-editor') === 'true'],
  ['slate', (host) => host.hasAttribute('data-slate-editor')],
  ['draft', (host) => host.classList.contains('public-DraftEditor-content')],
  ['ckeditor', (host) => host.classList.contains('ck-editor__editable')],
  ['codemirror', (host) => host.classList.contains('cm-content')],
];

/** The editor behind a contenteditable host, or undefined for a plain contenteditable. */
export function detectEditor(
  host: HTMLElement,
  location: Location | undefined = host.ownerDocument?.defaultView?.location,
): string | undefined {
  for (const [name, test] of EDITORS) {
    try {
      if (test(host, location)) return name;
    } catch {
      // A page with an odd DOM never stops capture.
    }
  }
  return undefined;
}
