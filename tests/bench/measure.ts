/**
 * Timing and heap measurement that run unchanged in Node and in a Chromium page. Each sample
 * repeats the call often enough to last ~20 ms, because Chromium coarsens performance.now() to
 * 0.1 ms and a 1,000-word analysis takes about that long; the median of the samples is reported.
 */

export interface Timing {
  /** Median over the samples of (sample time / calls in the sample). */
  msPerCall: number;
  samples: number;
  callsPerSample: number;
}

export interface TimingPlan {
  warmupCalls: number;
  /**
   * Keep warming up for at least this long: the engine optimizes a function only after it has
   * run many times, and the first size measured would otherwise pay for every engine's tier-up.
   */
  warmupMs?: number;
  samples: number;
  /** A sample repeats the call until it lasts at least this long. */
  minSampleMs: number;
  /** Stop taking samples after this long (but never with fewer than three). */
  budgetMs: number;
}

export interface HeapProbe {
  /** Bytes of JS heap in use now, or undefined when the runtime does not say. */
  used(): number | undefined;
  /** Forces a full collection, when the runtime allows it, so a call starts from a clean heap. */
  collect?: () => void;
}

export interface HeapUse {
  /** Heap in use right after one call minus right before it, median over calls. */
  medianDeltaBytes: number;
  /** The largest such growth seen: a lower bound for the call's peak, as a collection during it hides some. */
  peakDeltaBytes: number;
}

// Results feed this sink so the engine cannot drop a call whose result is unused.
let sink = 0;
export function consume(result: unknown): void {
  sink = (sink + (Array.isArray(result) ? result.length : typeof result === 'object' && result ? 1 : 0)) | 0;
}
export function sinkValue(): number {
  return sink;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const MAX_CALLS_PER_SAMPLE = 10_000;

/**
 * Times several calls against each other, one sample of each in turn (rotating who goes first),
 * so a burst of load from other processes slows all of them alike and their ratios hold.
 */
export function timeInterleaved(calls: ReadonlyArray<() => unknown>, plan: TimingPlan): Timing[] {
  const callsPerSample = calls.map((call) => {
    let lastCallMs = 0;
    const warmUntil = performance.now() + (plan.warmupMs ?? 0);
    for (let i = 0; i < plan.warmupCalls || performance.now() < warmUntil; i++) {
      const start = performance.now();
      consume(call());
      lastCallMs = performance.now() - start;
    }
    return Math.min(MAX_CALLS_PER_SAMPLE, Math.max(1, Math.ceil(plan.minSampleMs / Math.max(lastCallMs, 0.005))));
  });
  const perCall: number[][] = calls.map(() => []);
  const began = performance.now();
  for (let round = 0; round < plan.samples && (round < 3 || performance.now() - began < plan.budgetMs); round++) {
    for (let k = 0; k < calls.length; k++) {
      const which = (round + k) % calls.length;
      const call = calls[which]!;
      const repeat = callsPerSample[which]!;
      const start = performance.now();
      for (let i = 0; i < repeat; i++) consume(call());
      perCall[which]!.push((performance.now() - start) / repeat);
    }
  }
  return perCall.map((samples, i) => ({
    msPerCall: median(samples),
    samples: samples.length,
    callsPerSample: callsPerSample[i]!,
  }));
}

export function measureHeap(call: () => unknown, probe: HeapProbe, calls: number): HeapUse | undefined {
  const deltas: number[] = [];
  for (let i = 0; i < calls; i++) {
    probe.collect?.();
    const before = probe.used();
    const result = call();
    const after = probe.used();
    consume(result);
    if (before === undefined || after === undefined) return undefined;
    deltas.push(Math.max(0, after - before));
  }
  return { medianDeltaBytes: median(deltas), peakDeltaBytes: Math.max(...deltas) };
}
