import { useRef, useState } from 'preact/hooks';
import { deleteSnippet, restoreSnippet, type SnippetRow, type StoryRow } from '@/lib/library';
import type { ApplyResult } from '@/lib/messaging/protocol';
import { copyText } from './actions';
import { useLibraryEnv } from './env';
import { formatWhen, messageOf, scoreText, webAddress } from './format';
import { Highlighted } from './Highlighted';
import { SnippetEditor } from './SnippetEditor';
import type { ToastSpec } from './UndoToast';

export interface SnippetItemProps {
  snippet: SnippetRow;
  terms: readonly string[];
  principles: readonly string[];
  stories: readonly StoryRow[];
  insertIntoPage?: (text: string) => Promise<ApplyResult>;
  /** The id of the sentence that says why Insert is off, when it is. */
  insertOffReasonId: string;
  insertOffReason: string;
  toast: (spec: ToastSpec, options?: { focus?: boolean }) => void;
  /** Where focus goes when this item is gone (after delete, or after Undo). */
  focusList: () => void;
}

const excerpt = (text: string) => (text.length > 48 ? `${text.slice(0, 47).trimEnd()}…` : text);

export function SnippetItem(props: SnippetItemProps) {
  const { snippet, terms, stories, insertIntoPage, toast } = props;
  const env = useLibraryEnv();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const story = snippet.storyId === undefined ? undefined : stories.find((s) => s.id === snippet.storyId);
  const link = webAddress(snippet.sourceUrl);

  if (editing) {
    return (
      <li class="lib-snippet lib-snippet--editing" data-snippet-id={snippet.id}>
        <SnippetEditor
          snippet={snippet}
          principles={props.principles}
          stories={stories}
          onDone={(saved) => {
            setEditing(false);
            if (saved)
              toast(
                {
                  message:
                    saved.text !== snippet.text
                      ? `Saved and scored again: ${scoreText(saved.score, saved.band)}.`
                      : 'Saved.',
                },
                { focus: false },
              );
            setTimeout(() => editButton.current?.focus(), 0);
          }}
        />
      </li>
    );
  }

  const remove = async () => {
    try {
      const row = await deleteSnippet(snippet.id, env.db);
      if (!row) return;
      toast({
        message: `Deleted “${excerpt(row.text)}”.`,
        undo: () => restoreSnippet(row, env.db),
        afterUndo: props.focusList,
      });
    } catch (error) {
      toast({ message: messageOf(error) }, { focus: false });
    }
  };
  const copy = async () => {
    try {
      await copyText(snippet.text);
      toast({ message: 'Copied the snippet.' }, { focus: false });
    } catch (error) {
      toast({ message: messageOf(error) }, { focus: false });
    }
  };
  const insert = async () => {
    if (!insertIntoPage) return toast({ message: props.insertOffReason }, { focus: false });
    try {
      const result = await insertIntoPage(snippet.text);
      toast({ message: result.ok ? 'Inserted into the page.' : result.message }, { focus: false });
    } catch (error) {
      toast({ message: messageOf(error) }, { focus: false });
    }
  };

  return (
    <li class="lib-snippet" data-snippet-id={snippet.id} tabIndex={-1}>
      <p class="lib-snippet__text">
        <Highlighted text={snippet.text} terms={terms} />
      </p>
      {snippet.note && (
        <p class="lib-snippet__note">
          <span class="lib-label">Note:</span> <Highlighted text={snippet.note} terms={terms} />
        </p>
      )}
      <p class="lib-snippet__meta">
        <span class={`lib-band lib-band--${snippet.band}`}>Score {scoreText(snippet.score, snippet.band)}</span>
        {snippet.principles.length > 0 && <span>Principles: {snippet.principles.join(', ')}</span>}
        {story && <span>Story: {story.title}</span>}
      </p>
      {snippet.tags.length > 0 && (
        <p class="lib-snippet__tags">
          <span class="lib-label">Tags:</span>{' '}
          {snippet.tags.map((tag, i) => (
            <span key={tag}>
              {i > 0 && ' '}
              <span class="lib-tag">
                <Highlighted text={tag} terms={terms} />
              </span>
            </span>
          ))}
        </p>
      )}
      <p class="lib-snippet__when">
        Saved {formatWhen(snippet.createdAt)}
        {snippet.updatedAt !== snippet.createdAt && `, changed ${formatWhen(snippet.updatedAt)}`}
        {(snippet.sourceTitle || link) && (
          <>
            {' from '}
            {link ? (
              <a href={link} target="_blank" rel="noopener noreferrer">
                {snippet.sourceTitle || link}
              </a>
            ) : (
              snippet.sourceTitle
            )}
          </>
        )}
      </p>
      <div class="lib-actions">
        <button type="button" class="lib-button" ref={editButton} onClick={() => setEditing(true)}>
          Edit
        </button>
        <button type="button" class="lib-button" onClick={copy}>
          Copy
        </button>
        <button
          type="button"
          class="lib-button"
          aria-disabled={insertIntoPage ? undefined : 'true'}
          aria-describedby={insertIntoPage ? undefined : props.insertOffReasonId}
          onClick={insert}
        >
          Insert into page
        </button>
        <button type="button" class="lib-button lib-button--danger" onClick={remove}>
          Delete
        </button>
      </div>
    </li>
  );
}
