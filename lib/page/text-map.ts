/**
 * The text of a DOM subtree as a reader sees it, with a two-way map between offsets in that text
 * and DOM boundary points. Capture maps the selection to offsets; highlights and Apply map a
 * finding's offsets back to a DOM Range. Nothing here changes the DOM.
 */
import { computedHidden, computedTextShown, styleOf } from './visibility';

/** Elements that start and end a line of text. Tag names, not computed style, so it is deterministic. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
/** Never text: their content is code, styling or a widget of its own. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
]);
/** Editors leave these in their text for caret placement (Quill's cursor blot, ProseMirror's separators). */
const ZERO_WIDTH = /[\u200b\u200c\u200d\u2060\ufeff]/;
const COLLAPSIBLE = /[ \t\n\r\f]/;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export interface Segment {
  node: Text;
  /** Offsets of this node's characters in TextMap.text. */
  start: number;
  end: number;
  /** For a node whose characters were collapsed or dropped: map[i] is the node offset of text[start + i]; map[end - start] is the offset after. */
  map?: number[];
}

export interface TextMap {
  root: Node;
  text: string;
  segments: Segment[];
  /** Text offset just before a node (for a block, after the line break that opens it). */
  before: Map<Node, number>;
  /** Text offset just after a node's content (for a block, before the line break that closes it). */
  after: Map<Node, number>;
  /** Text the subtree holds but draws nowhere a reader sees it, left out of `text`, at the offset where it sits. */
  unseen: Array<{ at: number; text: string }>;
}

export interface LinearizeOptions {
  /** How whitespace renders in an element; defaults to its computed `white-space`. */
  whiteSpaceOf?: (element: Element) => string;
  /** Whether an element and its content are drawn nowhere a reader sees them; defaults to lib/page/visibility. */
  isHidden?: (element: Element) => boolean;
  /** Whether text directly inside an element is drawn readable; defaults to lib/page/visibility. */
  textShown?: (parent: Element) => boolean;
}

/** Computed white-space, with an inherited fallback where a DOM has no style engine (happy-dom). */
export function computedWhiteSpace(element: Element): string {
  const computed = styleOf(element)?.whiteSpace;
  if (computed) return computed;
  for (let el: Element | null = element; el; el = el.parentElement) {
    const inline = (el as HTMLElement).style?.whiteSpace;
    if (inline) return inline;
    if (el.tagName === 'PRE') return 'pre';
  }
  return 'normal';
}

const preserves = (whiteSpace: string) => whiteSpace.startsWith('pre') || whiteSpace === 'break-spaces';

