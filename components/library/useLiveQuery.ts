import { liveQuery } from 'dexie';
import { useEffect, useRef, useState } from 'preact/hooks';

export interface LiveResult<T> {
  /** The latest result; while a changed query runs, the previous one (so lists do not flash empty). */
  value: T | undefined;
  error: unknown;
  /** True until the query with the current inputs has answered once. */
  pending: boolean;
}

/**
 * Subscribes to a Dexie liveQuery for as long as the component is mounted: the result follows
 * every change to what it read, made in this panel or in any other page of the extension.
 */
export function useLiveQuery<T>(query: () => Promise<T>, inputs: readonly unknown[]): LiveResult<T> {
  const generation = useRef(0);
  const [state, setState] = useState<{ value: T | undefined; error: unknown; generation: number }>({
    value: undefined,
    error: undefined,
    generation: -1,
  });
  useEffect(() => {
    const mine = ++generation.current;
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: undefined, generation: mine }),
      error: (error: unknown) => setState((s) => ({ ...s, error, generation: mine })),
    });
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, inputs);
  return { value: state.value, error: state.error, pending: state.generation !== generation.current };
}
