/** A small library with every kind of row, edited so ids have gaps and principles were changed. */
import { addPrinciple, removePrinciple, renamePrinciple } from '@/lib/library/principles';
import { deleteSnippet, saveSnippet } from '@/lib/library/snippets';
import { createStory, setStoryMetrics } from '@/lib/library/stories';
import { addTemplate } from '@/lib/library/templates';
import { addDecision, deleteDecision } from '@/lib/library/decisions';
import { addInterview } from '@/lib/library/interviews';
import { saveOsfMap } from '@/lib/library/osf-maps';
import { logRehearsal } from '@/lib/library/rehearsals';
import { fileChecksum, type LibraryFile } from '@/lib/library/exchange/format';
import type { LibraryDeps } from '@/lib/library/deps';
import { storyAnalyzer } from './story-fakes';

export async function buildFixtureLibrary(deps: LibraryDeps) {
  const { db } = deps;
  await addPrinciple('Speed', db);
  await renamePrinciple('Frugality', 'Thrift', db);
  await removePrinciple('Think Big', db);
  const story = await createStory(
    {
      title: 'Refund queue',
      problem: 'Refund tickets had risen to 1,200 a week.',
      result: 'Refund tickets fell 45% in 30 days.',
      principles: ['Ownership'],
    },
    { ...deps, analyze: storyAnalyzer },
  );
  await setStoryMetrics(story.id, [{ name: 'weekly tickets', value: '1,200 → 660' }], db);
  await createStory({ title: 'Pricing' }, deps);
  const gone = await saveSnippet({ text: 'To be deleted.' }, deps);
  await saveSnippet(
    {
      text: 'I cut refund tickets by 45%.',
      note: 'lead with this',
      tags: ['support', 'metrics'],
      principles: ['Ownership', 'Thrift'],
      storyId: story.id,
      sourceTitle: 'Doc',
      sourceUrl: 'https://docs.example/a',
    },
    deps,
  );
  await saveSnippet(
    { text: 'I chose the refund form over a chatbot.', tags: ['support'], principles: ['Speed'] },
    deps,
  );
  await saveSnippet({ text: 'Café regulars noticed.', storyId: story.id }, deps);
  await deleteSnippet(gone.snippet.id, db);
  await addTemplate({ scope: 'weak-verb', text: 'I [verb] [thing].', name: 'Mine' }, deps);
  await addTemplate({ scope: 'story', text: 'P: [p]. A: [a]. R: [r]. L: [l].' }, deps);
  // The story's preparation: a decision log with evidence that proves a claim, a map, a rehearsal, a loop.
  const dropped = await addDecision(story.id, { date: '2024-01-05', decision: 'Dropped.' }, deps);
  const decision = await addDecision(
    story.id,
    {
      date: '2024-02-01',
      decision: 'Rebuilt triage instead of hiring.',
      options: 'Hire two agents; a chatbot; rebuild triage.',
      tradeOff: 'Two weeks of roadmap.',
      metric: 'refund tickets',
      result: 'Tickets fell 45%.',
      evidence: [
        { kind: 'dashboard', link: 'https://dash.example/refunds', proves: 'the drop', claims: ['fell 45%'] },
        { kind: 'ticket', link: 'OPS-12', proves: 'the decision' },
      ],
    },
    deps,
  );
  await deleteDecision(dropped.id, db);
  await saveOsfMap(story.id, { hypothesis: 'Triage, not staff, was the bottleneck.', design: '' }, deps);
  await logRehearsal(
    story.id,
    { seconds: 104, answers: [{ question: 'What did you give up?', answer: 'Two weeks.', score: 20, band: 'weak' }] },
    deps,
  );
  await addInterview({ company: 'Acme', date: '2030-03-14' }, deps);
  return { story, decision };
}

/** Re-signs a file after a test edits it, so the edit reaches the field checks. */
export async function resign(file: LibraryFile): Promise<LibraryFile> {
  return { ...file, checksum: await fileChecksum(file) };
}
