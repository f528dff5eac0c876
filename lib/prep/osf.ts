/**
 * The OSF map of a story: hypothesis → primary metric → experiment design → outcome →
 * follow-up action. Each node starts from the analyzer's spans in the story; a node the user
 * wrote shows their words; an empty node shows the question a bar raiser asks about it.
 */
import { COMPONENT_DETECTORS, type Analysis, type ComponentId } from '@/lib/analysis';
import { OSF_NODES, type OsfNode } from '@/lib/library/model';

export interface OsfNodeSpec {
  label: string;
  /** The components whose spans prefill the node. */
  from: readonly ComponentId[];
  question: string;
}

const asked = (id: ComponentId) => COMPONENT_DETECTORS[id].question;

export const OSF_SPEC: Record<OsfNode, OsfNodeSpec> = {
  hypothesis: {
    label: 'Hypothesis',
    from: ['decision'],
    question: 'What did you believe would happen, and why did you bet on it?',
  },
  metric: { label: 'Primary metric', from: ['metric'], question: asked('metric') },
  design: { label: 'Experiment design', from: ['method'], question: asked('method') },
  outcome: { label: 'Outcome', from: ['outcome', 'timeframe'], question: asked('outcome') },
  followUp: { label: 'Follow-up action', from: ['scale', 'learning'], question: asked('scale') },
};

export interface OsfNodeView {
  node: OsfNode;
  label: string;
  /** What the node says: the user's words, else the story's; empty when neither has any. */
  value: string;
  origin: 'yours' | 'story' | 'empty';
  /** The story's own words for the node, for "use the story's words". */
  fromStory: string;
  question: string;
}

/** The story's words for a node: its components' spans (each in text order), each once, joined with "; ". */
export function storyWords(analysis: Pick<Analysis, 'components'>, node: OsfNode): string {
  const spans = OSF_SPEC[node].from.flatMap((id) =>
    [...analysis.components[id].spans].sort((a, b) => a.start - b.start),
  );
  const seen = new Set<string>();
  return spans
    .map((s) => s.text.replace(/\s+/g, ' ').trim())
    .filter((t) => t && !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase()))
    .join('; ');
}

export function osfMap(
  analysis: Pick<Analysis, 'components'>,
  saved: Partial<Record<OsfNode, string>> = {},
): OsfNodeView[] {
  return OSF_NODES.map((node) => {
    const fromStory = storyWords(analysis, node);
    const own = saved[node];
    const value = own ?? fromStory;
    return {
      node,
      label: OSF_SPEC[node].label,
      value,
      origin: !value ? 'empty' : own !== undefined ? 'yours' : 'story',
      fromStory,
      question: OSF_SPEC[node].question,
    };
  });
}
