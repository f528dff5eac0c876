/** The personal library: the public API the panel's Library tab uses. */
export { libraryDb, openLibrary, LibraryDB, LIBRARY_DB_NAME } from './db';
export type { LibraryDeps, Analyzer } from './deps';
export * from './model';
export * from './errors';
export { StorageFullError, isQuotaError } from './quota';
export { LIMITS } from './limits';
export { normalizeText, queryTerms, templateSlots } from './text';
export {
  saveSnippet,
  updateSnippet,
  deleteSnippet,
  restoreSnippet,
  getSnippet,
  type SnippetInput,
  type SnippetPatch,
  type SaveResult,
} from './snippets';
export {
  searchSnippets,
  prepareSearch,
  listTags,
  countSnippets,
  relevance,
  FIELD_WEIGHT,
  DEFAULT_PAGE_SIZE,
  type SnippetQuery,
  type SnippetPage,
  type SnippetSort,
} from './search';
export { listPrinciples, addPrinciple, renamePrinciple, removePrinciple, reorderPrinciples } from './principles';
export { DEFAULT_PRINCIPLES } from './data/default-principles';
export {
  createStory,
  saveStory,
  setStoryMetrics,
  deleteStory,
  restoreStory,
  getStory,
  listStories,
  scoreStory,
  storyText,
  STORY_SECONDS_LIMIT,
  type StoryInput,
  type StoryPatch,
  type StoryScore,
  type StoryParts,
  type DeletedStory,
} from './stories';
export { deriveStoryMetrics } from './story-metrics';
export { principleCoverage, type PrincipleCoverage, type CoverageRow, type CoverageCell } from './coverage';
export {
  addTemplate,
  updateTemplate,
  deleteTemplate,
  listTemplates,
  mergeTemplates,
  TEMPLATE_SCOPES,
  type TemplateInput,
  type BuiltInTemplate,
  type TemplateChoice,
} from './templates';
export { fillPendingWords } from './words-backfill';
export {
  addDecision,
  updateDecision,
  deleteDecision,
  restoreDecision,
  listDecisions,
  setClaimProof,
  claimKey,
  type DecisionInput,
  type EvidenceInput,
} from './decisions';
export { saveOsfMap, getOsfMap, type OsfNodes } from './osf-maps';
export { logRehearsal, deleteRehearsal, restoreRehearsal, listRehearsals, type RehearsalInput } from './rehearsals';
export { addInterview, updateInterview, deleteInterview, listInterviews, type InterviewInput } from './interviews';
export { isDay, dayOf, dayStart, addDays, daysBetween } from './day';
export { exportLibrary, exportLibraryJson, exportFileName } from './exchange/export';
export { importLibrary, importLibraryFile, type ImportReport, type ImportCounts } from './exchange/import';
export { parseLibraryFile, readLibraryFile, LibraryFileError } from './exchange/validate';
export { LIBRARY_FILE_FORMAT, LIBRARY_FILE_VERSION, type LibraryFile } from './exchange/format';
