// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { MarkdownPreview } from '@/components/library/markdown';
import { escapeMarkdown, renderCheatSheet } from '@/lib/library/cheatsheet';

afterEach(cleanup);

describe('the cheat sheet preview', () => {
  it('turns escapes back into the user’s characters and emphasis into <em>, as text nodes', () => {
    const hostile = 'Cut *cost* [by] 12% <script>alert(1)</script> with my_team | `x` \\ done';
    const { container } = render(
      <MarkdownPreview markdown={`# Title\n\n- ${escapeMarkdown(hostile)} _(80, strong)_\n`} />,
    );
    expect(container.querySelector('h3')?.textContent).toBe('Title');
    const item = container.querySelector('li')!;
    expect(item.textContent).toBe(`${hostile} (80, strong)`);
    expect(container.querySelector('script')).toBeNull();
    expect(item.querySelectorAll('em')).toHaveLength(1);
  });

  it('renders a whole cheat sheet with its headings, lists and paragraphs', () => {
    const markdown = renderCheatSheet({
      principles: ['Ownership', 'Frugality'],
      snippets: [],
      stories: [],
    });
    const { container } = render(<MarkdownPreview markdown={markdown} />);
    expect([...container.querySelectorAll('h3, h4, h5')].map((h) => `${h.tagName} ${h.textContent}`)).toEqual([
      'H3 Interview cheat sheet',
      'H4 Strongest phrasings by principle',
      'H4 Stories and their numbers',
    ]);
    expect([...container.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'No phrasing yet for: Ownership, Frugality.',
      'No stories yet.',
    ]);
  });
});
