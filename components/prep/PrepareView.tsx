import { useId, useState } from 'preact/hooks';
import { messageOf } from '@/components/library/format';
import { SectionPanel, SectionTabs } from '@/components/library/SectionTabs';
import type { ToastSpec } from '@/components/library/UndoToast';
import { CheatSheetView, MetricLineText } from './CheatSheetView';
import { CountdownView } from './CountdownView';
import { OsfMapView } from './OsfMapView';
import { ProofView } from './ProofView';
import { RehearseView } from './RehearseView';
import { StoryTable } from './StoryTable';
import { usePrepData } from './usePrepData';
import './prep.css';

type StoryView = 'proof' | 'osf' | 'rehearse';
const STORY_VIEWS = [
  { id: 'proof', label: 'Proof' },
  { id: 'osf', label: 'OSF map' },
  { id: 'rehearse', label: 'Rehearse' },
] as const;

export interface PrepareViewProps {
  toast: (spec: ToastSpec, options?: { focus?: boolean }) => void;
}

/**
 * The Prepare section: the countdown to each interview, the stories with their proof coverage,
 * one story's proof, OSF map and rehearsal, and the one-page cheat sheet.
 */
export function PrepareView({ toast }: PrepareViewProps) {
  const id = useId();
  const { rows, stories, sheetRows, error } = usePrepData();
  const [chosen, setChosen] = useState<number | null>(null);
  const [view, setView] = useState<StoryView>('proof');
  const story = stories.find((s) => s.story.id === chosen) ?? stories[0];

  if (error) return <p class="lib-error" role="alert">{`The library could not be read: ${messageOf(error)}`}</p>;
  if (!rows) return <p class="lib-muted">Loading your stories…</p>;
  return (
    <div class="prep">
      <CountdownView stories={stories} rows={rows} toast={toast} />
      <section aria-labelledby={`${id}-stories`}>
        <h3 id={`${id}-stories`}>Your stories</h3>
        {stories.length === 0 ? (
          <p class="lib-empty">No story yet. Create one under Stories, or save one from the Analysis tab.</p>
        ) : (
          <StoryTable stories={stories} />
        )}
      </section>
      {story && (
        <section aria-labelledby={`${id}-story`}>
          <h3 id={`${id}-story`}>Prepare a story</h3>
          <div class="lib-field">
            <label for={`${id}-pick`}>Story to prepare</label>
            <select
              id={`${id}-pick`}
              value={String(story.story.id)}
              onChange={(e) => setChosen(Number(e.currentTarget.value))}
            >
              {stories.map((s) => (
                <option key={s.story.id} value={String(s.story.id)}>
                  {s.story.title}
                </option>
              ))}
            </select>
          </div>
          <MetricLineText line={story.line} />
          <SectionTabs label="Story preparation" sections={STORY_VIEWS} selected={view} onSelect={setView} />
          <SectionPanel id="proof" selected={view === 'proof'}>
            <ProofView key={story.story.id} story={story} decisions={rows.decisions} toast={toast} />
          </SectionPanel>
          <SectionPanel id="osf" selected={view === 'osf'}>
            <OsfMapView key={story.story.id} story={story} osfMaps={rows.osfMaps} toast={toast} />
          </SectionPanel>
          <SectionPanel id="rehearse" selected={view === 'rehearse'}>
            <RehearseView key={story.story.id} story={story} rehearsals={rows.rehearsals} toast={toast} />
          </SectionPanel>
        </section>
      )}
      <CheatSheetView stories={stories} sheetRows={sheetRows} />
    </div>
  );
}
