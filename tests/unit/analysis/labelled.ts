/**
 * Hand-labelled passages: the shared corpus (its copy in the repo), our own stories, and a set
 * labelled from the ownership model alone by a second labeller who had not read the analyzer
 * (other domains, British spelling, numbers in words; the analyzer was fixed where it disagreed).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Category, ComponentId } from '@/lib/analysis';

export interface Labelled {
  id: string;
  text: string;
  band: 'weak' | 'strong' | 'partial+' | 'any';
  expect?: Category[];
  expect_any?: Category[];
  forbid?: Category[];
  components?: ComponentId[];
  missing?: ComponentId[];
}

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
/** The shared corpus when this checkout sits beside it; the repo's copy on a bare clone. */
const SHARED = here('../../../../shared/corpus/');
const COPY = here('../../fixtures/corpus/');
export const CORPUS_DIR = existsSync(`${SHARED}dev.jsonl`) ? SHARED : COPY;

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

export const devPassages = () => readJsonl<Labelled>(`${CORPUS_DIR}dev.jsonl`);
export const pairs = () => readJsonl<{ better: string; worse: string }>(`${CORPUS_DIR}pairs.jsonl`);
export const ourStories = () => readJsonl<Labelled>(here('../../fixtures/analyzer/stories.jsonl'));
export const secondLabeller = () => readJsonl<Labelled>(here('../../fixtures/analyzer/second-labeller.jsonl'));
export const secondLabellerPairs = () => readJsonl<{ better: string; worse: string }>(here('../../fixtures/analyzer/second-labeller-pairs.jsonl'));
