/**
 * Apply in Google Docs, the content script's side: the rewrite becomes one paste over the words
 * that change (ranges.ts), which the main-world bridge makes through Docs' own paste (replace.ts),
 * so one Ctrl+Z in the document takes it back. Called only for the panel's 'rewrite:apply'.
 */
import type { ApplyResult } from '@/lib/messaging/protocol';
import type { ApplyOutcome } from '../apply';
import type { StoredCapture } from '../captures';
import { MAX_PASSAGE_CHARS } from '../limits';
import type { ReplaceOutcome } from './bridge-protocol';
import type { DocsBridgeClient } from './client';
import { editForRewrite, passageInSelection } from './ranges';

export const DOCS_APPLY_MESSAGES = {
  changed: 'The document changed since this passage was captured, so nothing was replaced. Select the passage again.',
  noPlace:
    'Google Docs did not share where this text is in the document (its annotated-text API is not available here), so nothing was replaced.',
  objects:
    'The words to replace run across a line break, a section break or an object in the document (an image, a chip, a footnote), which a paste would delete, so nothing was replaced.',
  nothing: 'The rewrite is the passage as it stands, so there is nothing to replace.',
  apiGone:
    'Google Docs stopped sharing its text with extensions in this tab, so nothing was replaced. Reload the tab and select the passage again.',
  notSelectable: 'Google Docs did not select the passage, so nothing was replaced.',
  noTarget: 'Google Docs’ text input was not found in this tab, so nothing was replaced.',
  rejected: 'Google Docs did not take the rewrite: the document did not change.',
  different:
    'Google Docs changed the document, but not into the rewrite. Check it there: Ctrl+Z in the document takes the change back.',
  noAnswer:
    'Google Docs did not answer in time. Check the document: if the rewrite is there, Ctrl+Z in the document takes it back.',
} as const;

type Failure = Extract<ApplyResult, { ok: false }>;
const fail = (reason: Failure['reason'], message: string): ApplyOutcome => ({ result: { ok: false, reason, message } });

function failed(outcome: Extract<ReplaceOutcome, { ok: false }>): ApplyOutcome {
  switch (outcome.reason) {
    case 'changed':
    case 'not-selected':
      return fail('page-changed', DOCS_APPLY_MESSAGES.changed);
    case 'api-missing':
      return fail('editor-gone', DOCS_APPLY_MESSAGES.apiGone);
    case 'no-target':
      return fail('editor-gone', DOCS_APPLY_MESSAGES.noTarget);
    case 'not-selectable':
      return fail('editor-rejected', DOCS_APPLY_MESSAGES.notSelectable);
    case 'rejected':
      return fail('editor-rejected', DOCS_APPLY_MESSAGES.rejected);
    case 'different':
      return fail('editor-rejected', DOCS_APPLY_MESSAGES.different);
    default:
      return fail('editor-rejected', DOCS_APPLY_MESSAGES.noAnswer);
  }
}

export async function applyInDocs(
  bridge: Pick<DocsBridgeClient, 'replace'>,
  stored: StoredCapture | undefined,
  original: string,
  replacement: string,
): Promise<ApplyOutcome> {
  if (!stored || stored.text !== original) return fail('page-changed', DOCS_APPLY_MESSAGES.changed);
  const target = stored.target;
  if (target.kind !== 'docs' || target.raw === undefined || stored.apply !== 'editor')
    return fail('not-editable', DOCS_APPLY_MESSAGES.noPlace);
  const edit = editForRewrite({ start: target.start, end: target.end, raw: target.raw }, original, replacement);
  if ('problem' in edit) {
    if (edit.problem === 'changed') return fail('page-changed', DOCS_APPLY_MESSAGES.changed);
    return fail('not-editable', edit.problem === 'objects' ? DOCS_APPLY_MESSAGES.objects : DOCS_APPLY_MESSAGES.nothing);
  }
  const outcome = await bridge.replace(edit);
  if (!outcome.ok) return failed(outcome);
  // What the document holds now where the passage was: the panel scores it at once.
  const raw = target.raw.slice(0, edit.from) + outcome.inserted + target.raw.slice(edit.to);
  const passage = passageInSelection(raw, target.start, MAX_PASSAGE_CHARS);
  if (!passage) return { result: { ok: true } };
  return {
    result: { ok: true },
    replaced: {
      text: passage.text,
      truncated: passage.truncated,
      source: stored.source,
      apply: 'editor',
      target: { kind: 'docs', start: passage.start, end: passage.end, raw: passage.raw },
    },
  };
}
