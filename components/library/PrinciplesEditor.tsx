import { useId, useState } from 'preact/hooks';
import { addPrinciple, removePrinciple, renamePrinciple, reorderPrinciples } from '@/lib/library';
import { useLibraryEnv } from './env';
import { messageOf } from './format';
import type { ToastSpec } from './UndoToast';

/**
 * The editable list of leadership principles. Renaming and removing reach every snippet and
 * story that has the principle, so removing asks once more before it runs.
 */
export function PrinciplesEditor({
  principles,
  toast,
}: {
  principles: readonly string[];
  toast: (spec: ToastSpec, options?: { focus?: boolean }) => void;
}) {
  const env = useLibraryEnv();
  const id = useId();
  const [adding, setAdding] = useState('');
  const [renaming, setRenaming] = useState<{ from: string; to: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState('');

  const run = async (change: () => Promise<unknown>, message: string) => {
    setError('');
    try {
      await change();
      toast({ message }, { focus: false });
      return true;
    } catch (e) {
      setError(messageOf(e));
      return false;
    }
  };
  const move = (name: string, by: -1 | 1) => {
    const order = [...principles];
    const at = order.indexOf(name);
    const to = at + by;
    if (to < 0 || to >= order.length) return;
    [order[at], order[to]] = [order[to]!, order[at]!];
    void run(() => reorderPrinciples(order, env.db), `Moved “${name}” ${by < 0 ? 'up' : 'down'}.`);
  };

  return (
    <details class="lib-principles">
      <summary>Edit the list of leadership principles ({principles.length})</summary>
      <ol class="lib-principles__list" aria-label="Leadership principles">
        {principles.map((name, i) => (
          <li key={name}>
            {renaming?.from === name ? (
              <form
                class="lib-inline-form"
                onSubmit={async (e) => {
                  e.preventDefault();
                  if (
                    await run(
                      () => renamePrinciple(name, renaming.to, env.db),
                      `Renamed “${name}” to “${renaming.to.trim()}” everywhere.`,
                    )
                  )
                    setRenaming(null);
                }}
              >
                <label for={`${id}-rename`}>New name for {name}</label>
                <input
                  id={`${id}-rename`}
                  type="text"
                  value={renaming.to}
                  autoFocus
                  onInput={(e) => setRenaming({ from: name, to: e.currentTarget.value })}
                />
                <button type="submit" class="lib-button">
                  Rename
                </button>
                <button type="button" class="lib-button lib-button--quiet" onClick={() => setRenaming(null)}>
                  Cancel
                </button>
              </form>
            ) : (
              <>
                <span>{name}</span>{' '}
                <span class="lib-actions lib-actions--inline">
                  <button
                    type="button"
                    class="lib-button lib-button--quiet"
                    aria-label={`Move ${name} up`}
                    disabled={i === 0}
                    onClick={() => move(name, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    class="lib-button lib-button--quiet"
                    aria-label={`Move ${name} down`}
                    disabled={i === principles.length - 1}
                    onClick={() => move(name, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    class="lib-button lib-button--quiet"
                    aria-label={`Rename ${name}`}
                    onClick={() => setRenaming({ from: name, to: name })}
                  >
                    Rename
                  </button>
                  {confirming === name ? (
                    <button
                      type="button"
                      class="lib-button lib-button--danger"
                      onClick={() =>
                        void run(
                          () => removePrinciple(name, env.db),
                          `Removed “${name}” from the list and from every snippet and story.`,
                        ).then(() => setConfirming(null))
                      }
                    >
                      Remove “{name}” from every snippet and story
                    </button>
                  ) : (
                    <button
                      type="button"
                      class="lib-button lib-button--quiet"
                      aria-label={`Remove ${name}`}
                      onClick={() => setConfirming(name)}
                    >
                      Remove
                    </button>
                  )}
                </span>
              </>
            )}
          </li>
        ))}
      </ol>
      <form
        class="lib-inline-form"
        onSubmit={async (e) => {
          e.preventDefault();
          if (await run(() => addPrinciple(adding, env.db), `Added “${adding.trim()}”.`)) setAdding('');
        }}
      >
        <label for={`${id}-add`}>Add a principle</label>
        <input id={`${id}-add`} type="text" value={adding} onInput={(e) => setAdding(e.currentTarget.value)} />
        <button type="submit" class="lib-button">
          Add
        </button>
      </form>
      {error && (
        <p class="lib-error" role="alert">
          {error}
        </p>
      )}
    </details>
  );
}
