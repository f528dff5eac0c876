import { useId } from 'preact/hooks';
import { COMPONENT_DETECTORS, COMPONENT_IDS, type Analysis } from '@/lib/analysis';
import { COMPONENT_LABELS } from './labels';

export interface ComponentChecklistProps {
  components: Analysis['components'];
}

/** The nine story components, each marked present or missing in words: its evidence, or the question it leaves open. */
export function ComponentChecklist({ components }: ComponentChecklistProps) {
  const headingId = useId();
  const presentCount = COMPONENT_IDS.filter((id) => components[id].present).length;
  return (
    <section class="report-section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        Story components{' '}
        <span class="count">
          ({presentCount} of {COMPONENT_IDS.length} present)
        </span>
      </h2>
      <ul class="checklist" aria-labelledby={headingId}>
        {COMPONENT_IDS.map((id) => {
          const { present, spans } = components[id];
          const evidence = spans[0]?.text;
          return (
            <li key={id} class={`checklist__item checklist__item--${present ? 'present' : 'missing'}`}>
              <span class="checklist__mark" aria-hidden="true">
                {present ? '✓' : '✗'}
              </span>{' '}
              <span class="checklist__name">{COMPONENT_LABELS[id]}</span>{' '}
              <span class="checklist__state">{present ? 'present' : 'missing'}</span>
              {present && evidence && (
                <>
                  {': '}
                  <q class="checklist__evidence">{evidence}</q>
                </>
              )}
              {!present && (
                <>
                  {': '}
                  <span class="checklist__question">{COMPONENT_DETECTORS[id].question}</span>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
