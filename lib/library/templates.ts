/**
 * The user's own rewrite templates. Built-in templates belong to the analyzer; the panel
 * passes them to `mergeTemplates` (./template-choices, which loads no database code), which
 * lists the user's first and hides a built-in the user has copied word for word.
 */
import { CATEGORIES } from '@/lib/analysis';
import { libraryDb, type LibraryDB } from './db';
import { resolveDeps, type LibraryDeps } from './deps';
import { LibraryInputError, NotInLibraryError, TemplateExistsError } from './errors';
import { LIMITS } from './limits';
import type { TemplateRow, TemplateScope } from './model';
import { writeLibrary } from './quota';
import { normalizeText } from './text';

export { mergeTemplates, type BuiltInTemplate, type TemplateChoice } from './template-choices';

export const TEMPLATE_SCOPES: readonly TemplateScope[] = [...CATEGORIES, 'story'];

export interface TemplateInput {
  scope: TemplateScope;
  text: string;
  name?: string;
}

function checkTemplate(input: Partial<TemplateInput>): void {
  if (input.scope !== undefined && !TEMPLATE_SCOPES.includes(input.scope))
    throw new LibraryInputError(`"${input.scope}" is not a category or 'story'.`);
  if (input.text !== undefined) {
    if (!input.text.trim()) throw new LibraryInputError('A template needs text.');
    if (input.text.length > LIMITS.templateText)
      throw new LibraryInputError(`A template can be at most ${LIMITS.templateText} characters.`);
  }
  if (input.name !== undefined && input.name.length > LIMITS.templateName)
    throw new LibraryInputError('The template name is too long.');
}

async function checkFree(db: LibraryDB, scope: TemplateScope, textKey: string, ownId?: number): Promise<void> {
  const other = await db.templates.where('[scope+textKey]').equals([scope, textKey]).first();
  if (other && other.id !== ownId) throw new TemplateExistsError(other.id);
}

export async function addTemplate(input: TemplateInput, deps: Partial<LibraryDeps> = {}): Promise<TemplateRow> {
  const { db, now } = resolveDeps(deps);
  checkTemplate(input);
  const at = now();
  return writeLibrary(db, ['templates'], async () => {
    const textKey = normalizeText(input.text);
    await checkFree(db, input.scope, textKey);
    if ((await db.templates.count()) >= LIMITS.templates)
      throw new LibraryInputError(
        `You have ${LIMITS.templates.toLocaleString('en')} templates, the most a library can hold.`,
      );
    const row = {
      scope: input.scope,
      text: input.text.trim(),
      name: input.name?.trim() ?? '',
      textKey,
      createdAt: at,
      updatedAt: at,
    };
    const id = await db.templates.add(row as TemplateRow);
    return { ...row, id };
  });
}

export async function updateTemplate(
  id: number,
  patch: Partial<TemplateInput>,
  deps: Partial<LibraryDeps> = {},
): Promise<TemplateRow> {
  const { db, now } = resolveDeps(deps);
  checkTemplate(patch);
  return writeLibrary(db, ['templates'], async () => {
    const row = await db.templates.get(id);
    if (!row) throw new NotInLibraryError('template', id);
    const next: TemplateRow = {
      ...row,
      scope: patch.scope ?? row.scope,
      text: patch.text?.trim() ?? row.text,
      name: patch.name?.trim() ?? row.name,
      updatedAt: Math.max(now(), row.updatedAt),
    };
    next.textKey = normalizeText(next.text);
    await checkFree(db, next.scope, next.textKey, id);
    await db.templates.put(next);
    return next;
  });
}

export async function deleteTemplate(id: number, db: LibraryDB = libraryDb): Promise<TemplateRow | undefined> {
  return writeLibrary(db, ['templates'], async () => {
    const row = await db.templates.get(id);
    if (row) await db.templates.delete(id);
    return row;
  });
}

/** The user's templates, oldest first; only one scope's when given. */
export async function listTemplates(scope?: TemplateScope, db: LibraryDB = libraryDb): Promise<TemplateRow[]> {
  const rows =
    scope === undefined ? await db.templates.toArray() : await db.templates.where('scope').equals(scope).toArray();
  return rows.sort((a, b) => a.createdAt - b.createdAt || a.id - b.id);
}
