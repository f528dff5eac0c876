/** Passages from an ordinary page: the document selection, text fields and contenteditable editors. */
import { applyRewrite } from './apply';
import { captureSelection } from './capture';
import type { StoredCapture } from './captures';
import type { PassageSource } from './content-script';
import { clearHighlights, showHighlights } from './highlights';
import { linearize } from './text-map';

export function pageSource(win: Window = window, doc: Document = win.document): PassageSource {
  /** The editor's whole text when its highlights were drawn: any edit after that may have moved them. */
  const shownOver = new WeakMap<StoredCapture, string>();
  const rootText = (stored: StoredCapture) =>
    stored.target.kind === 'dom' && stored.target.root.isConnected ? linearize(stored.target.root).text : null;
  return {
    docs: false,
    capture: () => captureSelection(doc),
    showHighlights: (stored, ranges) => {
      const result = showHighlights(stored, ranges, win, doc);
      const text = rootText(stored);
      if (result.shown > 0 && text !== null) shownOver.set(stored, text);
      return result;
    },
    clearHighlights: () => clearHighlights(win),
    highlightsStale: (stored) => rootText(stored) !== shownOver.get(stored),
    apply: (stored, original, replacement) => applyRewrite(stored, original, replacement, { win, doc }),
  };
}
