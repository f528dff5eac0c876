import { COMPONENT_IDS, type Analysis, type ComponentId, type Finding } from '@/lib/analysis';

/** A hand-built Analysis, so the component tests do not depend on the analyzer's current scores. */
export function makeAnalysis(
  overrides: Partial<Analysis> = {},
  presentComponents: Partial<Record<ComponentId, string>> = {},
): Analysis {
  const components = Object.fromEntries(
    COMPONENT_IDS.map((id) => {
      const evidence = presentComponents[id];
      return [
        id,
        evidence
          ? { present: true, spans: [{ start: 0, end: evidence.length, text: evidence }] }
          : { present: false, spans: [] },
      ];
    }),
  ) as Analysis['components'];
  return {
    score: 0,
    band: 'weak',
    scoring: {
      substance: 0,
      penalty: 0,
      score: 0,
      band: 'weak',
      contributions: {},
      penalties: {},
      capped: false,
      statedChoice: false,
    },
    components,
    findings: [],
    questions: [],
    words: 0,
    speakingSeconds: 0,
    storyTemplate: { template: '', filled: '' },
    ...overrides,
  };
}

export function makeFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'vague-quantity',
    category: 'vague-quantity',
    severity: 'warning',
    start: 8,
    end: 16,
    text: 'a lot of',
    message: 'A fuzzy amount where a number belongs.',
    why: 'A bar raiser cannot size the impact.',
    question: 'How many, exactly?',
    rewrite: { template: 'I [verb] [N] [things].', filled: 'I helped [N] [things].' },
    ...overrides,
  };
}
