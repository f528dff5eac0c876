import { useId, useRef, useState } from 'preact/hooks';
import {
  addTemplate,
  deleteTemplate,
  listTemplates,
  updateTemplate,
  type TemplateInput,
  type TemplateRow,
} from '@/lib/library';
import { builtInTemplates } from './built-in-templates';
import { useLibraryEnv } from './env';
import { messageOf } from './format';
import { SCOPE_LABELS, TemplateForm } from './TemplateForm';
import type { ToastSpec } from './UndoToast';
import { useLiveQuery } from './useLiveQuery';

/** The user's own rewrite templates: listed, added, edited in place and deleted with Undo; the built-ins to start from. */
export function TemplatesView({ toast }: { toast: (spec: ToastSpec, options?: { focus?: boolean }) => void }) {
  const env = useLibraryEnv();
  const id = useId();
  const templates = useLiveQuery(() => listTemplates(undefined, env.db), [env.db]).value;
  const [editing, setEditing] = useState<number | null>(null);
  const [start, setStart] = useState<TemplateInput | undefined>(undefined);
  const addHeading = useRef<HTMLHeadingElement>(null);

  const remove = async (row: TemplateRow) => {
    try {
      await deleteTemplate(row.id, env.db);
      toast({
        message: `Deleted the template “${row.name || row.text.slice(0, 40)}”.`,
        undo: () => addTemplate({ scope: row.scope, text: row.text, name: row.name }, env),
        afterUndo: () => addHeading.current?.focus(),
      });
    } catch (e) {
      toast({ message: messageOf(e) }, { focus: false });
    }
  };

  return (
    <section class="lib-templates" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} class="lib-visually-hidden">
        Templates
      </h2>
      <p class="lib-hint">Your templates are offered first on the rewrite cards of the same kind of finding.</p>
      {templates && templates.length === 0 && <p class="lib-empty">No templates of your own yet.</p>}
      {templates && templates.length > 0 && (
        <ul class="lib-list" aria-label="Your templates">
          {templates.map((t) => (
            <li key={t.id} class="lib-template">
              {editing === t.id ? (
                <TemplateForm
                  initial={t}
                  submitLabel="Save template"
                  focusOnOpen
                  onCancel={() => setEditing(null)}
                  onSubmit={async (input) => {
                    await updateTemplate(t.id, input, env);
                    setEditing(null);
                    toast({ message: 'Saved the template.' }, { focus: false });
                  }}
                />
              ) : (
                <>
                  <p class="lib-template__scope">
                    {SCOPE_LABELS(t.scope)}
                    {t.name && `: ${t.name}`}
                  </p>
                  <p class="lib-template__text">{t.text}</p>
                  <div class="lib-actions">
                    <button type="button" class="lib-button" onClick={() => setEditing(t.id)}>
                      Edit
                    </button>
                    <button type="button" class="lib-button lib-button--danger" onClick={() => void remove(t)}>
                      Delete
                    </button>
                  </div>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <h3 id={`${id}-add`} ref={addHeading} tabIndex={-1}>
        Add a template
      </h3>
      <TemplateForm
        initial={start}
        submitLabel="Add template"
        onSubmit={async (input) => {
          await addTemplate(input, env);
          setStart(undefined);
          toast({ message: 'Added the template.' }, { focus: false });
        }}
      />
      <details class="lib-builtins">
        <summary>Built-in templates to start from</summary>
        <ul class="lib-list" aria-label="Built-in templates">
          {builtInTemplates().map((t) => (
            <li key={`${t.scope}|${t.text}`} class="lib-template">
              <p class="lib-template__scope">{SCOPE_LABELS(t.scope)}</p>
              <p class="lib-template__text">{t.text}</p>
              <button
                type="button"
                class="lib-button"
                onClick={() => {
                  setStart({ scope: t.scope, text: t.text, name: '' });
                  addHeading.current?.focus();
                }}
              >
                Start from this one
              </button>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
