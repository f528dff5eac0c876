/**
 * One benchmark step: build a text from the corpus, then time analyze() and write-good on it in
 * this runtime. Node runs it directly; the Chromium page runs the same module, bundled.
 */
import writeGood from 'write-good';
import { analyze } from '../../lib/analysis';
import { countWords, textOfBytes, textOfWords, utf8Bytes } from './corpus-text';
import { measureHeap, timeInterleaved, type HeapProbe, type HeapUse, type Timing, type TimingPlan } from './measure';

export type SizeId = '1k' | '10k' | '1mb';
type TextBuild = { words: number } | { bytes: number };

export interface SizeSpec {
  id: SizeId;
  label: string;
  build: TextBuild;
  /** write-good needs seconds for 1 MB and the goals do not ask for it there. */
  withWriteGood: boolean;
  /** A smaller text timed alongside, interleaved, for a cost ratio that load cannot skew. */
  scalingReference?: { label: string; build: TextBuild };
  timing: TimingPlan;
  heapCalls: number;
}

const THOUSAND_WORDS = { words: 1_000 };

export const SIZES: readonly SizeSpec[] = [
  {
    id: '1k',
    label: '1,000 words',
    build: THOUSAND_WORDS,
    withWriteGood: true,
    timing: { warmupCalls: 5, warmupMs: 1_000, samples: 21, minSampleMs: 20, budgetMs: 6_000 },
    heapCalls: 7,
  },
  {
    id: '10k',
    label: '10,000 words',
    build: { words: 10_000 },
    withWriteGood: true,
    scalingReference: { label: '1,000 words', build: THOUSAND_WORDS },
    timing: { warmupCalls: 3, warmupMs: 1_000, samples: 11, minSampleMs: 20, budgetMs: 10_000 },
    heapCalls: 5,
  },
  {
    id: '1mb',
    label: '1 MB',
    build: { bytes: 1_048_576 },
    withWriteGood: false,
    timing: { warmupCalls: 2, samples: 7, minSampleMs: 0, budgetMs: 8_000 },
    heapCalls: 3,
  },
];

export interface EngineResult {
  timing: Timing;
  heap: HeapUse | undefined;
  /** What the engine found, so a run that silently did nothing would show. */
  reported: number;
}

export interface SizeResult {
  id: SizeId;
  label: string;
  words: number;
  bytes: number;
  /** Words as analyze() counts them, as a check that it read the whole text. */
  analyzedWords: number;
  analyze: EngineResult;
  writeGood: EngineResult | undefined;
  /** analyze() on the smaller reference text, timed in the same interleaved rounds. */
  reference: { label: string; analyzeMs: number } | undefined;
}

export function buildText(passages: readonly string[], build: TextBuild): string {
  return 'words' in build ? textOfWords(passages, build.words) : textOfBytes(passages, build.bytes);
}

export function runSize(passages: readonly string[], spec: SizeSpec, probe: HeapProbe): SizeResult {
  const text = buildText(passages, spec.build);
  const referenceText = spec.scalingReference && buildText(passages, spec.scalingReference.build);
  const analysis = analyze(text);
  const calls: Array<() => unknown> = [() => analyze(text)];
  if (spec.withWriteGood) calls.push(() => writeGood(text));
  if (referenceText !== undefined) calls.push(() => analyze(referenceText));
  const [analyzeTiming, ...others] = timeInterleaved(calls, spec.timing);
  const writeGoodTiming = spec.withWriteGood ? others.shift() : undefined;
  const referenceTiming = others.shift();
  return {
    id: spec.id,
    label: spec.label,
    words: countWords(text),
    bytes: utf8Bytes(text),
    analyzedWords: analysis.words,
    analyze: {
      timing: analyzeTiming!,
      heap: measureHeap(() => analyze(text), probe, spec.heapCalls),
      reported: analysis.findings.length,
    },
    writeGood: writeGoodTiming && {
      timing: writeGoodTiming,
      heap: measureHeap(() => writeGood(text), probe, spec.heapCalls),
      reported: writeGood(text).length,
    },
    reference: spec.scalingReference &&
      referenceTiming && { label: spec.scalingReference.label, analyzeMs: referenceTiming.msPerCall },
  };
}
