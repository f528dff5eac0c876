/**
 * Shape checks for every request in the protocol. Messages cross from pages' content scripts into
 * extension pages and back, so a receiver checks what it got before it acts on it.
 */
import { CATEGORIES, type Category } from '@/lib/analysis/types';
import type { MessageName, SourceKind } from './protocol';

/** The most text one message may carry: a passage is capped well below this (see lib/page/limits). */
export const MAX_MESSAGE_TEXT = 1_000_000;
/** More findings than any passage under the cap can produce. */
export const MAX_HIGHLIGHT_RANGES = 5_000;

const SOURCE_KINDS: Record<SourceKind, true> = {
  selection: true,
  textarea: true,
  input: true,
  contenteditable: true,
  'google-docs': true,
  'google-docs-accessibility': true,
  'google-docs-export': true,
  'google-docs-copy': true,
  clipboard: true,
  paste: true,
};
const CATEGORY_SET = new Set<string>(CATEGORIES);

type Check = (data: Record<string, unknown>) => string | null;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isTabId = (value: unknown) => Number.isInteger(value) && (value as number) >= -1;
const isOffset = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;
const isText = (value: unknown, max = MAX_MESSAGE_TEXT) => typeof value === 'string' && value.length <= max;

function tabOnly(data: Record<string, unknown>): string | null {
  return isTabId(data.tabId) ? null : 'tabId must be a tab id (an integer)';
}

function passage(data: Record<string, unknown>): string | null {
  if (!isText(data.text)) return 'text must be a string of at most 1,000,000 characters';
  if (!isText(data.selectionId, 200) || data.selectionId === '') return 'selectionId must be a non-empty string';
  if (!isTabId(data.tabId)) return 'tabId must be a tab id (an integer)';
  if (typeof data.capturedAt !== 'number') return 'capturedAt must be a time in milliseconds';
  if (data.truncated !== undefined && typeof data.truncated !== 'boolean') return 'truncated must be true or false';
  if (data.apply !== 'editor' && data.apply !== 'docs' && data.apply !== 'none')
    return "apply must be 'editor', 'docs' or 'none'";
  if (data.copyOnly !== undefined && data.copyOnly !== 'spans-blocks') return "copyOnly must be 'spans-blocks'";
  if (data.pageText !== undefined && !isText(data.pageText))
    return 'pageText must be a string of at most 1,000,000 characters';
  const source = data.source;
  if (!isObject(source)) return 'source must be an object';
  if (typeof source.kind !== 'string' || !Object.hasOwn(SOURCE_KINDS, source.kind))
    return `source.kind must be one of ${Object.keys(SOURCE_KINDS).join(', ')}`;
  if (source.editor !== undefined && !isText(source.editor, 40)) return 'source.editor must be a short string';
  if (!isText(source.title, 10_000) || !isText(source.url, 10_000))
    return 'source.title and source.url must be strings';
  return null;
}

function highlightRanges(data: Record<string, unknown>): string | null {
  const problem = tabOnly(data);
  if (problem) return problem;
  if (!isText(data.selectionId, 200)) return 'selectionId must be a string';
  const ranges = data.ranges;
  if (!Array.isArray(ranges) || ranges.length > MAX_HIGHLIGHT_RANGES)
    return `ranges must be an array of at most ${MAX_HIGHLIGHT_RANGES}`;
  for (const range of ranges) {
    if (
      !isObject(range) ||
      !isOffset(range.start) ||
      !isOffset(range.end) ||
      (range.end as number) < (range.start as number)
    ) {
      return 'each range needs whole-number offsets with start <= end';
    }
    if (typeof range.category !== 'string' || !CATEGORY_SET.has(range.category as Category))
      return `unknown category ${String(range.category)}`;
  }
  return null;
}

function rewrite(data: Record<string, unknown>): string | null {
  const problem = tabOnly(data);
  if (problem) return problem;
  if (!isText(data.selectionId, 200)) return 'selectionId must be a string';
  if (!isText(data.original)) return 'original must be a string';
  if (!isText(data.replacement)) return 'replacement must be a string';
  return null;
}

const CHECKS: Record<MessageName, Check> = {
  'selection:get': tabOnly,
  'selection:changed': passage,
  'highlights:set': highlightRanges,
  'highlights:clear': tabOnly,
  'rewrite:apply': rewrite,
  'docs:export': tabOnly,
  'tab:prepare': tabOnly,
  'selection:capture': tabOnly,
  'content:ping': tabOnly,
};

/** Null when `data` is a well-formed request for `name`; otherwise a sentence saying what is wrong. */
export function requestProblem(name: string, data: unknown): string | null {
  if (!Object.hasOwn(CHECKS, name)) return `unknown message ${JSON.stringify(name).slice(0, 60)}`;
  if (!isObject(data)) return `${name}: the request must be an object`;
  const problem = CHECKS[name as MessageName](data);
  return problem ? `${name}: ${problem}` : null;
}
