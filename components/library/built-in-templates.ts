/** The analyzer's own rewrite templates, one per rule, and the whole-story template, as template choices. */
import { RULES, STORY_TEMPLATE } from '@/lib/analysis';
import type { BuiltInTemplate } from '@/lib/library/template-choices';

let cached: BuiltInTemplate[] | undefined;

export function builtInTemplates(): readonly BuiltInTemplate[] {
  cached ??= [
    ...RULES.map((rule) => ({ scope: rule.category, text: rule.rewrite, name: rule.id })),
    { scope: 'story' as const, text: STORY_TEMPLATE, name: 'Problem → Action → Result → Learning' },
  ];
  return cached;
}
