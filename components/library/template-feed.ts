/** The user's templates, live; loaded only when a rewrite card first asks for them. */
import { liveQuery } from 'dexie';
import { listTemplates, type LibraryDB, type TemplateRow, type TemplateScope } from '@/lib/library';

export function watchTemplates(
  scope: TemplateScope | undefined,
  onRows: (rows: TemplateRow[]) => void,
  db?: LibraryDB,
): { unsubscribe(): void } {
  return liveQuery(() => listTemplates(scope, db)).subscribe({
    next: onRows,
    // A library that cannot be read leaves the built-in templates, which need no database.
    error: (error: unknown) => console.error('Ownership Lens could not read your templates', error),
  });
}
