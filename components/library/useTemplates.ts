/**
 * For the panel's rewrite cards: the templates to offer for a finding's category (or 'story'),
 * the user's own first, then the built-ins, kept live as the user edits them in the library.
 * Light on purpose: the database code loads in the background on first use, and until then
 * (or if it fails) the built-ins are there.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { TemplateRow, TemplateScope } from '@/lib/library/model';
import { mergeTemplates, type TemplateChoice } from '@/lib/library/template-choices';
import { builtInTemplates } from './built-in-templates';
import { useLibraryEnv } from './env';

export type { TemplateChoice };
export { builtInTemplates };
export { fillSlots, slotValuesOf } from './template-fill';

export function useTemplates(scope?: TemplateScope): TemplateChoice[] {
  const { db } = useLibraryEnv();
  const [rows, setRows] = useState<readonly TemplateRow[]>([]);
  useEffect(() => {
    let live = true;
    let subscription: { unsubscribe(): void } | undefined;
    import('./template-feed').then(
      ({ watchTemplates }) => {
        if (live) subscription = watchTemplates(scope, setRows, db);
      },
      (error: unknown) => console.error('Ownership Lens could not load your templates', error),
    );
    return () => {
      live = false;
      subscription?.unsubscribe();
    };
  }, [scope, db]);
  return useMemo(() => mergeTemplates(builtInTemplates(), rows, scope), [rows, scope]);
}
