/**
 * Quantities are read once from the tokens: a number, its currency, and its unit.
 * Rules ask "is this a measured change?" of these, never of raw digits.
 */
import type { Token } from './prepare';
import { NUMBER_WORDS, TIME_UNITS } from './data/quantity-words';

export type QuantityUnit = 'percent' | 'money' | 'multiplier' | 'duration' | 'count';

export interface Quantity {
  start: number;
  end: number;
  text: string;
  value: number;
  unit: QuantityUnit;
  /** Tokens covered, inclusive. */
  firstToken: number;
  lastToken: number;
  /** True when written with digits; "three" and "a dozen" are spelled out. */
  digits: boolean;
  /** A change written with its sign, as notes do: "+1.4pp", "−30%". */
  sign?: 1 | -1;
}

const NUMERIC = /^(\d+(?:[.,]\d+)*)([a-z%×]*)$/;
const DAY_KINDS = new Set([
  'working',
  'business',
  'calendar',
  'school',
  'trading',
  'shipping',
  'man',
  'person',
  'full',
  'clinic',
  'ward',
]);
const SIGNS = new Set(['+', '-', '−', '–']);
const CURRENCY = new Set(['$', '€', '£', '¥', '₹']);
const MONEY_WORDS = new Set(['dollars', 'usd', 'euros', 'eur', 'pounds', 'gbp']);
const MAGNITUDE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
};
const PERCENT_WORDS = new Set(['%', 'percent', 'pp', 'bps', 'pts', 'points', 'pt']);
const DURATION_SUFFIX = new Set(['ms', 's', 'sec', 'min', 'h', 'hr', 'hrs', 'd', 'w']);
const HYPHEN_UNIT = /^([a-z0-9.]+)-(points?|percent|pts?|pp|fold|x)$/;
const HYPHEN_DURATION = /^([a-z0-9.]+)-(ms|seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|sprints?)$/;

function numberValue(lower: string): { value: number; suffix: string; digits: boolean } | undefined {
  const c = lower.charCodeAt(0);
  if (c < 48 || c > 57) {
    const word = NUMBER_WORDS[lower];
    return word === undefined ? undefined : { value: word, suffix: '', digits: false };
  }
  const m = NUMERIC.exec(lower);
  if (m) return { value: Number(m[1]!.replace(/,(?=\d{3}\b)/g, '').replace(',', '.')), suffix: m[2]!, digits: true };
  const word = NUMBER_WORDS[lower];
  return word === undefined ? undefined : { value: word, suffix: '', digits: false };
}

function isWord(tokens: Token[], i: number, set: Set<string> | Record<string, unknown>): boolean {
  const t = tokens[i];
  if (!t) return false;
  return set instanceof Set ? set.has(t.lower) : Object.hasOwn(set, t.lower);
}

