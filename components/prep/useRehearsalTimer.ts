import { useEffect, useRef, useState } from 'preact/hooks';

/** Two minutes: a story told in the loop should fit in it. */
export const REHEARSAL_SECONDS = 120;
/** When the screen reader hears that time is running out. */
export const WARN_AT_SECONDS_LEFT = 30;

export interface Clock {
  now: () => number;
  setTimeout: (run: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
}

const browserClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => window.setTimeout(run, ms),
  clearTimeout: (id) => window.clearTimeout(id),
};

export interface RehearsalTimer {
  phase: 'ready' | 'running' | 'stopped';
  /** Whole seconds spoken so far. */
  elapsed: number;
  /** Seconds left of the two minutes; negative once over. */
  left: number;
  /** The last thing said to screen readers: "30 seconds left.", "Time: two minutes are up." */
  announcement: string;
  start: () => void;
  stop: () => void;
  reset: () => void;
}

/**
 * The two-minute timer, counted from the clock (not from ticks, which a busy or hidden page
 * delays), and announced at 30 seconds left and at time.
 */
export function useRehearsalTimer(limit = REHEARSAL_SECONDS, clock: Clock = browserClock): RehearsalTimer {
  const [phase, setPhase] = useState<RehearsalTimer['phase']>('ready');
  const [elapsed, setElapsed] = useState(0);
  const started = useRef(0);
  useEffect(() => {
    if (phase !== 'running') return;
    let timer = 0;
    // Each tick lands on the next whole second since the start, so the display never lags it.
    const tick = () => {
      const ms = clock.now() - started.current;
      setElapsed(Math.floor(ms / 1000));
      timer = clock.setTimeout(tick, 1000 - (ms % 1000));
    };
    tick();
    return () => clock.clearTimeout(timer);
  }, [phase, clock]);
  const left = limit - elapsed;
  const announcement =
    phase === 'ready'
      ? ''
      : left <= 0
        ? 'Time: two minutes are up.'
        : left <= WARN_AT_SECONDS_LEFT
          ? '30 seconds left.'
          : '';
  return {
    phase,
    elapsed,
    left,
    announcement,
    start: () => {
      started.current = clock.now();
      setElapsed(0);
      setPhase('running');
    },
    stop: () => {
      setElapsed(Math.floor((clock.now() - started.current) / 1000));
      setPhase('stopped');
    },
    reset: () => {
      setElapsed(0);
      setPhase('ready');
    },
  };
}

/** "1:05", "0:30", "−0:12" once over. */
export function clockText(seconds: number): string {
  const whole = Math.abs(seconds);
  const text = `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
  return seconds < 0 ? `−${text}` : text;
}
