/**
 * English function words the search index leaves out: articles, pronouns, forms of be, have
 * and do, a few modal verbs, and the commonest prepositions and conjunctions. They occur in
 * almost every snippet, so indexing them costs IndexedDB entries (one per word per snippet)
 * and finds nothing anyone looks for. Words that carry meaning in an interview story are
 * deliberately not here: "up", "down", "not", "over", "before", numbers, and words that are
 * also names ("US", "IT", "May").
 *
 * Folded the way the index folds words (lower case, accents off).
 */
const GROUPS = [
  // articles
  'a an the',
  // pronouns and possessives
  'i me my mine myself we our ours ourselves you your yours he him his she her hers its they them their theirs',
  'this that these those who whom which what',
  // be, have, do, and modal verbs
  'am is are was were be been being have has had having do does did will would can could shall should',
  // prepositions and conjunctions
  'and or but nor so if than then as at by for from in into of on onto to with',
];

export const STOPWORDS: ReadonlySet<string> = new Set(GROUPS.join(' ').split(' '));
