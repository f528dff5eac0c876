import type { Analysis } from '@/lib/analysis';
import { ComponentChecklist } from './ComponentChecklist';
import { FindingList } from './FindingList';
import { QuestionList } from './QuestionList';
import { ScoreMeter } from './ScoreMeter';
import { StoryLength } from './StoryLength';

export interface AnalysisReportProps {
  analysis: Analysis;
}

/** Everything the panel says about one passage: score and band first, then what to ask and fix. */
export function AnalysisReport({ analysis }: AnalysisReportProps) {
  return (
    <div class="report">
      <ScoreMeter score={analysis.score} band={analysis.band} />
      <StoryLength words={analysis.words} speakingSeconds={analysis.speakingSeconds} />
      <QuestionList questions={analysis.questions} />
      <FindingList findings={analysis.findings} />
      <ComponentChecklist components={analysis.components} />
    </div>
  );
}
