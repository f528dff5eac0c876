/** Passages from an ordinary page: the document selection, text fields and contenteditable editors. */
import { applyRewrite } from './apply';
import { captureSelection, currentDomText } from './capture';
import type { PassageSource } from './content-script';
import { clearHighlights, showHighlights } from './highlights';

export function pageSource(win: Window = window, doc: Document = win.document): PassageSource {
  return {
    docs: false,
    capture: () => captureSelection(doc),
    showHighlights: (stored, ranges) => showHighlights(stored, ranges, win, doc),
    clearHighlights: () => clearHighlights(win),
    highlightsStale: (stored) => stored.target.kind === 'dom' && currentDomText(stored.target)?.text !== stored.text,
    apply: (stored, original, replacement) => applyRewrite(stored, original, replacement, { win, doc }),
  };
}