/** Lays out the text under `root` once, as a reader sees it. Costs one pass over the subtree. */
export function linearize(root: Node, options: LinearizeOptions = {}): TextMap {
  const whiteSpaceOf = options.whiteSpaceOf ?? computedWhiteSpace;
  const isHidden = options.isHidden ?? computedHidden;
  const textShown = options.textShown ?? computedTextShown;
  const preserveCache = new Map<Element, boolean>();
  const shownCache = new Map<Element, boolean>();
  const unseen: TextMap['unseen'] = [];
  /** Keeps what the page hides here, whitespace collapsed, to tell the user before Apply replaces it. */
  const keepUnseen = (text: string | null) => {
    const collapsed = (text ?? '').replace(/[\s\u200b\u200c\u200d\u2060\ufeff]+/g, ' ');
    if (collapsed.trim()) unseen.push({ at: length, text: collapsed });
  };
  const shown = (parent: Element | null) => {
    if (!parent) return true;
    let value = shownCache.get(parent);
    if (value === undefined) {
      value = textShown(parent);
      shownCache.set(parent, value);
    }
    return value;
  };
  const parts: string[] = [];
  let length = 0;
  let last = ''; // the last character written, for collapsing and line breaks
  const segments: Segment[] = [];
  const before = new Map<Node, number>();
  const after = new Map<Node, number>();

  // A block's closing line break waits until more text follows, so the text never ends in one.
  let pendingBreak = false;
  const flushBreak = () => {
    if (!pendingBreak) return;
    pendingBreak = false;
    if (length > 0 && last !== '\n') write('\n');
  };
  const write = (chunk: string) => {
    if (!chunk) return;
    flushBreak();
    parts.push(chunk);
    length += chunk.length;
    last = chunk[chunk.length - 1]!;
  };
  const openBlock = () => {
    pendingBreak = false;
    if (length > 0 && last !== '\n') write('\n');
  };
  const closeBlock = () => {
    if (length > 0 && last !== '\n') pendingBreak = true;
  };
  const preserved = (element: Element | null) => {
    if (!element) return false;
    let value = preserveCache.get(element);
    if (value === undefined) {
      value = preserves(whiteSpaceOf(element));
      preserveCache.set(element, value);
    }
    return value;
  };
  const writeText = (node: Text) => {
    const data = node.data;
    const keep = preserved(node.parentElement);
    if (keep && !ZERO_WIDTH.test(data)) {
      // The common editor case: one character out for one in.
      if (data.length === 0) return;
      flushBreak(); // before `start`, so the segment holds this node's characters only
      const start = length;
      write(data.replace(/\u00a0/g, ' '));
      segments.push({ node, start, end: length });
      return;
    }
    let out = '';
    const map: number[] = [];
    let lastOut = pendingBreak ? '\n' : last;
    for (let i = 0; i < data.length; i++) {
      let char = data[i]!;
      if (ZERO_WIDTH.test(char)) continue;
      if (char === '\u00a0') char = ' ';
      else if (!keep && COLLAPSIBLE.test(char)) {
        if (lastOut === ' ' || lastOut === '\n' || (length === 0 && out === '')) continue;
        char = ' ';
      }
      out += char;
      map.push(i);
      lastOut = char;
    }
    if (out === '') return;
    map.push(map[map.length - 1]! + 1);
    if (pendingBreak) {
      pendingBreak = false;
      if (length > 0 && last !== '\n') write('\n');
    }
    const start = length;
    write(out);
    segments.push({ node, start, end: length, map });
  };

  const visit = (node: Node) => {
    if (node.nodeType === TEXT_NODE) {
      before.set(node, length);
      if (shown(node.parentElement)) writeText(node as Text);
      else keepUnseen((node as Text).data);
      after.set(node, length);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) {
      before.set(node, length);
      after.set(node, length);
      return;
    }
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (tag === 'BR') {
      before.set(node, length);
      pendingBreak = false;
      write('\n');
      after.set(node, length);
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (node !== root && (SKIPPED_TAGS.has(tag) || isHidden(element))) {
      before.set(node, length);
      if (!SKIPPED_TAGS.has(tag)) keepUnseen(element.textContent);
      after.set(node, length);
      return;
    }
    if (block) openBlock();
    before.set(node, length);
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    after.set(node, length);
    if (block) closeBlock();
  };

  visit(root);
  return { root, text: parts.join(''), segments, before, after, unseen };
}

function segmentOf(map: TextMap, node: Node): Segment | undefined {
  // Segments are in document order; text nodes are few enough per passage that a scan is fine,
  // but keep an index for long documents.
  let index = (map as TextMap & { _index?: Map<Node, Segment> })._index;
  if (!index) {
    index = new Map(map.segments.map((segment) => [segment.node, segment]));
    (map as TextMap & { _index?: Map<Node, Segment> })._index = index;
  }
  return index.get(node);
}

/** The text offset of a DOM boundary point (a Range's start or end) inside the mapped subtree. */
export function offsetOfPoint(map: TextMap, container: Node, offset: number): number {
  if (container.nodeType === TEXT_NODE) {
    const segment = segmentOf(map, container);
    if (segment) {
      if (!segment.map) return segment.start + Math.max(0, Math.min(offset, segment.end - segment.start));
      // First written character at or after the node offset.
      const index = segment.map.findIndex((nodeOffset) => nodeOffset >= offset);
      return segment.start + (index === -1 ? segment.end - segment.start : index);
    }
    const at = offset > 0 ? map.after.get(container) : map.before.get(container);
    if (at !== undefined) return at;
  } else {
    const child = container.childNodes[offset];
    if (child && map.before.has(child)) return map.before.get(child)!;
    if (!child && map.after.has(container)) return map.after.get(container)!;
  }
  // A point outside the subtree: clamp to whichever end it lies beyond.
  const root = map.root;
  if (container === root || root.contains(container)) return 0;
  const position = root.compareDocumentPosition(container);
  return position & 4 /* FOLLOWING */ ? map.text.length : 0;
}

export interface DomPoint {
  node: Node;
  offset: number;
}

/**
 * The DOM point for a text offset. `bias` says which side of a line break or a node boundary to
 * land on: a range's start goes to the following text, its end to the preceding text.
 */
export function pointAtOffset(map: TextMap, offset: number, bias: 'start' | 'end'): DomPoint | null {
  const segments = map.segments;
  if (segments.length === 0) return null;
  let segment: Segment;
  let local: number;
  if (bias === 'start') {
    // The first segment with a character at or after the offset.
    let low = 0;
    let high = segments.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (segments[mid]!.end > offset) high = mid;
      else low = mid + 1;
    }
    if (low === segments.length) {
      segment = segments[segments.length - 1]!;
      local = segment.end - segment.start;
    } else {
      segment = segments[low]!;
      local = Math.max(0, offset - segment.start);
    }
  } else {
    // The last segment with a character before the offset.
    let low = -1;
    let high = segments.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (segments[mid]!.start < offset) low = mid;
      else high = mid - 1;
    }
    if (low === -1) {
      segment = segments[0]!;
      local = 0;
    } else {
      segment = segments[low]!;
      local = Math.min(offset, segment.end) - segment.start;
    }
  }
  const nodeOffset = segment.map ? segment.map[local]! : local;
  return { node: segment.node, offset: nodeOffset };
}

/** A live DOM Range covering text offsets [start, end), or null when there is no text there. */
export function rangeForOffsets(map: TextMap, start: number, end: number, doc: Document): Range | null {
  const from = pointAtOffset(map, start, 'start');
  const to = pointAtOffset(map, end, 'end');
  if (!from || !to) return null;
  const range = doc.createRange();
  try {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
  } catch {
    return null;
  }
  return range;
}
