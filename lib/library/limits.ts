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
  /** Decision log entries, in all and per story. */
  decisions: 20_000,
  decisionsPerStory: 200,
  /** The decision, the options weighed, the trade-off and what happened, each. */
  decisionText: 2_000,
  evidence: 20,
  evidenceLink: 4_096,
  evidenceProves: 500,
  claimsPerEvidence: 50,
  claimText: 1_000,
  osfNode: 2_000,
  rehearsals: 20_000,
  rehearsalAnswers: 30,
  rehearsalQuestion: 500,
  rehearsalAnswer: 2_000,
  /** A day: a rehearsal timer left running overnight is not a rehearsal. */
  rehearsalSeconds: 86_400,
  interviews: 100,
  company: 200,
} as const;
