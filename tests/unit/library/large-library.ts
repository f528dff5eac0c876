/**
 * A deterministic library file of any size, for the 10,000-snippet tests here and, later,
 * for `npm run bench:library`.
 */
import { defaultPrincipleRows } from '@/lib/library/db';
import {
  fileChecksum,
  LIBRARY_FILE_FORMAT,
  LIBRARY_FILE_VERSION,
  type ExportedSnippet,
  type ExportedStory,
  type LibraryFile,
} from '@/lib/library/exchange/format';
import { BANDS } from '@/lib/library/model';
import { mulberry32 } from '../../bench/corpus-text';

const WORDS = (
  'conversion revenue churn latency tickets refunds onboarding activation pricing checkout search ' +
  'dashboard pipeline rollout holdout cohort experiment decision launch regions finance support ' +
  'retention margin cost forecast quarter budget hiring migration outage incident customers ' +
  'partners vendor contract roadmap backlog sprint review metric baseline target goal result'
).split(' ');
const VERBS = ['cut', 'raised', 'chose', 'killed', 'owned', 'led', 'measured', 'shipped', 'doubled', 'halved'];
const TAGS = ['support', 'growth', 'perf', 'infra', 'people', 'cost', 'launch', 'quality', 'data', 'mobile'];

export async function largeLibraryFile(snippetCount: number, storyCount = 20, seed = 7): Promise<LibraryFile> {
  const rnd = mulberry32(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const principles = defaultPrincipleRows();
  const stories: ExportedStory[] = Array.from({ length: storyCount }, (_, i) => ({
    id: i + 1,
    title: `Story ${i + 1}: ${pick(WORDS)}`,
    problem: `The ${pick(WORDS)} had doubled to ${100 + i} a week.`,
    action: `I ${pick(VERBS)} the ${pick(WORDS)}.`,
    result: `${pick(WORDS)} fell ${10 + i}% in 30 days.`,
    learning: '',
    principles: [pick(principles).name],
    metrics: [{ name: pick(WORDS), value: `${10 + i}%`, origin: 'text' as const }],
    scoreHistory: [{ score: 70, band: 'strong' as const, at: 1_700_000_000_000 + i }],
    createdAt: 1_700_000_000_000 + i,
    updatedAt: 1_700_000_000_000 + i,
  }));
  const snippets: ExportedSnippet[] = Array.from({ length: snippetCount }, (_, i) => {
    const words = Array.from({ length: 12 + Math.floor(rnd() * 20) }, () => pick(WORDS));
    const score = Math.floor(rnd() * 101);
    const row: ExportedSnippet = {
      id: i + 1,
      text: `I ${pick(VERBS)} ${words.join(' ')} by ${i % 97}% (case ${i}).`,
      note: rnd() < 0.3 ? `note ${pick(WORDS)} ${pick(WORDS)}` : '',
      tags: [...new Set([pick(TAGS), pick(TAGS)])],
      principles: [pick(principles).name],
      score,
      band: BANDS[score >= 70 ? 2 : score >= 40 ? 1 : 0]!,
      components: ['decision'],
      sourceTitle: `Doc ${i % 50}`,
      sourceUrl: `https://docs.example/${i % 50}`,
      createdAt: 1_700_000_000_000 + i * 1000,
      updatedAt: 1_700_000_000_000 + i * 1000,
    };
    if (rnd() < 0.2) row.storyId = 1 + Math.floor(rnd() * storyCount);
    return row;
  });
  const body: Omit<LibraryFile, 'checksum'> = {
    format: LIBRARY_FILE_FORMAT,
    version: LIBRARY_FILE_VERSION,
    exportedAt: 1_800_000_000_000,
    principles,
    snippets,
    stories,
    templates: [],
    decisions: [],
    osfMaps: [],
    rehearsals: [],
    interviews: [],
  };
  return { ...body, checksum: await fileChecksum(body) };
}
