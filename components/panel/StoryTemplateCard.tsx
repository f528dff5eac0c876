import { useId } from 'preact/hooks';
import type { Analysis } from '@/lib/analysis';
import { missingComponents } from '@/lib/panel/story-template';
import { COMPONENT_LABELS } from '../labels';
import type { Applier, PanelNotice } from './apply';
import { RewriteEditor } from './RewriteEditor';

export interface StoryTemplateCardProps {
  analysis: Analysis;
  /** Length of the analyzed passage: the template replaces all of it. */
  textLength: number;
  applier: Applier;
  notify: (notice: PanelNotice) => void;
}

/** Problem → Action → Result → Learning, offered when the passage lacks most of its components. */
export function StoryTemplateCard({ analysis, textLength, applier, notify }: StoryTemplateCardProps) {
  const headingId = useId();
  const missing = missingComponents(analysis);
  return (
    <section class="report-section story-template" aria-labelledby={headingId}>
      <h2 id={headingId}>Whole-story template</h2>
      <p>
        This passage is missing {missing.length} of 9 components (
        {missing.map((id) => COMPONENT_LABELS[id].toLowerCase()).join(', ')}). Rather than patch it phrase by phrase,
        try telling it as Problem → Action → Result → Learning. The slots below are filled from your own words where the
        passage has them.
      </p>
      <RewriteEditor
        key={analysis.storyTemplate.filled}
        initial={analysis.storyTemplate.filled}
        range={{ start: 0, end: textLength }}
        replaces="the whole passage"
        applier={applier}
        notify={notify}
      />
    </section>
  );
}
