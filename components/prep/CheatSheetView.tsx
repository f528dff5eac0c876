import { useId, useMemo, useState } from 'preact/hooks';
import { copyText, downloadText } from '@/components/library/actions';
import { messageOf } from '@/components/library/format';
import type { SheetRows } from '@/lib/prep/load';
import type { MetricLine } from '@/lib/prep/metric-line';
import { loopStories, type StoryReadiness } from '@/lib/prep/readiness';
import { cheatSheet, STORIES_PER_PRINCIPLE, type CheatSheet, type SheetStory } from '@/lib/prep/sheet';
import { renderCheatSheet, storySummary } from '@/lib/prep/sheet-markdown';

export interface CheatSheetViewProps {
  stories: readonly StoryReadiness[];
  sheetRows: SheetRows | undefined;
  /** Where Print sends the page; window.print in the panel. */
  print?: () => void;
}

/** The one page to read before the loop: the three readiest stories, the principles they cover, the strongest phrasings. */
export function CheatSheetView({ stories, sheetRows, print = () => window.print() }: CheatSheetViewProps) {
  const id = useId();
  const [notice, setNotice] = useState<{ kind: 'status' | 'error'; text: string } | null>(null);
  const sheet = useMemo(
    () => sheetRows && cheatSheet({ stories: loopStories(stories), ...sheetRows }),
    [stories, sheetRows],
  );
  if (!sheet) return null;
  const markdown = () => renderCheatSheet(sheet);
  const printSheet = () => {
    // Print CSS shows only the sheet while this class is on; Ctrl+P elsewhere prints the panel as it is.
    document.body.classList.add('prep-printing');
    addEventListener('afterprint', () => document.body.classList.remove('prep-printing'), { once: true });
    print();
  };
  return (
    <section aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Cheat sheet</h3>
      <p class="lib-hint">Your three readiest stories on one page. Every number on it is from your own stories.</p>
      <div class="lib-actions">
        <button type="button" class="lib-button" onClick={printSheet}>
          Print the cheat sheet
        </button>
        <button
          type="button"
          class="lib-button"
          onClick={() => downloadText(markdown(), 'interview-cheat-sheet.md', 'text/markdown')}
        >
          Download Markdown
        </button>
        <button
          type="button"
          class="lib-button"
          onClick={() =>
            copyText(markdown()).then(
              () => setNotice({ kind: 'status', text: 'Copied the Markdown: paste it into your doc.' }),
              (e: unknown) => setNotice({ kind: 'error', text: messageOf(e) }),
            )
          }
        >
          Copy Markdown
        </button>
      </div>
      <p
        role={notice?.kind === 'error' ? 'alert' : 'status'}
        class={notice?.kind === 'error' ? 'lib-error' : 'lib-status'}
      >
        {notice?.text}
      </p>
      <article class="prep-sheet" aria-label="Cheat sheet preview">
        <h4>Interview cheat sheet</h4>
        {sheet.stories.length === 0 && <p>No stories yet.</p>}
        {sheet.stories.map((s) => (
          <SheetStoryBlock key={s.id} story={s} />
        ))}
        <SheetPrinciples sheet={sheet} />
      </article>
    </section>
  );
}

/** Which stories cover which principle, the flags, and the strongest phrasing of each. */
function SheetPrinciples({ sheet }: { sheet: CheatSheet }) {
  return (
    <>
      <h5>Principles</h5>
      {sheet.covered.length > 0 && (
        <ul aria-label="Principles and their stories">
          {sheet.covered.map((p) => (
            <li key={p.principle}>
              {p.principle}: {p.stories.join(', ')}
              {p.stories.length < STORIES_PER_PRINCIPLE && <strong class="prep-flag"> (needs a second story)</strong>}
            </li>
          ))}
        </ul>
      )}
      {sheet.uncovered.length > 0 && <p class="prep-flag">No story yet for: {sheet.uncovered.join(', ')}.</p>}
      {sheet.overused.map((o) => (
        <p key={o.title} class="prep-flag" role="note">
          Warning: {o.title} is told for {o.principles} principles; a bar raiser hears it too often. Keep a story to
          three.
        </p>
      ))}
      {sheet.phrasings.length > 0 && (
        <>
          <h5>Strongest phrasings</h5>
          <ul aria-label="Strongest phrasings">
            {sheet.phrasings.map((p) => (
              <li key={p.principle}>
                {p.principle}: {p.text}{' '}
                <span class="lib-muted">
                  ({p.score}, {p.band})
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function SheetStoryBlock({ story }: { story: SheetStory }) {
  return (
    <div class="prep-sheet__story">
      <h5>
        {story.title} <span class="lib-muted">({storySummary(story)})</span>
      </h5>
      <MetricLineText line={story.line} />
      {story.numbers.length === 0 ? (
        <p>No quantified claim yet.</p>
      ) : (
        <ul aria-label={`Key numbers of ${story.title}`}>
          {story.numbers.map((n, i) => (
            <li key={i}>
              {n.text}
              {n.kind === 'baseline' ? ' (before)' : ''}:{' '}
              {n.proof === null ? <strong class="prep-flag">no proof yet</strong> : `proof, ${n.proof}`}
            </li>
          ))}
        </ul>
      )}
      {story.weakest.length > 0 && (
        <p>
          <span class="lib-label">Weakest on:</span> {story.weakest.join(' ')}
        </p>
      )}
    </div>
  );
}

/** The metric line with each empty slot visible as a slot, never filled in. */
export function MetricLineText({ line }: { line: MetricLine }) {
  return (
    <p class="prep-line">
      <span class="lib-label">Metric line:</span>{' '}
      {line.parts.map((p, i) =>
        p.kind === 'text' ? (
          p.text
        ) : p.value === null ? (
          <span key={i} class="prep-slot">
            [{p.slot}]
          </span>
        ) : (
          <span key={i} class="prep-filled">
            {p.value}
          </span>
        ),
      )}
    </p>
  );
}
