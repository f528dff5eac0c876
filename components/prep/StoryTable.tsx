import { formatSeconds, scoreText } from '@/components/library/format';
import { coverageText } from '@/lib/prep/claims';
import type { StoryReadiness } from '@/lib/prep/readiness';

/** Every story with its score, band, speaking time and proof coverage; the readiest first. */
export function StoryTable({ stories }: { stories: readonly StoryReadiness[] }) {
  return (
    <div class="lib-scroll">
      <table class="lib-grid prep-stories">
        <caption>Stories, readiest first: strong and under two minutes is ready for the loop.</caption>
        <thead>
          <tr>
            <th scope="col">Story</th>
            <th scope="col">Score</th>
            <th scope="col">Time</th>
            <th scope="col">Proof</th>
          </tr>
        </thead>
        <tbody>
          {stories.map((s) => (
            <tr key={s.story.id}>
              <th scope="row">
                {s.story.title}
                {s.ready && <span class="lib-tag">ready</span>}
              </th>
              <td>{s.text.trim() ? scoreText(s.analysis.score, s.analysis.band) : 'not written yet'}</td>
              <td>{formatSeconds(s.analysis.speakingSeconds)}</td>
              <td>{coverageText(s.coverage)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
