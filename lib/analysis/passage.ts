/**
 * The context every component detector and rule reads: the prepared text, what each number is
 * doing, and (for rules) which components are present. Built once per analyze() call.
 */
import { classifyQuantities, type Measure } from './measures';
import { prepare, type Prepared } from './prepare';
import { readActs, type Act } from './reading';
import { lowerBound } from './spans';
import type { Category, ComponentId, ComponentResult, Severity, Span } from './types';

export interface Passage {
  prep: Prepared;
  /** Every quantity with its role, in text order. */
  measures: Measure[];
  /** Who did what to which thing, in text order. */
  acts: Act[];
}

export interface RuleContext extends Passage {
  components: Record<ComponentId, ComponentResult>;
}

export function preparePassage(text: string): Passage {
  const prep = prepare(text);
  const measures = classifyQuantities(prep);
  return { prep, measures, acts: readActs(prep, measures) };
}

/** One hit of a rule: a span of the input, and slot values taken from the passage's own words. */
export interface RuleMatch {
  start: number;
  end: number;
  slots?: Record<string, string>;
  /** A template for this hit in place of the rule's own, when the hit's shape needs another sentence. */
  template?: string;
  /** The words this hit's rewrite replaces, as offsets, when they are not the sentence or the hit. */
  replaces?: { start: number; end: number };
}

export interface RuleExample {
  /** A passage where the rule must fire. */
  text: string;
  /** The exact text of the span it must report. */
  span: string;
}

export interface Rule {
  id: string;
  category: Category;
  severity: Severity;
  /** One line, for the settings list and the docs. */
  description: string;
  message: string;
  why: string;
  question: string;
  /** BAD → GOOD template: slots in brackets, filled from the passage where it can be. */
  rewrite: string;
  match(ctx: RuleContext): RuleMatch[];
  examples: { bad: RuleExample[]; good: string[] };
}

export interface ComponentDetector {
  id: ComponentId;
  /** The bar-raiser question to ask when the component is missing. */
  question: string;
  /** `found` holds the components detected before this one, in the model's order. */
  detect(passage: Passage, found: Partial<Record<ComponentId, ComponentResult>>): Span[];
}

/** A span from token `first` to token `last`, inclusive, as offsets into the text. */
export function spanOf(prep: Prepared, first: number, last: number): Span {
  const start = prep.tokens[first]!.start;
  const end = prep.tokens[last]!.end;
  return { start, end, text: prep.text.slice(start, end) };
}

/** A match from token `first` to token `last`, inclusive. */
export function matchOf(prep: Prepared, first: number, last: number, slots?: Record<string, string>): RuleMatch {
  return { start: prep.tokens[first]!.start, end: prep.tokens[last]!.end, ...(slots ? { slots } : {}) };
}

/** Measures whose number starts within tokens from..to (inclusive); measures are in text order. */
export function measuresIn(measures: readonly Measure[], from: number, to: number): Measure[] {
  const out: Measure[] = [];
  for (
    let i = lowerBound(measures, from, (m) => m.quantity.firstToken);
    i < measures.length && measures[i]!.quantity.firstToken <= to;
    i++
  )
    out.push(measures[i]!);
  return out;
}

/** True when `offset` lies inside one of `spans`, which must be sorted and not overlap. */
export function insideSpans(spans: readonly Span[], offset: number): boolean {
  const s = spans[lowerBound(spans, offset + 1, (span) => span.end)];
  return !!s && s.start <= offset && offset < s.end;
}
