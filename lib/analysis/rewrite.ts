/**
 * Rewrites: templates with [slots], filled only from the passage's own words. A slot with no
 * value in the passage stays visible as "[slot]"; nothing is ever invented, least of all a number.
 */
import type { RuleContext } from './passage';
import type { Rewrite, Span } from './types';

const SLOT = /\[([^\][]+)\]/g;

export function fillTemplate(template: string, slots: Readonly<Record<string, string | undefined>>): string {
  return template.replace(SLOT, (whole, name: string) => {
    const value = slots[name]?.trim();
    return value ? value : whole;
  });
}

function first(spans: readonly Span[]): string | undefined {
  return spans[0]?.text;
}

/** Slot values the whole passage offers: its metric, its measured change, its period, its method. */
export function passageSlots(ctx: RuleContext): Record<string, string> {
  const { components, measures } = ctx;
  const slots: Record<string, string> = {};
  const set = (name: string, value: string | undefined) => {
    if (value) slots[name] = value;
  };
  set('metric', first(components.metric.spans));
  set('over what period', first(components.timeframe.spans));
  set('method', first(components.method.spans));
  set('how you tested it', first(components.method.spans));
  const people = components.collaboration.spans.slice(0, 2).map((s) => s.text);
  set('who else', people.length ? people.join(' and ') : undefined);
  set('decided what', first(components.decision.spans));
  set('decision', first(components.decision.spans));

  const outcomes = measures.filter((m) => m.role === 'outcome');
  // A range gives both ends; a single measured change gives the delta.
  for (let i = 0; i < measures.length - 1; i++) {
    const a = measures[i]!;
    const b = measures[i + 1]!;
    if (a.role === 'baseline' && b.role === 'outcome' && b.first === a.first) {
      set('before', a.quantity.text);
      set('after', b.quantity.text);
      break;
    }
  }
  const delta = outcomes.find((m) => m.quantity.unit === 'percent' && m.first !== measures[measures.indexOf(m) - 1]?.first);
  set('X%', delta?.quantity.text);
  return slots;
}

export function rewriteFor(template: string, passage: Record<string, string>, own?: Record<string, string>): Rewrite {
  return { template, filled: fillTemplate(template, { ...passage, ...own }) };
}

export const STORY_TEMPLATE =
  'Problem: [what was broken, with its number]. Action: I [decision], [how you tested it]. ' +
  'Result: [metric] [the measured change] [over what period]; then [what happened next]. ' +
  'Learning: [what you learned].';

export function storyTemplate(ctx: RuleContext, passage: Record<string, string>): Rewrite {
  const { components } = ctx;
  return rewriteFor(STORY_TEMPLATE, passage, {
    'what was broken, with its number': first(components.problem.spans) ?? '',
    'the measured change': first(components.outcome.spans) ?? '',
    'what happened next': first(components.scale.spans) ?? '',
    'what you learned': first(components.learning.spans) ?? '',
  });
}
