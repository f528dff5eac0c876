import { useCallback, useEffect, useMemo } from 'preact/hooks';
import { analyze, type Analysis, type AnalyzeOptions } from '@/lib/analysis';
import { capPassage, type CappedPassage } from '@/lib/panel/limits';
import { hashPassage } from '@/lib/panel/passage-hash';
import { ignoredIn, type IgnoredMatch } from '@/lib/settings/ignored';
import type { PanelSettings } from '@/lib/settings/settings';
import { useLiveAnalysis } from '../useLiveAnalysis';

export interface ScoredText {
  /** The text as it is now, capped: what is being (or about to be) analyzed. */
  capped: CappedPassage;
  /** The text `analysis` is of, which findings' offsets point into (typed text may have moved on). */
  analyzedText: string;
  /** hashPassage() of the analyzed text: the key "Not a problem here" is remembered under. */
  passageHash: string;
  /** Matches dismissed in the analyzed passage. */
  ignoredHere: IgnoredMatch[];
  analysis: Analysis | null;
  /** True while typed text has not been analyzed yet (for aria-busy). */
  pending: boolean;
  /** The analyzer threw on this text: the panel says so instead of waiting forever. */
  failed: boolean;
}

/** Mark name the bench and tests read: a page passage's analysis is on screen. */
export const PASSAGE_SHOWN_MARK = 'ownership-lens:passage-shown';

/**
 * Scores the text the panel shows, with the user's rules and dismissals. A page selection
 * arrives already debounced and is scored at once; typing is scored after a pause.
 */
export function useScoredText(
  text: string,
  {
    live,
    settings,
    ignored,
    ready,
  }: { live: boolean; settings: PanelSettings; ignored: readonly IgnoredMatch[]; ready: boolean },
): ScoredText {
  const capped = useMemo(() => capPassage(text), [text]);
  // Each text is analyzed with the dismissals made in it; the ignore list reaches analyze() by hash.
  const analyzeText = useCallback(
    (t: string) => {
      const hash = hashPassage(t);
      return safeAnalyze(t, { disabledRules: settings.disabledRules, ignoredMatches: ignoredIn(ignored, hash) });
    },
    [settings.disabledRules, ignored],
  );
  const scoreNow = live && ready && capped.text.trim() !== '';
  const immediate = useMemo(() => (scoreNow ? analyzeText(capped.text) : null), [scoreNow, capped.text, analyzeText]);
  const typed = useLiveAnalysis(!live && ready ? capped.text : '', { analyzeText });
  const analysis = live ? immediate : typed.analysis;
  const analyzedText = live ? capped.text : typed.analyzedText;
  const passageHash = useMemo(() => hashPassage(analyzedText), [analyzedText]);
  const ignoredHere = useMemo(() => ignored.filter((m) => m.passage === passageHash), [ignored, passageHash]);
  const pending = live ? false : typed.pending || (!ready && capped.text.trim() !== '');
  return {
    capped,
    analyzedText,
    passageHash,
    ignoredHere,
    analysis,
    pending,
    failed: ready && !pending && analysis === null && capped.text.trim() !== '',
  };
}

function safeAnalyze(text: string, options: AnalyzeOptions): Analysis | null {
  try {
    return analyze(text, options);
  } catch (error) {
    console.error('Ownership Lens could not analyze this text', error);
    return null;
  }
}

export interface PassageShownDetail {
  selectionId: string;
  /** When the page captured the passage (Date.now() in the content script). */
  capturedAt: number | undefined;
  /** When the panel showed its analysis (Date.now() here: the same wall clock as the page's). */
  shownAt: number;
  /** hashPassage() of the analyzed text, so a reader can tell which passage this was without its words. */
  passage: string;
  score: number;
}

/**
 * Leaves a performance mark once a page passage's analysis is on screen (Preact runs effects
 * after the next frame), for the panel benchmark and anyone profiling the panel.
 */
export function usePassageShownMark(
  scored: ScoredText,
  selectionId: string | undefined,
  capturedAt: number | undefined,
): void {
  const { analysis, passageHash } = scored;
  useEffect(() => {
    if (!analysis || selectionId === undefined) return;
    const detail: PassageShownDetail = {
      selectionId,
      capturedAt,
      shownAt: Date.now(),
      passage: passageHash,
      score: analysis.score,
    };
    performance.mark(PASSAGE_SHOWN_MARK, { detail });
  }, [analysis, selectionId]);
}
