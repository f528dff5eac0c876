import { useState } from 'preact/hooks';
import { AnalysisReport } from '@/components/AnalysisReport';
import { StoryInput } from '@/components/StoryInput';
import { useLiveAnalysis } from '@/components/useLiveAnalysis';

export function App() {
  const [story, setStory] = useState('');
  const analysis = useLiveAnalysis(story);
  return (
    <main class="panel">
      <header class="panel__header">
        <h1>Ownership Lens</h1>
        <p class="panel__privacy">Analyzed on this device. Nothing you type leaves your browser.</p>
      </header>
      <StoryInput value={story} onInput={setStory} />
      {analysis ? (
        <AnalysisReport analysis={analysis} />
      ) : (
        <p class="panel__empty">The score, band, findings and questions appear here.</p>
      )}
    </main>
  );
}
