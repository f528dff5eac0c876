/**
 * Hand-labelled passages: the shared corpus (its copy in the repo), our own stories, and a set
 * labelled from the ownership model alone by a second labeller who had not read the analyzer
 * (other domains, British spelling, numbers in words; the analyzer was fixed where it disagreed).
 * The label checks here serve both the calibration test and `npm run calibrate` (tests/calibrate.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Analysis, Category, ComponentId } from '@/lib/analysis';

export interface Labelled {
  id: string;
  text: string;
  /** `partial` is 40–69 exactly; `partial+` is 40 and up. */
  band: 'weak' | 'strong' | 'partial' | 'partial+' | 'any';
  expect?: Category[];
  expect_any?: Category[];
  forbid?: Category[];
  components?: ComponentId[];
  missing?: ComponentId[];
  /** The phrase a person would underline for each present component (blind sets). */
  spans?: Partial<Record<ComponentId, string>>;
  /** The weak phrase itself for each expected category (blind sets). */
  finding_spans?: Array<{ category: Category; text: string }>;
  /** How the passage is written: spoken, bullet, one-line, non-native, notes, … */
  style?: string;
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
export const secondLabellerPairs = () =>
  readJsonl<{ better: string; worse: string }>(here('../../fixtures/analyzer/second-labeller-pairs.jsonl'));

export type LabelKind =
  | 'band'
  | 'expect'
  | 'expect_any'
  | 'forbid'
  | 'component'
  | 'missing'
  | 'component_span'
  | 'finding_span';

export interface LabelMiss {
  kind: LabelKind;
  /** What the label asked for and what the analyzer gave, in words. */
  detail: string;
}

export function bandHolds(band: Labelled['band'], a: Analysis): boolean {
  if (band === 'any') return true;
  if (band === 'partial+') return a.band !== 'weak';
  if (band === 'partial') return a.band === 'partial';
  return a.band === band;
}

/** Every label of `p` that the analysis `a` does not hold; empty when all hold. */
export function labelMisses(p: Labelled, a: Analysis): LabelMiss[] {
  const misses: LabelMiss[] = [];
  const found = new Set(a.findings.map((f) => f.category));
  const textsOf = (c: Category) =>
    a.findings
      .filter((f) => f.category === c)
      .map((f) => JSON.stringify(f.text))
      .join(', ');
  if (!bandHolds(p.band, a)) misses.push({ kind: 'band', detail: `band ${p.band}, scored ${a.score} (${a.band})` });
  for (const c of p.expect ?? []) if (!found.has(c)) misses.push({ kind: 'expect', detail: `expects ${c}` });
  if (p.expect_any && !p.expect_any.some((c) => found.has(c)))
    misses.push({ kind: 'expect_any', detail: `expects any of ${p.expect_any.join(', ')}` });
  for (const c of p.forbid ?? [])
    if (found.has(c)) misses.push({ kind: 'forbid', detail: `forbids ${c}, found ${textsOf(c)}` });
  for (const c of p.components ?? [])
    if (!a.components[c].present) misses.push({ kind: 'component', detail: `component ${c} not found` });
  for (const c of p.missing ?? []) {
    if (a.components[c].present)
      misses.push({
        kind: 'missing',
        detail: `${c} should be missing, found ${a.components[c].spans.map((s) => JSON.stringify(s.text)).join(', ')}`,
      });
  }
  for (const [id, text] of Object.entries(p.spans ?? {}) as Array<[ComponentId, string]>) {
    if (!a.components[id]?.present) continue; // already counted as a component miss
    if (!overlapsLabel(p.text, text, a.components[id].spans))
      misses.push({
        kind: 'component_span',
        detail: `${id} span ${JSON.stringify(text)}, found ${a.components[id].spans.map((s) => JSON.stringify(s.text)).join(', ')}`,
      });
  }
  for (const { category, text } of p.finding_spans ?? []) {
    const spans = a.findings.filter((f) => f.category === category);
    if (spans.length === 0) continue; // already counted as an expected finding missed
    if (!overlapsLabel(p.text, text, spans))
      misses.push({
        kind: 'finding_span',
        detail: `${category} span ${JSON.stringify(text)}, found ${spans.map((s) => JSON.stringify(s.text)).join(', ')}`,
      });
  }
  return misses;
}

/** True when any of `spans` overlaps the first occurrence of `label` in `text`. */
function overlapsLabel(text: string, label: string, spans: ReadonlyArray<{ start: number; end: number }>): boolean {
  const start = text.indexOf(label);
  if (start < 0) return false;
  const end = start + label.length;
  return spans.some((s) => s.start < end && start < s.end);
}

/** How many labels of each kind a passage carries, to report a share held. */
export function labelCounts(p: Labelled, a: Analysis): Record<LabelKind, number> {
  return {
    band: p.band === 'any' ? 0 : 1,
    expect: p.expect?.length ?? 0,
    expect_any: p.expect_any ? 1 : 0,
    forbid: p.forbid?.length ?? 0,
    component: p.components?.length ?? 0,
    missing: p.missing?.length ?? 0,
    component_span: Object.keys(p.spans ?? {}).filter((id) => a.components[id as ComponentId]?.present).length,
    finding_span: (p.finding_spans ?? []).filter((f) => a.findings.some((x) => x.category === f.category)).length,
  };
}