export function findQuantities(text: string, tokens: Token[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (
      token.kind === 'punct' ||
      (token.kind === 'word' && !NUMERIC_WORDS.has(token.lower) && !token.lower.includes('-'))
    )
      continue;

    const verbal = MULTIPLYING_VERBS[token.lower];
    if (verbal !== undefined) {
      out.push(make(text, tokens, i, i, verbal, 'multiplier', false));
      continue;
    }
    const fraction = fractionAt(tokens, i);
    if (fraction) {
      out.push(make(text, tokens, fraction.first, fraction.last, fraction.value, 'percent', false));
      i = fraction.last;
      continue;
    }

    const hyphen = token.lower.includes('-') ? HYPHEN_DURATION.exec(token.lower) : null;
    if (hyphen && numberValue(hyphen[1]!)) {
      const n = numberValue(hyphen[1]!)!;
      out.push(make(text, tokens, i, i, n.value, 'duration', n.digits));
      continue;
    }
    // "a 2-point lift", "a 3-fold rise".
    const hyphenUnit = token.lower.includes('-') ? HYPHEN_UNIT.exec(token.lower) : null;
    if (hyphenUnit && numberValue(hyphenUnit[1]!)) {
      const n = numberValue(hyphenUnit[1]!)!;
      const unit = hyphenUnit[2] === 'fold' || hyphenUnit[2] === 'x' ? 'multiplier' : 'percent';
      out.push(make(text, tokens, i, i, n.value, unit, n.digits));
      continue;
    }

    const parsed = numberValue(token.lower);
    if (!parsed) continue;
    // "one" alone is usually a pronoun ("the old one"); it counts only before a unit of time.
    if (!parsed.digits && token.lower === 'one') {
      if (!isWord(tokens, i + 1, TIME_UNITS)) continue;
    }

    let first = i;
    let last = i;
    let value = parsed.value;
    let unit: QuantityUnit = 'count';
    const prev = tokens[i - 1];
    if (prev && CURRENCY.has(prev.text) && token.start - prev.end <= 1) {
      first = i - 1;
      unit = 'money';
    }

    let suffix = parsed.suffix;
    if (suffix in MAGNITUDE) {
      value *= MAGNITUDE[suffix]!;
      suffix = '';
    } else if (suffix === 'x' || suffix === '×') {
      unit = 'multiplier';
    } else if (DURATION_SUFFIX.has(suffix)) {
      unit = 'duration';
    } else if (suffix === '%' || suffix === 'pp' || suffix === 'bps' || suffix === 'pt' || suffix === 'pts') {
      unit = 'percent';
    }

    const next = tokens[i + 1];
    if (next && unit === 'count' && next.start - token.end <= 1) {
      if (next.lower in MAGNITUDE) {
        value *= MAGNITUDE[next.lower]!;
        last = i + 1;
      }
    }
    const after = tokens[last + 1];
    if (after && after.start - tokens[last]!.end <= 1) {
      if (PERCENT_WORDS.has(after.lower)) {
        unit = 'percent';
        last++;
      } else if (after.lower === 'percentage' && tokens[last + 2]?.lower.startsWith('point')) {
        unit = 'percent';
        last += 2;
      } else if (after.text === '×' || after.lower === 'x' || after.lower === 'times') {
        unit = 'multiplier';
        last++;
      } else if (unit === 'count' && MONEY_WORDS.has(after.lower)) {
        unit = 'money';
        last++;
      } else if (unit === 'count' && TIME_UNITS.has(after.lower)) {
        unit = 'duration';
        last++;
      } else if (unit === 'count' && DAY_KINDS.has(after.lower) && TIME_UNITS.has(tokens[last + 2]?.lower ?? '')) {
        // "12 working days", "3 business days".
        unit = 'duration';
        last += 2;
      }
    }
    const quantity = make(text, tokens, first, last, value, unit, parsed.digits);
    // "+1.4pp", "-30%": a sign written against the number, after a space or a bracket.
    const sign = tokens[first - 1];
    const beforeSign = tokens[first - 2];
    if (
      parsed.digits &&
      sign &&
      SIGNS.has(sign.text) &&
      sign.end === tokens[first]!.start &&
      (!beforeSign || beforeSign.end < sign.start || beforeSign.text === '(' || beforeSign.text === ':')
    ) {
      quantity.sign = sign.text === '+' ? 1 : -1;
      quantity.firstToken = first - 1;
      quantity.start = sign.start;
      quantity.text = text.slice(sign.start, quantity.end);
    }
    out.push(quantity);
    i = last;
  }
  return out;
}

const FRACTION_LEADS = new Set(['by', 'in', 'to', 'than']);
const FRACTION_HEDGES = new Set([
  'about',
  'around',
  'roughly',
  'nearly',
  'almost',
  'over',
  'under',
  'just',
  'only',
  'more',
  'less',
  'than',
  'well',
  'over',
]);

/** "doubled", "halved": a change whose size the verb itself states. */
const MULTIPLYING_VERBS: Record<string, number> = { doubled: 2, tripled: 3, quadrupled: 4, halved: 0.5 };
const FRACTIONS: Record<string, number> = { half: 50, third: 33.3, thirds: 66.7, quarter: 25, fifth: 20, tenth: 10 };
/** Words that can start a quantity; every other word is skipped at once. */
const NUMERIC_WORDS = new Set([
  ...Object.keys(NUMBER_WORDS),
  ...Object.keys(MULTIPLYING_VERBS),
  ...Object.keys(FRACTIONS),
  'two-thirds',
]);

/** "by half", "in half", "by a third", "two-thirds": fractions, read only where they size a change. */
function fractionAt(tokens: Token[], i: number): { first: number; last: number; value: number } | undefined {
  const t = tokens[i]!;
  if (t.lower === 'two-thirds' || (t.lower === 'two' && tokens[i + 1]?.lower === 'thirds')) {
    return { first: i, last: t.lower === 'two' ? i + 1 : i, value: 66.7 };
  }
  const value = t.lower === 'half' ? 50 : FRACTIONS[t.lower];
  if (value === undefined) return undefined;
  // "by a third", "by about a quarter", "cut to a third", "in half": the lead, over an article and a hedge.
  let j = i - 1;
  const article = tokens[j]?.lower === 'a' || tokens[j]?.lower === 'one';
  if (article) j--;
  while (j >= 0 && FRACTION_HEDGES.has(tokens[j]!.lower)) j--;
  if (t.lower !== 'half' && !article) return undefined;
  return FRACTION_LEADS.has(tokens[j]?.lower ?? '') ? { first: article ? i - 1 : i, last: i, value } : undefined;
}

function make(
  text: string,
  tokens: Token[],
  first: number,
  last: number,
  value: number,
  unit: QuantityUnit,
  digits: boolean,
): Quantity {
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  return { start, end, text: text.slice(start, end), value, unit, firstToken: first, lastToken: last, digits };
}
