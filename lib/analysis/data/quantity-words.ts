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
