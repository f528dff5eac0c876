import { useState } from 'preact/hooks';
import { PassageView } from '../panel/PassageView';
import { QuestionList } from '../QuestionList';
import { ScoreMeter } from '../ScoreMeter';
import { StoryInput } from '../StoryInput';
import { useLiveAnalysis } from '../useLiveAnalysis';

/** A first draft with the usual gaps: a title for evidence, "we", vague amounts and praise instead of a result. */
export const SAMPLE_STORY =
  'I was in charge of the returns project last year. We worked on a lot of fixes with the warehouse team and the new process made returns much faster. Customers were really happy and the project was a big success.';

/** The sample story, scored as the user edits it, with the same meter and marks as the panel. */
export function SampleStory() {
  const [story, setStory] = useState(SAMPLE_STORY);
  const { analysis, pending, analyzedText } = useLiveAnalysis(story);
  return (
    <section aria-labelledby="sample-heading">
      <h2 id="sample-heading">Try it on a sample story</h2>
      <p>
        A first draft, scored right here. Change it: name what you decided, add a number and a date, and watch the score
        move.
      </p>
      <StoryInput value={story} onInput={setStory} label="Sample story" />
      <div class="report" role="region" aria-label="Sample story analysis" aria-busy={pending}>
        {analysis ? (
          <>
            <ScoreMeter score={analysis.score} band={analysis.band} />
            <PassageView text={analyzedText} findings={analysis.findings} />
            <QuestionList questions={analysis.questions} />
          </>
        ) : (
          <p class="empty">Write a story above to see its score.</p>
        )}
      </div>
    </section>
  );
}
