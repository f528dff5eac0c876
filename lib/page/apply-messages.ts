/** What Apply tells the user when it does not replace the passage. */
export const APPLY_MESSAGES = {
  pageChanged: 'The page changed since this passage was captured, so nothing was replaced. Select the passage again.',
  editorGone: 'The editor this passage came from is no longer on the page, so nothing was replaced.',
  notEditable: 'This text is not in an editable field, so it cannot be replaced in place. Copy the rewrite instead.',
  docs: 'Google Docs does not let extensions type into a document. The rewrite is on your clipboard: paste it over the selected passage (Ctrl+V, or ⌘V on a Mac).',
  rejected:
    'The editor did not take the rewrite: its text did not change, or it put its own text back. Nothing was kept; the rewrite is on your clipboard to paste over the selection.',
} as const;
