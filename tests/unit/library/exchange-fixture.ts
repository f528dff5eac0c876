/** A small library with every kind of row, edited so ids have gaps and principles were changed. */
import { addPrinciple, removePrinciple, renamePrinciple } from '@/lib/library/principles';
import { deleteSnippet, saveSnippet } from '@/lib/library/snippets';
import { createStory, setStoryMetrics } from '@/lib/library/stories';
import { addTemplate } from '@/lib/library/templates';
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
  return { story };
}

/** Re-signs a file after a test edits it, so the edit reaches the field checks. */
export async function resign(file: LibraryFile): Promise<LibraryFile> {
  return { ...file, checksum: await fileChecksum(file) };
}
