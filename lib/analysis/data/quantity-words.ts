/** Spelled-out numbers and units of time, as they appear in interview stories. */

export const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};

export const TIME_UNITS = new Set([
  'ms', 'millisecond', 'milliseconds', 'second', 'seconds', 'sec', 'secs', 'minute', 'minutes', 'min', 'mins',
  'hour', 'hours', 'hr', 'hrs', 'day', 'days', 'week', 'weeks', 'wk', 'wks', 'month', 'months', 'quarter',
  'quarters', 'year', 'years', 'yr', 'yrs', 'sprint', 'sprints', 'semester', 'half', 'halves',
]);

/** Words after a percentage that make it a confidence level, not a result: "95% confidence". */
export const CONFIDENCE_WORDS = ['confidence', 'confident', 'significance', 'significant', 'ci', 'certainty', 'sure', 'certain', 'power', 'probability'];
/** What a share in a test is a share of: "with 15% of users". */
export const SHARE_NOUNS = ['users', 'traffic', 'customers', 'accounts', 'stores', 'sites', 'requests', 'sessions', 'visitors', 'employees', 'merchants', 'sellers', 'drivers', 'riders', 'markets', 'regions', 'the', 'our', 'new', 'all'];
export const SHARE_LEADS = ['with', 'on', 'to', 'for', 'across', 'among', 'of'];
/** Words allowed between a state verb and its number: "was stuck at 8%", "averaged about 60". */
export const BASELINE_FILLERS = [
  'at', 'used', 'averaging', 'hovering', 'around', 'about', 'roughly', 'nearly', 'almost', 'over', 'only', 'just', 'stuck', 'to',
  // "were running at 0.42%", "were waiting a median of 4.2 hours", "took an average of 12 days".
  'running', 'waiting', 'sitting', 'taking', 'costing', 'a', 'an', 'median', 'average', 'mean', 'of',
  // "were flat at ~£6k a match".
  'flat', 'steady', 'stable',
];
/** Money put in, not a result: "a $2M budget", "raised $5M". */
export const MONEY_INPUT_WORDS = ['budget', 'budgeted', 'funding', 'funded', 'invested', 'invest', 'raised', 'paid', 'pay', 'priced', 'price', 'salary', 'valuation'];
/** Money as a price or a cost, when no verb of change moves it: "the project cost $2M". */
export const MONEY_PRICE_WORDS = [...MONEY_INPUT_WORDS, 'spent', 'spend', 'cost', 'costs'];
/** Around a sum of money, words that make it a result rather than a price: "worth $2.6M a year". */
export const MONEY_RESULT_BEFORE = ['worth', 'about', 'roughly', 'approximately', 'around', 'nearly', 'almost', 'saving', 'saved', 'adding', 'added', 'generating', 'generated', 'earning', 'earned', 'bringing', 'brought', 'delivering', 'delivered', 'unlocking', 'unlocked', 'recovering', 'recovered', 'an', 'extra', 'additional', 'incremental', 'over'];
export const MONEY_RESULT_AFTER = ['a', 'per', 'annually', 'annual', 'yearly', 'monthly', 'quarterly', 'in', 'of', 'saved', 'incremental', 'arr', 'mrr', 'revenue', 'savings', 'more', 'less', 'additional'];
/** Words that place a state after the work: "by March they were 600". */
export const LATER_WORDS = ['by', 'after', 'now', 'later', 'then', 'afterwards', 'within', 'since', 'following', 'next', 'end', 'today', 'eventually', 'finally'];
/** Between a figure and its control or old value: "31% against 20%", "8,000 instead of 4,000". */
export const COMPARISON_WORDS = ['against', 'versus', 'vs', 'compared', 'instead'];
