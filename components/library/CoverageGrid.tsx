import { useId } from 'preact/hooks';
import { principleCoverage } from '@/lib/library';
import { useLibraryEnv } from './env';
import { plural } from './format';
import { useLiveQuery } from './useLiveQuery';

/** Principles down, stories across: which principles each story covers, and which have no story at all. */
export function CoverageGrid() {
  const env = useLibraryEnv();
  const id = useId();
  const grid = useLiveQuery(() => principleCoverage(env.db), [env.db]).value;
  if (!grid) return null;
  return (
    <section class="lib-coverage" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Principles covered by your stories</h3>
      {grid.stories.length === 0 ? (
        <p class="lib-hint">Create a story to see which principles it covers.</p>
      ) : (
        <div class="lib-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
          <table class="lib-grid">
            <caption id={`${id}-caption`}>
              Principles × stories: “Yes” when the story or one of its snippets carries the principle
            </caption>
            <thead>
              <tr>
                <th scope="col">Principle</th>
                {grid.stories.map((s) => (
                  <th scope="col" key={s.id}>
                    {s.title}
                  </th>
                ))}
                <th scope="col">Stories</th>
              </tr>
            </thead>
            <tbody>
              {grid.rows.map((row) => {
                const count = row.cells.filter((c) => c.covered).length;
                return (
                  <tr key={row.principle} class={count === 0 ? 'lib-grid__gap' : undefined}>
                    <th scope="row">{row.principle}</th>
                    {row.cells.map((cell) => (
                      <td key={cell.storyId}>
                        {cell.covered ? (
                          <>
                            <span aria-hidden="true">✓ </span>Yes
                            {cell.snippetIds.length > 0 && (
                              <span class="lib-hint"> ({plural(cell.snippetIds.length, 'snippet')})</span>
                            )}
                          </>
                        ) : (
                          <span class="lib-muted">No</span>
                        )}
                      </td>
                    ))}
                    <td>{count === 0 ? <strong>None</strong> : count}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <p>
        {grid.uncovered.length === 0 ? (
          'Every principle is covered by at least one story.'
        ) : (
          <>
            <span class="lib-label">No story yet for:</span> {grid.uncovered.join(', ')}.
          </>
        )}
      </p>
    </section>
  );
}
