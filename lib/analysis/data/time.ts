/** When, or over how long. Rates ("60 a week") are not timeframes; periods are. */
export const PERIOD_UNITS = [
  'day', 'days', 'week', 'weeks', 'month', 'months', 'quarter', 'quarters', 'year', 'years', 'sprint',
  'sprints', 'hour', 'hours', 'minute', 'minutes', 'half', 'semester', 'fortnight', 'weekend', 'weekends',
  'season', 'night', 'nights', 'term', 'spring', 'summer', 'autumn', 'winter',
];
export const PERIOD_PREPOSITIONS = [
  'in', 'within', 'over', 'for', 'during', 'across', 'after', 'inside', 'under', 'throughout', 'by',
  'until', 'till', 'through', 'since', 'before',
];
/** Verbs that give the length of the work itself when the work is their subject: "the rewrite took five weeks". */
export const DURATION_VERBS = ['took', 'lasted', 'spent', 'spending', 'taking'];
/** Subjects that make such a length a timeframe rather than a baseline ("deploys took 45 minutes" is a baseline). */
export const WORK_NOUNS = [
  'it', 'this', 'that', 'i', 'we', 'rewrite', 'migration', 'project', 'work', 'build', 'launch', 'rollout', 'change',
  'fix', 'pilot', 'test', 'experiment', 'effort', 'program', 'initiative', 'redesign', 'cutover', 'integration',
];
/** Words allowed between the preposition and the unit: "over the next two quarters". */
export const PERIOD_FILLERS = [
  'the', 'a', 'an', 'just', 'only', 'about', 'roughly', 'nearly', 'almost', 'around', 'under', 'over',
  'first', 'next', 'last', 'past', 'following', 'same', 'whole', 'entire', 'single', 'few', 'couple', 'of',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'ninety', 'less', 'than', 'more', 'full',
  'calendar', 'fiscal', 'subsequent', 'initial', 'final', 'busiest', 'peak', 'holiday', 'end', 'start',
  'beginning', 'middle', 'span', 'course', 'period', 'space', 'spring', 'summer', 'autumn', 'winter',
  'school', 'academic', 'financial',
];
export const DEICTIC_PERIODS = ['this', 'last', 'next', 'that', 'following', 'previous', 'prior'];
/** Words after a period that make it a timeframe without a preposition: "a month later". */
export const PERIOD_AFTER = ['later', 'after', 'afterwards', 'afterward', 'on', 'in', 'out'];
export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
export const QUARTERS = ['q1', 'q2', 'q3', 'q4'];
export const NAMED_PERIODS = /^(?:q[1-4]|h[12]|fy\d{2,4}|q[1-4]-\d{2,4}|\d{4}-q[1-4])$/;
export const YEAR = /^(?:19|20)\d{2}$/;
