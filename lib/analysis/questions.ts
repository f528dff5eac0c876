/**
 * The two or three follow-ups that matter most. Each missing component and each finding raises
 * a question; questions on the same theme ("what did you do?") are asked once, at the priority
 * of the most urgent one.
 */
import type { Category, ComponentId, Question } from './types';

type Theme = 'you' | 'number' | 'metric' | 'method' | 'time' | 'others' | 'next' | 'problem' | 'learning';

const COMPONENT_PRIORITY: Record<ComponentId, { priority: number; theme: Theme }> = {
  decision: { priority: 10, theme: 'you' },
  outcome: { priority: 9.5, theme: 'number' },
  metric: { priority: 9, theme: 'metric' },
  method: { priority: 7, theme: 'method' },
  timeframe: { priority: 5, theme: 'time' },
  collaboration: { priority: 4.5, theme: 'others' },
  problem: { priority: 4, theme: 'problem' },
  scale: { priority: 3, theme: 'next' },
  learning: { priority: 2.5, theme: 'learning' },
};

const CATEGORY_PRIORITY: Record<Category, { priority: number; theme: Theme }> = {
  'team-only': { priority: 10.5, theme: 'you' },
  hedge: { priority: 9.8, theme: 'number' },
  'vague-impact': { priority: 9.4, theme: 'number' },
  'output-not-outcome': { priority: 9.3, theme: 'number' },
  'role-title': { priority: 8.6, theme: 'you' },
  'weak-verb': { priority: 8.5, theme: 'you' },
  'over-claim': { priority: 8, theme: 'others' },
  passive: { priority: 6.5, theme: 'you' },
  'polish-over-evidence': { priority: 6, theme: 'number' },
  'vague-quantity': { priority: 5, theme: 'number' },
};

export const MAX_QUESTIONS = 3;

export interface QuestionInput {
  missing: ReadonlyArray<{ id: ComponentId; question: string }>;
  findings: ReadonlyArray<{ category: Category; question: string }>;
}

export function topQuestions({ missing, findings }: QuestionInput): Question[] {
  const candidates: Array<Question & { priority: number; theme: Theme }> = [];
  for (const m of missing) {
    candidates.push({ text: m.question, source: { kind: 'component', id: m.id }, ...COMPONENT_PRIORITY[m.id] });
  }
  for (const f of findings) {
    candidates.push({
      text: f.question,
      source: { kind: 'finding', category: f.category },
      ...CATEGORY_PRIORITY[f.category],
    });
  }
  candidates.sort((a, b) => b.priority - a.priority);
  const themes = new Set<Theme>();
  const out: Question[] = [];
  for (const c of candidates) {
    if (themes.has(c.theme)) continue;
    themes.add(c.theme);
    out.push({ text: c.text, source: c.source });
    if (out.length === MAX_QUESTIONS) break;
  }
  return out;
}
