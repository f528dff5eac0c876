import { useEffect, useState } from 'preact/hooks';
import { analyze, type Analysis } from '@/lib/analysis';

/** Short enough to feel live, long enough to skip work between keystrokes. */
export const LIVE_ANALYSIS_DELAY_MS = 100;

export interface LiveAnalysisOptions {
  delayMs?: number;
  analyzeText?: (text: string) => Analysis;
}

/** Analyzes `text` shortly after it stops changing; null while the text is blank. */
export function useLiveAnalysis(
  text: string,
  { delayMs = LIVE_ANALYSIS_DELAY_MS, analyzeText = analyze }: LiveAnalysisOptions = {},
): Analysis | null {
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  useEffect(() => {
    if (text.trim() === '') {
      setAnalysis(null);
      return;
    }
    const timer = setTimeout(() => setAnalysis(analyzeText(text)), delayMs);
    return () => clearTimeout(timer);
  }, [text, delayMs, analyzeText]);
  return analysis;
}
