// First: Dexie must load after fake-indexeddb has installed its globals, or liveQuery never emits.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LibraryInputError, TemplateExistsError } from '@/lib/library/errors';
import { addTemplate, deleteTemplate, listTemplates, mergeTemplates, updateTemplate } from '@/lib/library/templates';
import { useLibrary } from './helpers';

const lib = useLibrary();

describe("the user's templates", () => {
  it('adds, lists by scope, updates and deletes', async () => {
    const a = await addTemplate(
      { scope: 'weak-verb', text: 'I [verb] the [thing], which cut [metric] by [X%].', name: 'Verb first' },
      lib.deps,
    );
    const b = await addTemplate(
      { scope: 'story', text: 'Problem: [baseline]. I [decision]. Result: [number]. Lesson: [lesson].' },
      lib.deps,
    );
    expect(await listTemplates(undefined, lib.db)).toEqual([a, b]);
    expect(await listTemplates('story', lib.db)).toEqual([b]);
    const updated = await updateTemplate(a.id, { text: 'I [verb] [thing].' }, lib.deps);
    expect(updated).toMatchObject({
      id: a.id,
      text: 'I [verb] [thing].',
      textKey: 'i [verb] [thing].',
      name: 'Verb first',
      createdAt: a.createdAt,
    });
    expect(await deleteTemplate(a.id, lib.db)).toEqual(updated);
    expect(await listTemplates(undefined, lib.db)).toEqual([b]);
  });

  it('refuses an unknown scope, empty text and a repeat within a scope', async () => {
    await expect(addTemplate({ scope: 'nonsense' as 'story', text: 'x' }, lib.deps)).rejects.toBeInstanceOf(
      LibraryInputError,
    );
    await expect(addTemplate({ scope: 'hedge', text: ' ' }, lib.deps)).rejects.toBeInstanceOf(LibraryInputError);
    const first = await addTemplate({ scope: 'hedge', text: 'We measured [metric].' }, lib.deps);
    const error = await addTemplate({ scope: 'hedge', text: 'we  MEASURED [metric].' }, lib.deps).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TemplateExistsError);
    expect((error as TemplateExistsError).existingId).toBe(first.id);
    await addTemplate({ scope: 'vague-impact', text: 'We measured [metric].' }, lib.deps);
  });
});

describe('mergeTemplates', () => {
  it("lists the user's first with their slots, then built-ins the user has not copied", async () => {
    const own = await addTemplate(
      { scope: 'hedge', text: 'We measured [metric] at [number].', name: 'Mine' },
      lib.deps,
    );
    const builtIns = [
      { scope: 'hedge' as const, text: 'We measured  [metric] at [number].' },
      { scope: 'hedge' as const, text: 'It cut [metric] by [X%] over [period].', name: 'Built-in' },
      { scope: 'story' as const, text: 'Problem → Action → Result → Learning' },
    ];
    const merged = mergeTemplates(builtIns, await listTemplates(undefined, lib.db), 'hedge');
    expect(merged).toEqual([
      { origin: 'user', scope: 'hedge', text: own.text, name: 'Mine', slots: ['metric', 'number'], id: own.id },
      {
        origin: 'builtin',
        scope: 'hedge',
        text: 'It cut [metric] by [X%] over [period].',
        name: 'Built-in',
        slots: ['metric', 'X%', 'period'],
      },
    ]);
    expect(mergeTemplates(builtIns, [], undefined)).toHaveLength(3);
  });
});
