import { useState } from 'preact/hooks';
import { AnalysisReport } from '@/components/AnalysisReport';
import { StoryInput } from '@/components/StoryInput';
import { useLiveAnalysis } from '@/components/useLiveAnalysis';

export function App() {
  const [story, setStory] = useState('');
  const { analysis, pending } = useLiveAnalysis(story);
  return (
    <main class="panel">
      <header class="panel__header">
        <h1>Ownership Lens</h1>
        <p class="panel__privacy">Analyzed on this device. Nothing you type leaves your browser.</p>
      </header>
      <StoryInput value={story} onInput={setStory} />
      <section class="panel__report" aria-label="Analysis" aria-busy={pending}>
        {analysis ? (
          <AnalysisReport analysis={analysis} />
        ) : (
          <p class="panel__empty">The score, band, findings and questions appear here.</p>
        )}
      </section>
    </main>
  );
}
