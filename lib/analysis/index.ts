import { prepare } from './prepare';
import { COMPONENT_IDS, type Analysis, type AnalyzeOptions, type ComponentId, type ComponentResult } from './types';

export * from './types';

const WORDS_PER_MINUTE = 150;

/** Pure, synchronous and deterministic: the same text and options always give the same analysis. */
export function analyze(text: string, _options: AnalyzeOptions = {}): Analysis {
  const prep = prepare(text);
  const components = Object.fromEntries(COMPONENT_IDS.map((id) => [id, { present: false, spans: [] }])) as Record<ComponentId, ComponentResult>;
  return {
    score: 0,
    band: 'weak',
    components,
    findings: [],
    questions: [],
    words: prep.words,
    speakingSeconds: Math.round((prep.words / WORDS_PER_MINUTE) * 60),
    storyTemplate: { template: '', filled: '' },
  };
}
