/** Grammatical words the rules step over or stop at. Vocabulary lives in the other data files. */

/** Words that end a noun phrase or a claim's span: "shipped it [and] …", "drop the feature [which] …". */
export const CLAUSE_JOINERS = ['and', 'but', 'which', 'so', 'because', 'while', 'then'];
export const DETERMINERS = [
  'the',
  'a',
  'an',
  'our',
  'their',
  'its',
  'my',
  'all',
  'every',
  'each',
  'this',
  'that',
  'these',
  'those',
  'both',
];
export const PREPOSITIONS = [
  'by',
  'with',
  'for',
  'in',
  'on',
  'at',
  'to',
  'from',
  'within',
  'over',
  'during',
  'across',
  'into',
  'ahead',
  'under',
  'after',
  'before',
  'of',
];
export const NEGATIONS = ['no', 'without', 'zero', 'never', 'not', 'nor'];
export const BE_FORMS = [
  'was',
  'were',
  'is',
  'are',
  'been',
  'being',
  'be',
  'got',
  'gets',
  'get',
  'getting',
  "wasn't",
  "weren't",
];
/** Particles of phrasal verbs: "shut down", "rolled back". */
export const PARTICLES = ['down', 'up', 'out', 'off', 'over', 'back', 'away', 'through'];
/** Degree words between a linking verb and its praise: "looks really slick". */
export const DEGREE_WORDS = [
  'much',
  'more',
  'very',
  'so',
  'really',
  'super',
  'truly',
  'quite',
  'pretty',
  'incredibly',
  'absolutely',
  'just',
  'all',
];
/** Linking verbs: "the UI was slick", "it felt smooth". */
export const LINKING_VERBS = ['was', 'were', 'is', 'are', 'looked', 'looks', 'felt', 'feels', 'seemed'];
/** Words that point back at the work itself: "it looks amazing". */
export const POINTERS = ['it', 'this', 'everything', 'that'];
/** Team nouns that can be the subject of a "we" story: "our team shipped". */
export const TEAM_NOUNS = ['team', 'squad', 'group', 'org'];
/** Verbs of thinking and being after "I" that are no action: "I think", "I was the lead". */
export const NOT_ACTIONS = [
  'think',
  'believe',
  'guess',
  'feel',
  'felt',
  'hope',
  'was',
  'am',
  'mean',
  'suppose',
  'know',
  'knew',
  'would',
  'wish',
];
/** Nouns after "my" that name the speaker's own act: "my decision", "my analysis". */
export const MY_ACTIONS = [
  'decision',
  'call',
  'idea',
  'proposal',
  'analysis',
  'plan',
  'design',
  'code',
  'experiment',
  'model',
  'query',
  'recommendation',
  'audit',
  'checklist',
  'bet',
  'suggestion',
  'prototype',
];
/** Simple pasts that do not end in -ed, to spot "the team shipped" style subjects. */
export const IRREGULAR_PASTS = [
  'ran',
  'did',
  'won',
  'grew',
  'saw',
  'wrote',
  'took',
  'drove',
  'chose',
  'began',
  'rose',
  'fell',
];
/** People counted in a role claim: "a team of 6 engineers". */
export const PEOPLE_NOUNS = [
  'engineers',
  'people',
  'developers',
  'designers',
  'analysts',
  'reports',
  'direct',
  'pms',
  'managers',
  'scientists',
  'folks',
  'members',
  'contractors',
  'staff',
];
/** Participles followed by "to" + verb that report a request or an expectation: "was asked to lead". */
export const RAISING_PARTICIPLES = [
  'asked',
  'told',
  'expected',
  'supposed',
  'required',
  'forced',
  'allowed',
  'encouraged',
  'invited',
  'chosen',
  'selected',
  'tasked',
  'needed',
  'meant',
  'said',
  'thought',
  'believed',
  'projected',
  'estimated',
  'predicted',
  'set',
  'scheduled',
  'planned',
  'designed',
  'built',
  'used',
  'hired',
  'brought',
  'pressured',
  'authorized',
  'approved',
];

/** Words that deny a clause: "did not improve", "No ticket had been raised", "never launched". */
export const NEGATION_WORDS = [
  'not',
  'never',
  'no',
  'nothing',
  'nobody',
  'none',
  'neither',
  'nor',
  'cannot',
  'without',
  'didnt',
  'dont',
  'wasnt',
  'werent',
];

/** Words that open a clause before its subject: "after the launch, …", "once the API …". */
export const SUBJECT_LEADS = [
  'that',
  'when',
  'after',
  'before',
  'in',
  'on',
  'at',
  'by',
  'for',
  'with',
  'during',
  'once',
  'since',
  'until',
  'if',
  'as',
  'where',
];
