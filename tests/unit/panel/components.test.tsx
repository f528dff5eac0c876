// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '@/lib/analysis';
import { RULES } from '@/lib/analysis';
import type { ApplyResult } from '@/lib/messaging/protocol';
import { applyOrCopy, COPY_ONLY, type Applier } from '@/components/panel/apply';
import { PassageView } from '@/components/panel/PassageView';
import { RewriteEditor } from '@/components/panel/RewriteEditor';
import { SettingsView } from '@/components/panel/SettingsView';
import { TabList, TabPanel } from '@/components/panel/Tabs';
import { makeFinding } from '../components/fixtures';

afterEach(cleanup);

const TEXT = 'I helped with a lot of projects.';
const FINDINGS: Finding[] = [
  makeFinding({
    ruleId: 'weak-verb',
    category: 'weak-verb',
    start: 2,
    end: 8,
    text: 'helped',
    message: 'This verb hides what you did.',
    why: 'Anyone could have helped.',
  }),
  makeFinding({ start: 14, end: 22, text: 'a lot of' }),
  makeFinding({
    ruleId: 'outer',
    category: 'hedge',
    start: 2,
    end: 22,
    text: 'helped with a lot of',
    message: 'Overlapping.',
    why: 'Because.',
  }),
];

describe('PassageView', () => {
  it('names every finding’s category in text, with a legend of counts', () => {
    render(<PassageView text={TEXT} findings={FINDINGS} />);
    const labels = screen.getAllByRole('button');
    expect(labels.map((b) => b.textContent)).toEqual(['Weak verb', 'Hedge', 'Vague quantity']);
    expect(labels[0]!.getAttribute('aria-label')).toBe('Weak verb: helped');
    const legend = screen.getByRole('list', { name: /Legend/ });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Hedge: 1', 'Vague quantity: 1', 'Weak verb: 1']);
  });

  it('keeps the passage’s own text, with overlapping findings marked together', () => {
    const { container } = render(<PassageView text={TEXT} findings={FINDINGS} />);
    const passage = container.querySelector('.passage')!;
    const text = [...passage.childNodes]
      .filter((n) => n.nodeName !== 'BUTTON')
      .map((n) => n.textContent)
      .join('');
    expect(text).toBe(TEXT);
    const overlap = [...passage.querySelectorAll('.hl--overlap')].map((el) => [
      el.textContent,
      el.getAttribute('data-categories'),
    ]);
    expect(overlap).toEqual([
      ['helped', 'weak-verb hedge'],
      ['a lot of', 'vague-quantity hedge'],
    ]);
  });

  it('shows the message and why of a focused label, and hides it on Escape', () => {
    render(<PassageView text={TEXT} findings={FINDINGS} />);
    expect(screen.queryByRole('tooltip')).toBeNull();
    const label = screen.getByRole('button', { name: 'Weak verb: helped' });
    fireEvent.focus(label);
    const tip = screen.getByRole('tooltip');
    expect(tip.textContent).toContain('This verb hides what you did.');
    expect(tip.textContent).toContain('Anyone could have helped.');
    expect(label.getAttribute('aria-describedby')).toBe(tip.id);
    fireEvent.keyDown(label, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('shows a finding’s tip when its marked words are hovered', () => {
    const { container } = render(<PassageView text={TEXT} findings={FINDINGS} />);
    fireEvent.mouseEnter(container.querySelector('.hl[data-categories="vague-quantity hedge"]')!);
    expect(screen.getByRole('tooltip').textContent).toContain('Overlapping.');
  });
});

function editor(applier: Applier, initial = 'I cut [metric] by [X%].') {
  const notify = vi.fn();
  render(
    <RewriteEditor
      initial={initial}
      range={{ start: 0, end: 10 }}
      replaces="the sentence"
      applier={applier}
      notify={notify}
    />,
  );
  return { notify, box: screen.getByRole('textbox', { name: /Good/ }) as HTMLTextAreaElement };
}

describe('RewriteEditor', () => {
  it('marks the unfilled slots and updates them as the user types', () => {
    const { box } = editor(COPY_ONLY('Copy only.'));
    expect(screen.getAllByText(/^\[(metric|X%)\]$/).map((el) => el.tagName)).toEqual(['MARK', 'MARK']);
    fireEvent.input(box, { target: { value: 'I cut churn by [X%].' } });
    expect(screen.queryByText('[metric]')).toBeNull();
    fireEvent.input(box, { target: { value: 'I cut churn by 4%.' } });
    expect(screen.getByText('Every slot is filled.')).toBeTruthy();
  });

  it('will not apply while a slot is empty, and applies the edited text when filled', async () => {
    const apply = vi.fn(async (): Promise<ApplyResult> => ({ ok: true }));
    const { box, notify } = editor({ kind: 'page', apply });
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Apply' })));
    expect(apply).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toMatch(/Fill in \[metric\], \[X%\] first/);
    fireEvent.input(box, { target: { value: 'I cut churn by 4%.' } });
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Apply' })));
    expect(apply).toHaveBeenCalledWith({ start: 0, end: 10 }, 'I cut churn by 4%.');
    expect(notify).toHaveBeenCalledWith({ message: 'Applied in the page. Press Ctrl+Z in the page to undo it.' });
  });

  it('on a failed Apply leaves the rewrite on the clipboard and says so', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText, readText: vi.fn() }, configurable: true });
    const apply = async (): Promise<ApplyResult> => ({
      ok: false,
      reason: 'page-changed',
      message: 'The page changed since it was read, so nothing was replaced.',
    });
    editor({ kind: 'page', apply }, 'I cut churn by 4%.');
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Apply' })));
    await vi.waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'The page changed since it was read, so nothing was replaced. The text is on your clipboard: paste it in yourself.',
      ),
    );
    expect(writeText).toHaveBeenCalledWith('I cut churn by 4%.');
  });

  it('in Google Docs says Apply, as everywhere, and the notice names Ctrl+Z in the document', async () => {
    const apply = vi.fn(async (): Promise<ApplyResult> => ({ ok: true }));
    const { notify } = editor({ kind: 'docs', apply }, 'I cut churn by 4%.');
    expect(screen.queryByRole('button', { name: /copy for Docs/ })).toBeNull();
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Apply' })));
    expect(apply).toHaveBeenCalledWith({ start: 0, end: 10 }, 'I cut churn by 4%.');
    expect(notify).toHaveBeenCalledWith({
      message: 'Applied in Google Docs. Press Ctrl+Z in the document to undo it.',
    });
  });

  it('offers no Apply where the text cannot be written to, and says why', () => {
    editor(COPY_ONLY('This text is not in an editable field, so rewrites can only be copied.'));
    expect(screen.queryByRole('button', { name: /Apply/ })).toBeNull();
    expect(screen.getByText('This text is not in an editable field, so rewrites can only be copied.')).toBeTruthy();
  });
});

