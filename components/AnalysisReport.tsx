import type { Analysis } from '@/lib/analysis';
import { offersStoryTemplate } from '@/lib/panel/story-template';
import type { IgnoredMatch } from '@/lib/settings/ignored';
import { ComponentChecklist } from './ComponentChecklist';
import { IgnoredMatches } from './panel/IgnoredMatches';
import { PassageView } from './panel/PassageView';
import { RewriteCards, type CardActions } from './panel/RewriteCards';
import { StoryTemplateCard } from './panel/StoryTemplateCard';
import { QuestionList } from './QuestionList';
import { ScoreBreakdown } from './ScoreBreakdown';
import { ScoreMeter } from './ScoreMeter';
import { StoryLength } from './StoryLength';

export interface AnalysisReportProps extends CardActions {
  analysis: Analysis;
  /** The analyzed text, which the findings' offsets point into. */
  text: string;
  /** Matches marked "Not a problem here" in this passage. */
  ignored?: readonly IgnoredMatch[];
  restore?: (match: IgnoredMatch) => void;
  restoreAll?: () => void;
}

/** Everything the panel says about one passage: score first, then the passage marked, then what to ask and fix. */
export function AnalysisReport({
  analysis,
  text,
  ignored = [],
  restore = () => {},
  restoreAll = () => {},
  ...actions
}: AnalysisReportProps) {
  return (
    <div class="report">
      <ScoreMeter score={analysis.score} band={analysis.band} />
      <ScoreBreakdown scoring={analysis.scoring} />
      <StoryLength words={analysis.words} speakingSeconds={analysis.speakingSeconds} />
      <PassageView text={text} findings={analysis.findings} />
      <QuestionList questions={analysis.questions} />
      <ComponentChecklist components={analysis.components} />
      {offersStoryTemplate(analysis) && (
        <StoryTemplateCard
          analysis={analysis}
          textLength={text.length}
          applier={actions.applier}
          notify={actions.notify}
        />
      )}
      <RewriteCards text={text} findings={analysis.findings} {...actions} />
      <IgnoredMatches matches={ignored} restore={restore} restoreAll={restoreAll} />
    </div>
  );
}
