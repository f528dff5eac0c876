/** The issue's speed goals, judged from the measurements, and the printed report. */
import type { SizeId, SizeResult } from './suite';

export const GOALS = {
  /** analyze() at least this many times faster than write-good, at 1k and 10k words. */
  speedup: 10,
  /** 10k words may cost at most this many times 1k words. */
  scaling: 12,
  /** "Well under a second" for 1 MB, taken as half a second. */
  oneMegabyteMs: 500,
  /** The analyzer issue's ceiling: this many ms per 1,000 words, at every size. */
  msPerThousandWords: 1.5,
  /** Linear to 1 MB: a word in 1 MB may cost at most this many times a word in 10,000 words. */
  linearity: 1.5,
};

/** ms per 1,000 words of one size's analyze() timing. */
export function perThousandWords(size: SizeResult): number {
  return (size.analyze.timing.msPerCall / Math.max(1, size.words)) * 1000;
}

export interface RuntimeRun {
  name: string;
  heapSource: string;
  sizes: SizeResult[];
}

export type Verdict = 'MET' | 'MISSED' | 'NOT RUN';

export interface GoalCheck {
  verdict: Verdict;
  statement: string;
}

function bySize(run: RuntimeRun, id: SizeId): SizeResult | undefined {
  return run.sizes.find((s) => s.id === id);
}

export function speedup(size: SizeResult): number | undefined {
  return size.writeGood ? size.writeGood.timing.msPerCall / size.analyze.timing.msPerCall : undefined;
}

/** 10k over 1k from the same interleaved rounds when measured so, else from the two steps. */
export function scalingOf(run: RuntimeRun): number | undefined {
  const small = bySize(run, '1k');
  const large = bySize(run, '10k');
  if (!large) return undefined;
  const smallMs = large.reference?.analyzeMs ?? small?.analyze.timing.msPerCall;
  return smallMs === undefined ? undefined : large.analyze.timing.msPerCall / smallMs;
}

export function checkGoals(runtime: string, run: RuntimeRun | undefined): GoalCheck[] {
  const checks: GoalCheck[] = [];
  for (const id of ['1k', '10k'] as const) {
    const size = run && bySize(run, id);
    const ratio = size && speedup(size);
    const goal = `analyze ≥ ${GOALS.speedup}× faster than write-good at ${id === '1k' ? '1,000' : '10,000'} words`;
    checks.push(
      judge(
        runtime,
        goal,
        ratio,
        (r) => r >= GOALS.speedup,
        (r) => `${r.toFixed(1)}×`,
      ),
    );
  }
  checks.push(
    judge(
      runtime,
      `10,000 words cost ≤ ${GOALS.scaling}× 1,000 words`,
      run && scalingOf(run),
      (r) => r <= GOALS.scaling,
      (r) => `${r.toFixed(1)}×`,
    ),
  );
  for (const id of ['1k', '10k', '1mb'] as const) {
    const size = run && bySize(run, id);
    checks.push(
      judge(
        runtime,
        `${size?.label ?? id}: ≤ ${GOALS.msPerThousandWords} ms per 1,000 words`,
        size && perThousandWords(size),
        (v) => v <= GOALS.msPerThousandWords,
        (v) => `${v.toFixed(2)} ms`,
      ),
    );
  }
  const mb = run && bySize(run, '1mb');
  const tenK = run && bySize(run, '10k');
  checks.push(
    judge(
      runtime,
      `linear to 1 MB: a word in 1 MB costs ≤ ${GOALS.linearity}× a word in 10,000 words`,
      mb && tenK && perThousandWords(mb) / perThousandWords(tenK),
      (r) => r <= GOALS.linearity,
      (r) => `${r.toFixed(2)}×`,
    ),
  );
  checks.push(
    judge(
      runtime,
      `1 MB analyzed in ≤ ${GOALS.oneMegabyteMs} ms`,
      mb?.analyze.timing.msPerCall,
      (ms) => ms <= GOALS.oneMegabyteMs,
      (ms) => `${ms.toFixed(0)} ms`,
    ),
  );
  return checks;
}

function judge(
  runtime: string,
  goal: string,
  value: number | undefined,
  met: (v: number) => boolean,
  show: (v: number) => string,
): GoalCheck {
  if (value === undefined || !Number.isFinite(value)) return { verdict: 'NOT RUN', statement: `${runtime}: ${goal}` };
  return { verdict: met(value) ? 'MET' : 'MISSED', statement: `${runtime}: ${goal} (measured ${show(value)})` };
}

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0));
const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(2)} MB`;

function heapText(heap: SizeResult['analyze']['heap']): string {
  return heap ? `${mb(heap.medianDeltaBytes)} / ${mb(heap.peakDeltaBytes)}` : 'n/a';
}

export function renderRuntime(run: RuntimeRun): string {
  const header = [
    'text',
    'analyze ms',
    'write-good ms',
    'wg / analyze',
    'analyze heap Δ med / max',
    'write-good heap Δ med / max',
  ];
  const rows = run.sizes.map((size) => {
    const ratio = speedup(size);
    return [
      size.label,
      ms(size.analyze.timing.msPerCall),
      size.writeGood ? ms(size.writeGood.timing.msPerCall) : '(not run)',
      ratio === undefined ? '' : `${ratio.toFixed(1)}×`,
      heapText(size.analyze.heap),
      size.writeGood ? heapText(size.writeGood.heap) : '',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('   ')}`.trimEnd();
  const scaling = scalingOf(run);
  const counts = run.sizes.map(
    (s) =>
      `${s.label}: ${s.words.toLocaleString('en')} words, ${s.bytes.toLocaleString('en')} bytes; analyze counted ${s.analyzedWords.toLocaleString('en')} words, ${s.analyze.reported} findings; write-good ${s.writeGood ? `${s.writeGood.reported} suggestions` : 'not run'}; ${s.analyze.timing.samples}×${s.analyze.timing.callsPerSample} analyze calls timed`,
  );
  return [
    run.name,
    line(header),
    ...rows.map(line),
    `  analyze cost, 10k words / 1k words: ${scaling === undefined ? 'n/a' : `${scaling.toFixed(1)}×`}${describeReference(run)}`,
    `  heap: ${run.heapSource}`,
    ...counts.map((c) => `  ${c}`),
  ].join('\n');
}

function describeReference(run: RuntimeRun): string {
  const reference = bySize(run, '10k')?.reference;
  return reference ? ` (1k timed interleaved with 10k: ${ms(reference.analyzeMs)} ms)` : '';
}

export function renderGoals(checks: GoalCheck[]): string {
  return ['Goals', ...checks.map((c) => `  ${c.verdict.padEnd(7)}  ${c.statement}`)].join('\n');
}
