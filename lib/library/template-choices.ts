/**
 * The templates a rewrite card offers: the user's own first, then the built-ins they have not
 * copied word for word. Pure, and free of database code, so the panel's first bundle can use it.
 */
import type { TemplateRow, TemplateScope } from './model';
import { normalizeText, templateSlots } from './text';

export interface BuiltInTemplate {
  scope: TemplateScope;
  text: string;
  name?: string;
}

export interface TemplateChoice {
  origin: 'user' | 'builtin';
  scope: TemplateScope;
  text: string;
  name: string;
  slots: string[];
  /** The user's template id; absent for built-ins. */
  id?: number;
}

/** The user's templates, then the built-ins they have not copied, for one scope or all. */
export function mergeTemplates(
  builtIns: readonly BuiltInTemplate[],
  user: readonly TemplateRow[],
  scope?: TemplateScope,
): TemplateChoice[] {
  const inScope = <T extends { scope: TemplateScope }>(t: T) => scope === undefined || t.scope === scope;
  const own = user.filter(inScope);
  const ownKeys = new Set(own.map((t) => `${t.scope}|${t.textKey}`));
  return [
    ...own.map((t) => ({
      origin: 'user' as const,
      scope: t.scope,
      text: t.text,
      name: t.name,
      slots: templateSlots(t.text),
      id: t.id,
    })),
    ...builtIns
      .filter(inScope)
      .filter((t) => !ownKeys.has(`${t.scope}|${normalizeText(t.text)}`))
      .map((t) => ({
        origin: 'builtin' as const,
        scope: t.scope,
        text: t.text,
        name: t.name ?? '',
        slots: templateSlots(t.text),
      })),
  ];
}
