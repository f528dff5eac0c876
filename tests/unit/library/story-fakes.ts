/** A deterministic analyzer for stories: metric and timeframe spans found by fixed patterns. */
import type { Span } from '@/lib/analysis';
import type { Analyzer } from '@/lib/library/deps';
import { fakeAnalysis } from './helpers';

function spans(text: string, pattern: RegExp): Span[] {
  return [...text.matchAll(new RegExp(pattern, 'gi'))].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
}

export const METRIC_WORDS = /\b(?:conversion|refund tickets|p99 latency|revenue)\b/;
export const TIMEFRAME = /\b(?:in|over|within) \d+ (?:days|weeks|months)\b|\bin Q[1-4]\b/;

/** Score: 10 per present component; present: metric/timeframe when found, decision when "I " appears. */
export const storyAnalyzer: Analyzer = (text) => {
  const metric = spans(text, METRIC_WORDS);
  const timeframe = spans(text, TIMEFRAME);
  const decision = spans(text, /\bI (?:chose|decided|killed|cut)\b/);
  const present = [metric, timeframe, decision].filter((s) => s.length > 0).length;
  const words = text.split(/\s+/).filter(Boolean).length;
  return fakeAnalysis(present * 30, [], { metric, timeframe, decision }, words);
};
