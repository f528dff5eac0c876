/**
 * Rewrites: templates with [slots], filled only from the passage's own words. A slot with no
 * value in the passage stays visible as "[slot]"; nothing is ever invented, least of all a number.
 */
import type { RuleContext } from './passage';
import { lowerBound } from './spans';
import type { Rewrite, Span } from './types';

const SLOT = /\[([^\][]+)\]/g;

/** A template split once into its text and its slots: even indexes are text, odd ones slot names. */
const compiled = new Map<string, string[]>();
function partsOf(template: string): string[] {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(SLOT);
    compiled.set(template, parts);
  }
  return parts;
}

/** Fills each [slot] from the first layer that has a non-blank value for it; the rest stay as "[slot]". */
export function fillTemplate(
  template: string,
  ...layers: Array<Readonly<Record<string, string | undefined>> | undefined>
): string {
  const parts = partsOf(template);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    let value: string | undefined;
    for (let l = layers.length - 1; l >= 0 && !value; l--) value = layers[l]?.[name]?.trim();
    out += (value || `[${name}]`) + parts[i + 1]!;
  }
  return out;
}

/** The spans starting inside [from, to), at most `limit`, from a list sorted by start. */
function spansWithin(spans: readonly Span[], from: number, to: number, limit = 1): Span[] {
  const out: Span[] = [];
  for (
    let i = lowerBound(spans, from, (s) => s.start);
    i < spans.length && spans[i]!.start < to && out.length < limit;
    i++
  )
    out.push(spans[i]!);
  return out;
}

/**
 * Slot values the text between `from` and `to` offers: its metric, its measured change, its
 * period, its method. A rewrite takes them from its own sentence first, then from the passage.
 */
export function slotsWithin(ctx: RuleContext, from = 0, to = ctx.prep.text.length): Record<string, string> {
  const { components, measures, prep } = ctx;
  const slots: Record<string, string> = {};
  const set = (name: string, value: string | undefined) => {
    if (value) slots[name] = value;
  };
  const within = (spans: readonly Span[]) => spansWithin(spans, from, to)[0]?.text;
  const metric = within(components.metric.spans);
  set('metric', metric && midSentence(metric));
  // A rewrite reports what happened, so a period still to come ("by next year") cannot fill it.
  const period = within(components.timeframe.spans);
  set('over what period', period && !AHEAD.test(period) ? midSentence(period) : undefined);
  // A method slot takes a named method ("a 4-week A/B test"), not a sentence about running one.
  const method = spansWithin(components.method.spans, from, to, 8).find((s) => !STARTS_WITH_ACT.test(s.text))?.text;
  set('method', method);
  set('how you tested it', method);
  // The decision as the speaker's verb phrase: "I [moved batch jobs to spot instances]".
  const decision = within(components.decision.spans)?.replace(SPEAKER_LEAD, '');
  set('decided what', decision);
  set('decision', decision);
  const people = spansWithin(components.collaboration.spans, from, to, 2).map((s) => s.text);
  set('who else', people.length ? people.join(' and ') : undefined);

  // A range gives both ends; a single measured change gives the delta.
  for (let i = lowerBound(measures, from, (m) => prep.tokens[m.quantity.firstToken]!.start); i < measures.length; i++) {
    const m = measures[i]!;
    if (prep.tokens[m.quantity.firstToken]!.start >= to) break;
    const next = measures[i + 1];
    if (m.role === 'baseline' && next?.role === 'outcome' && next.first === m.first && !slots.before) {
      set('before', m.quantity.text);
      set('after', next.quantity.text);
    }
    const closesRange = i > 0 && measures[i - 1]!.first === m.first;
    if (m.role === 'outcome' && m.quantity.unit === 'percent' && !closesRange && !slots['X%'])
      set('X%', m.quantity.text);
  }
  return slots;
}

const AHEAD = /\b(?:next|coming|upcoming|soon|later|future)\b/iu;

/** "I ran …", "we interviewed …", "Verified …": a span that tells an act, not a noun phrase. */
const STARTS_WITH_ACT = /^(?:i|we|i'd|i've)\b|^\p{L}+ed\b/iu;
const SPEAKER_LEAD = /^(?:i|i've|i'd)\s+/iu;

/**
 * A span placed mid-sentence: "Response times" that opened its sentence reads "response times"
 * inside a rewrite. Acronyms and names ("NPS", "AWS bill", "Klaviyo") keep their capitals.
 */
export function midSentence(text: string): string {
  if (/^(?:A|An|The)\s/u.test(text)) return text.charAt(0).toLowerCase() + text.slice(1);
  return /^\p{Lu}\p{Ll}/u.test(text) && !/^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(text)
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}

/** Later layers win: passage, then sentence, then the match's own slots. */
export function rewriteFor(template: string, ...slotLayers: Array<Record<string, string> | undefined>): Rewrite {
  return { template, filled: fillTemplate(template, ...slotLayers) };
}

export const STORY_TEMPLATE =
  'Problem: [what was broken, with its number]. Action: I [decision], [how you tested it]. ' +
  'Result: [metric] [the measured change] [over what period]; then [what happened next]. ' +
  'Learning: [what you learned].';

const first = (spans: readonly Span[]) => spans[0]?.text;

export function storyTemplate(ctx: RuleContext, passage: Record<string, string>): Rewrite {
  const { components } = ctx;
  return rewriteFor(STORY_TEMPLATE, passage, {
    'what was broken, with its number': first(components.problem.spans) ?? '',
    'the measured change': first(components.outcome.spans) ?? '',
    'what happened next': first(components.scale.spans) ?? '',
    'what you learned': first(components.learning.spans) ?? '',
  });
}
