import { useEffect, useState } from 'preact/hooks';
import { analyze, type Analysis } from '@/lib/analysis';

/** Short enough to feel live, long enough to skip work between keystrokes. */
export const LIVE_ANALYSIS_DELAY_MS = 100;

export interface LiveAnalysisOptions {
  delayMs?: number;
  /** May return null when it cannot analyze the text; the result is then null and not pending. */
  analyzeText?: (text: string) => Analysis | null;
}

export interface LiveAnalysis {
  /** The analysis of the latest text that was analyzed; null while the text is blank. */
  analysis: Analysis | null;
  /** True while the text has changed since it was last analyzed (for aria-busy). */
  pending: boolean;
  /** The text `analysis` is of: its offsets point into this, not into a newer keystroke. */
  analyzedText: string;
}

/** Analyzes `text` shortly after it stops changing. */
export function useLiveAnalysis(
  text: string,
  { delayMs = LIVE_ANALYSIS_DELAY_MS, analyzeText = analyze }: LiveAnalysisOptions = {},
): LiveAnalysis {
  const [latest, setLatest] = useState<{ text: string; analysis: Analysis | null }>({ text: '', analysis: null });
  const blank = text.trim() === '';
  useEffect(() => {
    if (blank) {
      setLatest({ text, analysis: null });
      return;
    }
    const timer = setTimeout(() => setLatest({ text, analysis: analyzeText(text) }), delayMs);
    return () => clearTimeout(timer);
  }, [text, blank, delayMs, analyzeText]);
  return {
    analysis: blank ? null : latest.analysis,
    pending: !blank && latest.text !== text,
    analyzedText: blank ? '' : latest.text,
  };
}
