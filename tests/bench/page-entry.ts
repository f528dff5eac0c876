/** The benchmark inside Chromium: bundled to one script and driven from Node with page.evaluate. */
import type { HeapProbe } from './measure';
import { runSize, SIZES, type SizeId, type SizeResult } from './suite';

interface ChromiumPerformance extends Performance {
  memory?: { usedJSHeapSize: number };
}

// performance.memory is Chromium-only and precise only with --enable-precise-memory-info;
// gc() exists only with --js-flags=--expose-gc. Both flags are set by the launcher.
const chromiumHeap: HeapProbe = {
  used: () => (performance as ChromiumPerformance).memory?.usedJSHeapSize,
  collect:
    typeof (globalThis as { gc?: () => void }).gc === 'function'
      ? () => (globalThis as unknown as { gc: () => void }).gc()
      : undefined,
};

export interface PageBench {
  runSize(passages: string[], id: SizeId): SizeResult;
  heapSource(): string;
}

const bench: PageBench = {
  runSize(passages, id) {
    const spec = SIZES.find((s) => s.id === id);
    if (!spec) throw new Error(`unknown size ${id}`);
    return runSize(passages, spec, chromiumHeap);
  },
  heapSource() {
    const memory = (performance as ChromiumPerformance).memory ? 'performance.memory.usedJSHeapSize' : 'unavailable';
    return `${memory}${chromiumHeap.collect ? ', gc() before each call' : ''}`;
  },
};

(globalThis as unknown as { ownershipLensBench: PageBench }).ownershipLensBench = bench;
