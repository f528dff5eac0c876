/**
 * Shared test setup: a fake-indexeddb library per test (deleted after it), a clock that ticks
 * one second per call, and a deterministic analyzer so tests that depend on exact scores do not
 * move while the real analyzer is being calibrated.
 */
import 'fake-indexeddb/auto';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import { COMPONENT_IDS, type Analysis, type ComponentId, type Span } from '@/lib/analysis';
import { openLibrary, type LibraryDB } from '@/lib/library/db';
import type { Analyzer, LibraryDeps } from '@/lib/library/deps';
import { normalizeText } from '@/lib/library/text';

let dbCounter = 0;

export function newLibrary(name = `library-test-${++dbCounter}`): LibraryDB {
  return openLibrary(name, { indexedDB, IDBKeyRange });
}

export function bandOf(score: number): Analysis['band'] {
  return score >= 70 ? 'strong' : score >= 40 ? 'partial' : 'weak';
}

export function fakeAnalysis(
  score: number,
  present: readonly ComponentId[] = [],
  spans: Partial<Record<ComponentId, Span[]>> = {},
  words = 10,
): Analysis {
  const components = Object.fromEntries(
    COMPONENT_IDS.map((id) => [
      id,
      { present: present.includes(id) || (spans[id]?.length ?? 0) > 0, spans: spans[id] ?? [] },
    ]),
  ) as Analysis['components'];
  return {
    score,
    band: bandOf(score),
    scoring: {
      substance: score,
      penalty: 0,
      score,
      band: bandOf(score),
      contributions: {},
      penalties: {},
      capped: false,
      statedChoice: false,
    },
    components,
    findings: [],
    questions: [],
    words,
    speakingSeconds: Math.round((words / 150) * 60),
    storyTemplate: { template: '', filled: '' },
  };
}

/** Scores by table (keyed on normalised text), 50 otherwise; counts its calls. */
export function fakeAnalyzer(scores: Record<string, number> = {}, present: readonly ComponentId[] = ['decision']) {
  const table = new Map(Object.entries(scores).map(([text, score]) => [normalizeText(text), score]));
  const analyzer = ((text: string) => {
    analyzer.calls.push(text);
    const words = text.split(/\s+/).filter(Boolean).length;
    return fakeAnalysis(table.get(normalizeText(text)) ?? 50, present, {}, words);
  }) as Analyzer & { calls: string[] };
  analyzer.calls = [];
  return analyzer;
}

export function tickingClock(start = 1_700_000_000_000, step = 1_000) {
  let t = start - step;
  return () => (t += step);
}

/** A fresh library and deps for every test; the database is deleted afterwards. */
export function useLibrary(analyzer: Analyzer = fakeAnalyzer()) {
  const ctx = {} as { db: LibraryDB; deps: LibraryDeps };
  beforeEach(async () => {
    const db = newLibrary();
    await db.open();
    ctx.db = db;
    ctx.deps = { db, analyze: analyzer, now: tickingClock() };
  });
  afterEach(async () => {
    await ctx.db.delete();
  });
  return ctx;
}

/** Every row of every table, to show that a failed operation changed nothing. */
export async function snapshot(db: LibraryDB) {
  return {
    principles: await db.principles.toArray(),
    snippets: await db.snippets.toArray(),
    stories: await db.stories.toArray(),
    templates: await db.templates.toArray(),
    decisions: await db.decisions.toArray(),
    osfMaps: await db.osfMaps.toArray(),
    rehearsals: await db.rehearsals.toArray(),
    interviews: await db.interviews.toArray(),
  };
}
