import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { CATEGORY_LABELS } from '@/components/labels';
import { TEMPLATE_SCOPES, templateSlots, type TemplateInput, type TemplateScope } from '@/lib/library';
import { messageOf } from './format';

export const SCOPE_LABELS = (scope: TemplateScope) => (scope === 'story' ? 'Whole story' : CATEGORY_LABELS[scope]);

export interface TemplateFormProps {
  initial?: TemplateInput;
  submitLabel: string;
  onSubmit: (input: TemplateInput) => Promise<unknown>;
  onCancel?: () => void;
  focusOnOpen?: boolean;
}

/** Scope, name and text of a template; the slots it has are listed as they are typed. */
export function TemplateForm({ initial, submitLabel, onSubmit, onCancel, focusOnOpen }: TemplateFormProps) {
  const id = useId();
  const [scope, setScope] = useState<TemplateScope>(initial?.scope ?? 'weak-verb');
  const [name, setName] = useState(initial?.name ?? '');
  const [text, setText] = useState(initial?.text ?? '');
  const [error, setError] = useState('');
  const textBox = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (focusOnOpen) textBox.current?.focus();
  }, []);
  useEffect(() => {
    if (initial) {
      setScope(initial.scope);
      setName(initial.name ?? '');
      setText(initial.text);
    }
  }, [initial]);
  const slots = templateSlots(text);

  const submit = async (event: Event) => {
    event.preventDefault();
    setError('');
    try {
      await onSubmit({ scope, name, text });
      if (!initial || !onCancel) {
        setName('');
        setText('');
      }
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <form
      class="lib-template-form"
      onSubmit={submit}
      onKeyDown={(e) => onCancel && e.key === 'Escape' && (e.preventDefault(), onCancel())}
    >
      <label for={`${id}-scope`}>Used for</label>
      <select id={`${id}-scope`} value={scope} onChange={(e) => setScope(e.currentTarget.value as TemplateScope)}>
        {TEMPLATE_SCOPES.map((s) => (
          <option key={s} value={s}>
            {SCOPE_LABELS(s)}
          </option>
        ))}
      </select>
      <label for={`${id}-name`}>Name (optional)</label>
      <input id={`${id}-name`} type="text" value={name} onInput={(e) => setName(e.currentTarget.value)} />
      <label for={`${id}-text`}>Template</label>
      <textarea
        id={`${id}-text`}
        ref={textBox}
        rows={3}
        value={text}
        aria-describedby={`${id}-slots`}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <p id={`${id}-slots`} class="lib-hint">
        Put the parts to fill in [brackets].{' '}
        {slots.length > 0 ? `Slots: ${slots.map((s) => `[${s}]`).join(', ')}.` : 'No slots yet.'}
      </p>
      {error && (
        <p class="lib-error" role="alert">
          {error}
        </p>
      )}
      <div class="lib-actions">
        <button type="submit" class="lib-button lib-button--primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" class="lib-button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
