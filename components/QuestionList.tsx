import { useId } from 'preact/hooks';
import type { Question } from '@/lib/analysis';

export interface QuestionListProps {
  questions: readonly Question[];
}

/** The follow-up questions that matter most for this passage, in the analyzer's order. */
export function QuestionList({ questions }: QuestionListProps) {
  const headingId = useId();
  return (
    <section class="report-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Questions a bar raiser would ask</h2>
      {questions.length === 0 ? (
        <p class="empty">No follow-up questions.</p>
      ) : (
        <ol class="questions" aria-labelledby={headingId}>
          {questions.map((question) => (
            <li key={question.text}>{question.text}</li>
          ))}
        </ol>
      )}
    </section>
  );
}
