import { useEffect, useId, useRef, useState } from 'preact/hooks';
import {
  fillPendingWords,
  listTags,
  prepareSearch,
  searchSnippets,
  type Band,
  type SnippetSort,
  type StoryRow,
} from '@/lib/library';
import type { ApplyResult } from '@/lib/messaging/protocol';
import { useLibraryEnv } from './env';
import { messageOf, plural } from './format';
import { SnippetItem } from './SnippetItem';
import type { ToastSpec } from './UndoToast';
import { useDebounced } from './useDebounced';
import { useLiveQuery } from './useLiveQuery';

/** Rows rendered at first and added by each "Show more": the list renders pages, never all 10,000. */
export const PAGE_SIZE = 30;

const INSERT_OFF = 'Insert into page works when the panel follows a selection in an editable field on a page.';

export interface SnippetsViewProps {
  principles: readonly string[];
  stories: readonly StoryRow[];
  insertIntoPage?: (text: string) => Promise<ApplyResult>;
  toast: (spec: ToastSpec, options?: { focus?: boolean }) => void;
}

interface Filters {
  tag: string;
  principle: string;
  storyId: string;
  minBand: '' | Band;
  sort: SnippetSort;
}

const NO_FILTERS: Filters = { tag: '', principle: '', storyId: '', minBand: '', sort: 'relevance' };

export function SnippetsView({ principles, stories, insertIntoPage, toast }: SnippetsViewProps) {
  const env = useLibraryEnv();
  const id = useId();
  const searchBox = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const query = useDebounced(text);
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => {
    setFilters((f) => ({ ...f, [key]: value }));
    setLimit(PAGE_SIZE);
  };
  useEffect(() => setLimit(PAGE_SIZE), [query]);

  const result = useLiveQuery(
    () =>
      searchSnippets(
        {
          text: query,
          tag: filters.tag || undefined,
          principle: filters.principle || undefined,
          storyId: filters.storyId ? Number(filters.storyId) : undefined,
          minBand: filters.minBand || undefined,
          sort: filters.sort,
          limit,
        },
        env.db,
      ),
    [query, filters, limit, env.db],
  );
  const tags = useLiveQuery(() => listTags(env.db), [env.db]).value ?? [];
  const page = result.value;
  const filtered =
    query.trim() !== '' ||
    filters.tag !== '' ||
    filters.principle !== '' ||
    filters.storyId !== '' ||
    filters.minBand !== '';

  // Once the first list is on screen, the search index is built in the background for the first
  // keystroke, then the search words an import or an upgrade left for later are written.
  const shown = page !== undefined;
  useEffect(() => {
    if (!shown) return;
    const timer = setTimeout(
      () =>
        void prepareSearch(env.db)
          .then(() => fillPendingWords(env.db))
          .catch(() => undefined),
      50,
    );
    return () => clearTimeout(timer);
  }, [shown, env.db]);

  const status = result.error
    ? `The library could not be read: ${messageOf(result.error)}`
    : !page
      ? 'Loading your library…'
      : filtered
        ? `${plural(page.total, 'snippet')} ${page.total === 1 ? 'matches' : 'match'}${query.trim() ? ` “${query.trim()}”` : ''}.`
        : `${plural(page.total, 'snippet')} in your library.`;
  const focusList = () => searchBox.current?.focus();
  // "Show more" hands focus to the first snippet it added: the button may be gone once all are shown.
  const list = useRef<HTMLUListElement>(null);
  const focusAt = useRef<number | null>(null);
  useEffect(() => {
    const at = focusAt.current;
    if (at === null || !page || page.items.length <= at) return;
    focusAt.current = null;
    list.current?.querySelectorAll<HTMLElement>(':scope > li')[at]?.focus();
  }, [page]);

  return (
    <section class="lib-snippets" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} class="lib-visually-hidden">
        Snippets
      </h2>
      <div class="lib-search" role="search">
        <label for={`${id}-q`}>Search snippets</label>
        <input
          id={`${id}-q`}
          ref={searchBox}
          type="search"
          value={text}
          autocomplete="off"
          spellcheck={false}
          aria-describedby={`${id}-q-hint`}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <p id={`${id}-q-hint`} class="lib-hint">
          Finds words that begin with what you type, in the text, notes and tags. Common words such as “the” or “we” are
          skipped.
        </p>
      </div>
      <div class="lib-filters">
        <label>
          Tag
          <select value={filters.tag} onChange={(e) => set('tag', e.currentTarget.value)}>
            <option value="">Any tag</option>
            {tags.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <label>
          Principle
          <select value={filters.principle} onChange={(e) => set('principle', e.currentTarget.value)}>
            <option value="">Any principle</option>
            {principles.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
        <label>
          Story
          <select value={filters.storyId} onChange={(e) => set('storyId', e.currentTarget.value)}>
            <option value="">Any story</option>
            {stories.map((s) => (
              <option key={s.id} value={String(s.id)}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          Minimum band
          <select value={filters.minBand} onChange={(e) => set('minBand', e.currentTarget.value as Filters['minBand'])}>
            <option value="">Any band</option>
            <option value="partial">Partial or strong</option>
            <option value="strong">Strong only</option>
          </select>
        </label>
        <label>
          Sort
          <select value={filters.sort} onChange={(e) => set('sort', e.currentTarget.value as SnippetSort)}>
            <option value="relevance">Best match</option>
            <option value="newest">Newest</option>
            <option value="score">Highest score</option>
          </select>
        </label>
        {filtered && (
          <button
            type="button"
            class="lib-button lib-button--quiet"
            onClick={() => {
              setText('');
              setFilters(NO_FILTERS);
              setLimit(PAGE_SIZE);
              focusList();
            }}
          >
            Clear search and filters
          </button>
        )}
      </div>
      <p class="lib-count" role="status" aria-live="polite" aria-atomic="true">
        {status}
      </p>
      {!insertIntoPage && (
        <p id={`${id}-insert-off`} class="lib-hint">
          {INSERT_OFF}
        </p>
      )}
      {page && page.items.length === 0 && (
        <p class="lib-empty">
          {filtered
            ? 'No snippet matches. Try fewer letters, or clear the filters.'
            : 'Your library is empty. Save a passage from the Analysis tab with “Save to library”.'}
        </p>
      )}
      {page && page.items.length > 0 && (
        <ul class="lib-list" aria-label="Snippets" aria-busy={result.pending} ref={list}>
          {page.items.map((snippet) => (
            <SnippetItem
              key={snippet.id}
              snippet={snippet}
              terms={page.terms}
              principles={principles}
              stories={stories}
              insertIntoPage={insertIntoPage}
              insertOffReasonId={`${id}-insert-off`}
              insertOffReason={INSERT_OFF}
              toast={toast}
              focusList={focusList}
            />
          ))}
        </ul>
      )}
      {page && page.items.length < page.total && (
        <button
          type="button"
          class="lib-button lib-more"
          onClick={() => {
            focusAt.current = page.items.length;
            setLimit((n) => n + PAGE_SIZE);
          }}
        >
          Show {Math.min(PAGE_SIZE, page.total - page.items.length)} more ({page.items.length.toLocaleString('en')} of{' '}
          {page.total.toLocaleString('en')} shown)
        </button>
      )}
    </section>
  );
}