describe('TabList', () => {
  function Tabs() {
    const [tab, setTab] = useState<'a' | 'b' | 'c'>('a');
    const tabs = [
      { id: 'a', label: 'Analysis' },
      { id: 'b', label: 'Library' },
      { id: 'c', label: 'Settings' },
    ] as const;
    return (
      <>
        <TabList label="Views" tabs={tabs} selected={tab} onSelect={setTab} idPrefix="t" />
        {tabs.map((t) => (
          <TabPanel key={t.id} idPrefix="t" id={t.id} selected={tab === t.id}>
            {t.label} content
          </TabPanel>
        ))}
      </>
    );
  }

  it('has one tab stop and moves with arrows, Home and End', () => {
    render(<Tabs />);
    const [analysis, library, settings] = screen.getAllByRole('tab');
    expect([analysis, library, settings].map((t) => t!.getAttribute('tabindex'))).toEqual(['0', '-1', '-1']);
    fireEvent.keyDown(analysis!, { key: 'ArrowRight' });
    expect(library!.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(library);
    fireEvent.keyDown(library!, { key: 'End' });
    expect(settings!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(settings!, { key: 'ArrowRight' });
    expect(analysis!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(analysis!, { key: 'ArrowLeft' });
    expect(settings!.getAttribute('aria-selected')).toBe('true');
    const panel = document.getElementById(settings!.getAttribute('aria-controls')!)!;
    expect(panel.getAttribute('role')).toBe('tabpanel');
    expect(panel.hidden).toBe(false);
    expect(document.getElementById(analysis!.getAttribute('aria-controls')!)!.hidden).toBe(true);
  });
});

describe('SettingsView', () => {
  it('lists every rule by category with its description, and reports each change', () => {
    const setRule = vi.fn();
    const setInPageHighlights = vi.fn();
    const setToolbarBadge = vi.fn();
    render(
      <SettingsView
        settings={{ disabledRules: ['weak-verb'], inPageHighlights: true, toolbarBadge: true }}
        ignoredCount={2}
        setRule={setRule}
        setAllRules={vi.fn()}
        setInPageHighlights={setInPageHighlights}
        setToolbarBadge={setToolbarBadge}
        forgetIgnored={vi.fn()}
      />,
    );
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(RULES.length + 2);
    const weakVerb = screen.getByRole('checkbox', { name: 'Weak verb' }) as HTMLInputElement;
    expect(weakVerb.checked).toBe(false);
    expect(document.getElementById(weakVerb.getAttribute('aria-describedby')!)!.textContent).toBe(
      RULES.find((r) => r.id === 'weak-verb')!.description,
    );
    fireEvent.click(weakVerb);
    expect(setRule).toHaveBeenCalledWith('weak-verb', true);
    fireEvent.click(screen.getByRole('checkbox', { name: /in-page highlights/ }));
    expect(setInPageHighlights).toHaveBeenCalledWith(false);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show the band on the toolbar button' }));
    expect(setToolbarBadge).toHaveBeenCalledWith(false);
    expect(screen.getByText(`Rules`).textContent).toContain(`(${RULES.length - 1} of ${RULES.length} on)`);
    expect(screen.getByText('2 matches are ignored across your passages.')).toBeTruthy();
    expect(screen.getAllByRole('group').length).toBeGreaterThan(2);
  });
});

describe('applyOrCopy', () => {
  it('passes a success through, and on a failure copies the text and says where it is', async () => {
    const copy = vi.fn(async () => true);
    expect(
      await applyOrCopy({ kind: 'page', apply: async () => ({ ok: true }) }, { start: 0, end: 1 }, 'x', copy),
    ).toEqual({ ok: true });
    expect(copy).not.toHaveBeenCalled();
    const failed = await applyOrCopy(
      {
        kind: 'page',
        apply: async () => ({ ok: false, reason: 'editor-rejected', message: 'The editor refused the change.' }),
      },
      { start: 0, end: 1 },
      'x',
      copy,
    );
    expect(copy).toHaveBeenCalledWith('x');
    expect(failed).toEqual({
      ok: false,
      reason: 'editor-rejected',
      message: 'The editor refused the change. The text is on your clipboard: paste it in yourself.',
    });
    const refused = await applyOrCopy(
      { kind: 'page', apply: async () => ({ ok: false, reason: 'page-changed', message: 'The page changed.' }) },
      { start: 0, end: 1 },
      'x',
      async () => false,
    );
    expect(refused.ok === false && refused.message).toBe('The page changed. Copy it from the panel instead.');
  });
});
