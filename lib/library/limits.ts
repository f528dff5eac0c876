/**
 * Sizes the library accepts, shared by the editing functions and the import validator so a
 * file exported from a valid library always imports.
 */
export const LIMITS = {
  /** The whole import file, in UTF-8 bytes. */
  fileBytes: 20 * 1024 * 1024,
  snippets: 50_000,
  stories: 1_000,
  templates: 2_000,
  principles: 200,
  snippetText: 10_000,
  note: 5_000,
  tags: 50,
  tagLength: 64,
  principleName: 80,
  sourceTitle: 500,
  sourceUrl: 4_096,
  storyTitle: 200,
  storyPart: 10_000,
  metrics: 100,
  metricText: 500,
  scoreHistory: 10_000,
  templateText: 1_000,
  templateName: 200,
} as const;
