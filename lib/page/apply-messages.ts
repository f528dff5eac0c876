/**
 * What Apply tells the user when it does not replace the passage: what happened in the page only.
 * The panel adds whether the rewrite is on the clipboard (components/panel/apply.ts).
 */
export const APPLY_MESSAGES = {
  pageChanged: 'The page changed since this passage was captured, so nothing was replaced. Select the passage again.',
  editorGone: 'The editor this passage came from is no longer on the page, so nothing was replaced.',
  notEditable: 'This text is not in an editable field, so it cannot be replaced in place.',
  spansBlocks:
    'This selection spans two blocks of the editor, so it cannot be replaced in one step. Select within one block to apply a rewrite there.',
  rejected:
    'The editor did not take the rewrite: its text did not change, or it put its own text back. Nothing in the page changed.',
  different:
    'The editor changed the passage, but not into the rewrite. Check it in the page: Ctrl+Z there takes the change back.',
  ignored:
    'The editor did not take the rewrite through its own input, and typed in behind its back it would be text the editor does not hold and its undo cannot take back. Nothing in the page changed.',
} as const;
