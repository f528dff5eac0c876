/**
 * The shapes the library stores. Rows carry a few derived fields (normalized, words, titleKey,
 * textKey) that exist only so IndexedDB can index them; they are never exported, and every
 * write recomputes them from the user's fields.
 */
import type { Band, Category, ComponentId } from '@/lib/analysis';

export type { Band, ComponentId };

export const BANDS = ['weak', 'partial', 'strong'] as const satisfies readonly Band[];

/** weak < partial < strong, for the minimum-band filter. */
export function bandRank(band: Band): number {
  return BANDS.indexOf(band);
}

export interface PrincipleRow {
  /** The name is the key: snippets and stories refer to principles by name. */
  name: string;
  /** Order in the editable list. */
  position: number;
}

export interface SnippetRow {
  id: number;
  text: string;
  note: string;
  /** Lower-case, trimmed, unique within the snippet. */
  tags: string[];
  principles: string[];
  storyId?: number;
  /** The analysis at the time the snippet was saved or its text last edited. */
  score: number;
  band: Band;
  /** Components present in the text at that time. */
  components: ComponentId[];
  sourceTitle: string;
  sourceUrl: string;
  createdAt: number;
  updatedAt: number;
  /** Dedupe key: the text with whitespace collapsed and case folded (unique index). */
  normalized: string;
  /**
   * Search words, text's first, then tags', then the note's; each word once, stopwords and lone
   * letters left out (multiEntry index). Absent, or as version 2 wrote them, while the snippet
   * waits in the words queue (./words-backfill); search never reads them (see ./search).
   */
  words?: string[];
  /** Where the text's words end in `words`, and where the tags' end. Absent with `words`. */
  wordFields?: [textEnd: number, tagsEnd: number];
}

/** The name of the `meta` record that queues snippets for their words. */
export const WORDS_QUEUE = 'wordsPending';

/** The `meta` table's record of the snippets whose `words` are still to be written (./words-backfill). */
export interface WordsQueue {
  name: 'wordsPending';
  ids: number[];
}

export type MetaRow = WordsQueue;

export interface StoryMetric {
  /** The metric's name, e.g. "conversion"; empty when the text names none. */
  name: string;
  /** Its number as the story states it, e.g. "8% → 9.6%". */
  value: string;
  /** 'text' metrics are re-derived from the story on every save; 'user' ones are kept as edited. */
  origin: 'text' | 'user';
  /** The sentence a derived metric came from. */
  quote?: string;
}

export interface ScoreEntry {
  score: number;
  band: Band;
  at: number;
}

export const STORY_PARTS = ['problem', 'action', 'result', 'learning'] as const;
export type StoryPart = (typeof STORY_PARTS)[number];

export interface StoryRow {
  id: number;
  title: string;
  problem: string;
  action: string;
  result: string;
  learning: string;
  /** Principles the user assigned to the story itself (snippets add more in the coverage grid). */
  principles: string[];
  metrics: StoryMetric[];
  /** One entry per save, oldest first. */
  scoreHistory: ScoreEntry[];
  createdAt: number;
  updatedAt: number;
  /** Title with whitespace collapsed and case folded: story titles are unique, and import merges on them. */
  titleKey: string;
}

export type TemplateScope = Category | 'story';

export interface TemplateRow {
  id: number;
  scope: TemplateScope;
  /** Template text with [slots] in brackets. */
  text: string;
  name: string;
  createdAt: number;
  updatedAt: number;
  /** Normalised text: one template per scope and text. */
  textKey: string;
}

/** What a piece of evidence is: a ticket, a doc, a dashboard or a note. */
export const EVIDENCE_KINDS = ['ticket', 'doc', 'dashboard', 'note'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export interface Evidence {
  kind: EvidenceKind;
  /** Where it is: a web address, a ticket number, a file name. Text only; the user opens it, never the extension. */
  link: string;
  /** What it proves, in the user's words. */
  proves: string;
  /** The story's claims it backs, each by its key (../prep: the claim's words, whitespace collapsed, case folded). */
  claims: string[];
}

/** One dated entry of a story's decision log. */
export interface DecisionRow {
  id: number;
  storyId: number;
  /** The day of the decision, "YYYY-MM-DD". */
  date: string;
  decision: string;
  /** The options weighed. */
  options: string;
  tradeOff: string;
  /** The metric it was meant to move. */
  metric: string;
  /** What happened. */
  result: string;
  evidence: Evidence[];
  createdAt: number;
  updatedAt: number;
}

/** The OSF map's nodes, in the order a bar raiser follows them. */
export const OSF_NODES = ['hypothesis', 'metric', 'design', 'outcome', 'followUp'] as const;
export type OsfNode = (typeof OSF_NODES)[number];

/** A story's OSF map: only the nodes the user wrote; the others show what the analyzer finds in the story. */
export interface OsfMapRow {
  storyId: number;
  nodes: Partial<Record<OsfNode, string>>;
  updatedAt: number;
}

export interface RehearsalAnswer {
  question: string;
  answer: string;
  score: number;
  band: Band;
}

/** One rehearsal of a story: when, how long the user spoke, and each answer to the mock bar raiser. */
export interface RehearsalRow {
  id: number;
  storyId: number;
  at: number;
  seconds: number;
  answers: RehearsalAnswer[];
}

/** A loop the user is preparing for: the company and the day. */
export interface InterviewRow {
  id: number;
  company: string;
  /** "YYYY-MM-DD". */
  date: string;
  createdAt: number;
  updatedAt: number;
  /** The company with whitespace collapsed and case folded: one date per company. */
  companyKey: string;
}
