import { useEffect, useId, useState } from 'preact/hooks';
import type { Analysis } from '@/lib/analysis';
import { listPrinciples, saveSnippet, StorageFullError } from '@/lib/library';
import type { PassageSource } from '@/lib/messaging/protocol';
import { useLibraryEnv } from './env';
import { messageOf, parseTags, scoreText } from './format';
import { useLiveQuery } from './useLiveQuery';
import './library.css';

export interface SaveToLibraryProps {
  /** The passage (or an applied rewrite) to keep. */
  text: string;
  analysis: Analysis;
  source?: PassageSource;
}

type Outcome = { kind: 'saved' | 'updated'; text: string } | { kind: 'error'; text: string; full: boolean } | null;

/** What the last save did, by passage: outlives this component, which the panel may unmount and mount again. */
let lastOutcome: { text: string; db: unknown; outcome: Outcome } | undefined;

const remembered = (text: string, db: unknown): Outcome =>
  lastOutcome && lastOutcome.text === text && lastOutcome.db === db ? lastOutcome.outcome : null;

/**
 * One click keeps the passage with its analysis and where it came from; tags and a principle
 * can be added inline first. Saving a text already in the library updates that snippet.
 */
export function SaveToLibrary({ text, analysis, source }: SaveToLibraryProps) {
  const env = useLibraryEnv();
  const id = useId();
  const principles = useLiveQuery(() => listPrinciples(env.db), [env.db]).value ?? [];
  const [tags, setTags] = useState('');
  const [principle, setPrinciple] = useState('');
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcomeState] = useState<Outcome>(() => remembered(text, env.db));
  const setOutcome = (next: Outcome) => {
    lastOutcome = { text, db: env.db, outcome: next };
    setOutcomeState(next);
  };
  // A new passage has not been saved yet, whatever the last one did; the same passage shown
  // again (the panel re-scored it, or rebuilt its view) still says what happened to it.
  useEffect(() => setOutcomeState(remembered(text, env.db)), [text]);
  const empty = text.trim() === '';

  const save = async (event: Event) => {
    event.preventDefault();
    if (empty || saving) return;
    setSaving(true);
    try {
      const fromPage = source && source.kind !== 'paste';
      const { created, snippet } = await saveSnippet(
        {
          text,
          analysis,
          tags: parseTags(tags),
          principles: principle ? [principle] : [],
          sourceTitle: fromPage ? source.title : '',
          sourceUrl: fromPage ? source.url : '',
        },
        env,
      );
      const where = snippet.principles.length > 0 ? ` under ${snippet.principles.join(', ')}` : '';
      setOutcome(
        created
          ? { kind: 'saved', text: `Saved to your library${where}: ${scoreText(snippet.score, snippet.band)}.` }
          : { kind: 'updated', text: `Updated existing snippet: this text was already in your library${where}.` },
      );
    } catch (error) {
      setOutcome({ kind: 'error', text: messageOf(error), full: error instanceof StorageFullError });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="lib-save" aria-labelledby={`${id}-h`} onSubmit={save}>
      <h2 id={`${id}-h`}>Save to your library</h2>
      <div class="lib-save__fields">
        <div class="lib-field">
          <label for={`${id}-tags`}>Tags</label>
          <input
            id={`${id}-tags`}
            type="text"
            value={tags}
            aria-describedby={`${id}-tags-hint`}
            onInput={(e) => setTags(e.currentTarget.value)}
          />
          <p id={`${id}-tags-hint`} class="lib-hint">
            Optional; separate tags with commas.
          </p>
        </div>
        <div class="lib-field">
          <label for={`${id}-principle`}>Leadership principle</label>
          <select id={`${id}-principle`} value={principle} onChange={(e) => setPrinciple(e.currentTarget.value)}>
            <option value="">None</option>
            {principles.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button
        type="submit"
        class="lib-button lib-button--primary"
        aria-disabled={empty || saving ? 'true' : undefined}
        aria-describedby={empty ? `${id}-empty` : undefined}
      >
        Save to library
      </button>
      {empty && (
        <p id={`${id}-empty`} class="lib-hint">
          There is no text to save yet.
        </p>
      )}
      <p class="lib-status" role="status">
        {outcome && outcome.kind !== 'error' ? outcome.text : ''}
      </p>
      {outcome?.kind === 'error' && (
        <p class={`lib-error${outcome.full ? ' lib-error--storage' : ''}`} role="alert">
          {outcome.full ? '' : 'Not saved. '}
          {outcome.text}
        </p>
      )}
    </form>
  );
}
