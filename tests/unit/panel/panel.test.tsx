// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { analyze } from '@/lib/analysis';
import type { CapturedPassage, CaptureError } from '@/lib/messaging/protocol';
import type { FollowerBrowser } from '@/lib/panel/follower';
import type { PageLink } from '@/lib/panel/page-link';
import { hashPassage } from '@/lib/panel/passage-hash';
import { IGNORED_KEY } from '@/lib/settings/ignored';
import { setInPageHighlights, setRuleEnabled } from '@/lib/settings/settings';
import { Panel } from '@/components/panel/Panel';

// The library's own components are tested by the library work; here they only need to render.
vi.mock('@/components/library/LibraryTab', () => ({
  openLibraryEarly: () => undefined,
  LibraryTab: ({
    insertIntoPage,
  }: {
    insertIntoPage?: (text: string) => Promise<{ ok: boolean; message?: string }>;
  }) => (
    <p>
      Library here{' '}
      {insertIntoPage ? (
        <button
          type="button"
          onClick={() =>
            void insertIntoPage('I cut refunds by 45%.').then((r) =>
              document.body.setAttribute('data-inserted', r.ok ? 'ok' : r.message!),
            )
          }
        >
          Insert snippet
        </button>
      ) : (
        'no insert'
      )}
    </p>
  ),
}));
vi.mock('@/components/library/SaveToLibrary', () => ({
  SaveToLibrary: ({ text }: { text: string }) => <p>Save {text.length} characters</p>,
}));

const STORY =
  'Refund tickets had doubled to 1,200 a week. I worked on a new triage flow with the support lead and the data team, ' +
  'and tickets fell 45% in 30 days, measured on the support dashboard.';

function passage(text: string, extra: Partial<CapturedPassage> = {}): CapturedPassage {
  return {
    text,
    tabId: 5,
    selectionId: `sel-${text.length}`,
    capturedAt: 1,
    apply: 'editor',
    source: { kind: 'textarea', title: 'Notes', url: 'http://127.0.0.1/notes.html' },
    ...extra,
  };
}

function fakePage(answer: CapturedPassage | null | CaptureError) {
  const listeners = new Set<(p: CapturedPassage) => void>();
  const link = {
    prepareTab: vi.fn(async () => ({ ready: true })),
    getSelection: vi.fn(async () => answer),
    setHighlights: vi.fn(async () => ({ shown: 1 })),
    clearHighlights: vi.fn(async () => undefined),
    applyRewrite: vi.fn(async () => ({ ok: true as const })),
    exportDocs: vi.fn(async () => ({ text: 'We shipped the whole document.', title: 'Pricing story' })),
    onSelectionChanged: (listener: (p: CapturedPassage) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    hold: vi.fn(() => ({ release: vi.fn() })),
    announce: (p: CapturedPassage) => listeners.forEach((l) => l(p)),
  } satisfies PageLink & { announce: unknown };
  return link;
}

const none = { addListener: () => {}, removeListener: () => {} };
const sidePanel = (ownTab?: number, activeTab = () => 5): FollowerBrowser => ({
  tabs: {
    query: async () => [{ id: activeTab(), windowId: 1 }],
    getCurrent: async () => (ownTab === undefined ? undefined : { id: ownTab }),
    onActivated: none,
    onRemoved: none,
    onUpdated: none,
  },
  windows: { getCurrent: async () => ({ id: 1 }), onFocusChanged: none },
});

const settle = () => act(async () => void (await vi.advanceTimersByTimeAsync(150)));
const meter = () => screen.getByRole('meter', { name: 'Ownership score' });

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('Panel following the page', () => {
  it('scores the followed tab’s selection, says where it came from, and marks it in the page', async () => {
    const link = fakePage(passage(STORY));
    render(<Panel link={link} pinnedTabId={null} api={sidePanel()} />);
    await settle();
    expect(meter().getAttribute('aria-valuenow')).toBe(String(analyze(STORY).score));
    expect(screen.getByText(/Selection in a text area on “Notes”/)).toBeTruthy();
    expect(link.hold).toHaveBeenCalledWith(5, expect.any(Function));
    expect(link.setHighlights).toHaveBeenLastCalledWith({
      tabId: 5,
      selectionId: `sel-${STORY.length}`,
      ranges: analyze(STORY).findings.map(({ start, end, category }) => ({ start, end, category })),
    });

    const next = 'We shipped five features this quarter.';
    link.announce(passage(next));
    await settle();
    expect(meter().getAttribute('aria-valuenow')).toBe(String(analyze(next).score));

    await act(async () => void (await setInPageHighlights(false)));
    await settle();
    expect(link.clearHighlights).toHaveBeenCalledWith(5);
  });

  it('"Not a problem here" is stored under the passage’s hash and re-scores', async () => {
    const link = fakePage(passage(STORY));
    render(<Panel link={link} pinnedTabId={null} api={sidePanel()} />);
    await settle();
    const card = screen.getByRole('article', { name: /worked on/ });
    await act(async () => void fireEvent.click(within(card).getByRole('button', { name: 'Not a problem here' })));
    await settle();
    const stored = (await fakeBrowser.storage.local.get(IGNORED_KEY))[IGNORED_KEY] as Array<Record<string, unknown>>;
    expect(stored).toEqual([
      expect.objectContaining({ passage: hashPassage(STORY), ruleId: 'weak-verb', text: 'worked on' }),
    ]);
    expect(meter().getAttribute('aria-valuenow')).toBe(
      String(analyze(STORY, { ignoredMatches: [{ ruleId: 'weak-verb', text: 'worked on' }] }).score),
    );
    expect(screen.queryByRole('article', { name: /worked on/ })).toBeNull();
    expect(screen.getByText('1 ignored in this passage — show or restore')).toBeTruthy();
  });

  it('a rule switched off in another panel takes effect here at once', async () => {
    render(<Panel link={fakePage(passage(STORY))} pinnedTabId={null} api={sidePanel()} />);
    await settle();
    await act(async () => void (await setRuleEnabled('weak-verb', false)));
    await settle();
    expect(meter().getAttribute('aria-valuenow')).toBe(String(analyze(STORY, { disabledRules: ['weak-verb'] }).score));
  });

  it('Apply replaces the finding’s sentence in the page and scores what the page hands back', async () => {
    const link = fakePage(passage(STORY));
    const applied = STORY.replace('I worked on a new triage flow', 'I designed a new triage flow');
    link.applyRewrite.mockResolvedValue({ ok: true, passage: passage(applied, { selectionId: 'after' }) } as never);
    render(<Panel link={link} pinnedTabId={null} api={sidePanel()} />);
    await settle();
    const card = screen.getByRole('article', { name: /worked on/ });
    fireEvent.input(within(card).getByRole('textbox'), {
      target: {
        value:
          'I designed a new triage flow with the support lead and the data team, and tickets fell 45% in 30 days, measured on the support dashboard.',
      },
    });
    await act(async () => void fireEvent.click(within(card).getByRole('button', { name: 'Apply' })));
    await settle();
    expect(link.applyRewrite).toHaveBeenCalledWith({
      tabId: 5,
      selectionId: `sel-${STORY.length}`,
      original: STORY,
      replacement: applied,
    });
    expect(meter().getAttribute('aria-valuenow')).toBe(String(analyze(applied).score));
    expect(screen.getByText('Applied in the page. Press Ctrl+Z in the page to undo it.')).toBeTruthy();
  });

  it('gives the Library an insert that goes through Apply, and none in paste mode', async () => {
    const link = fakePage(passage(STORY));
    render(<Panel link={link} pinnedTabId={null} api={sidePanel()} />);
    await settle();
    fireEvent.click(screen.getByRole('tab', { name: 'Library' }));
    await settle();
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Insert snippet' })));
    await settle();
    expect(link.applyRewrite).toHaveBeenCalledWith({
      tabId: 5,
      selectionId: `sel-${STORY.length}`,
      original: STORY,
      replacement: 'I cut refunds by 45%.',
    });
    expect(document.body.getAttribute('data-inserted')).toBe('ok');
    fireEvent.click(screen.getByRole('radio', { name: 'Text I type or paste here' }));
    await settle();
    expect(screen.getByText(/no insert/)).toBeTruthy();
  });

  it('a switch to another tab not heard yet: Apply and Insert, clicked now, copy instead of writing into the old tab', async () => {
    const link = fakePage(passage(STORY));
    let active = 5;
    render(<Panel link={link} pinnedTabId={null} api={sidePanel(undefined, () => active)} />);
    await settle();
    active = 9; // the browser already shows another tab; its onActivated has not reached the panel
    const card = screen.getByRole('article', { name: /worked on/ });
    fireEvent.input(within(card).getByRole('textbox'), { target: { value: 'I designed a new triage flow.' } });
    await act(async () => void fireEvent.click(within(card).getByRole('button', { name: 'Apply' })));
    await settle();
    expect(within(card).getByRole('status').textContent).toMatch(/^This passage is from another tab/);
    fireEvent.click(screen.getByRole('tab', { name: 'Library' }));
    await settle();
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Insert snippet' })));
    await settle();
    expect(document.body.getAttribute('data-inserted')).toMatch(/^This passage is from another tab/);
    expect(link.applyRewrite).not.toHaveBeenCalled();
  });

  it('offers the Docs fallbacks, and scores the whole document on request', async () => {
    const link = fakePage({
      error: 'docs-api-missing',
      message: 'No API.',
      fallbacks: ['docs-copy', 'docs-export', 'docs-accessibility', 'clipboard'],
    });
    render(<Panel link={link} pinnedTabId={null} api={sidePanel()} />);
    await settle();
    // Their code loads when they are first needed.
    await act(async () => void (await import('@/components/panel/DocsFallbacks')));
    await settle();
    expect(screen.getByText(/Select the passage in Docs and copy it/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Paste what you copied' })).toBeTruthy();
    expect(screen.getByText('Tools → Accessibility')).toBeTruthy();
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Score the whole document' })));
    await settle();
    expect(link.exportDocs).toHaveBeenCalledWith(5);
    expect(screen.getByText(/Google Docs, whole document \(plain-text export\): “Pricing story”/)).toBeTruthy();
    expect(meter().getAttribute('aria-valuenow')).toBe(String(analyze('We shipped the whole document.').score));
  });

  it('explains a tab it may not read', async () => {
    const link = fakePage({ error: 'no-content-script', message: 'x' });
    link.prepareTab.mockResolvedValue({
      ready: false,
      reason: 'Browsers do not let extensions read this page.',
    } as never);
    render(<Panel link={link} pinnedTabId={null} api={sidePanel()} />);
    await settle();
    expect(screen.getByRole('alert').textContent).toContain('Browsers do not let extensions read this page.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('opened in a tab of its own, scores typed text, and Apply writes into the text box', async () => {
    render(<Panel link={fakePage(null)} pinnedTabId={null} api={sidePanel(9)} />);
    await settle();
    expect(screen.queryByRole('radio')).toBeNull();
    const box = screen.getByRole('textbox', { name: 'Interview story' }) as HTMLTextAreaElement;
    fireEvent.input(box, { target: { value: STORY } });
    await settle();
    expect(meter().getAttribute('aria-valuenow')).toBe(String(analyze(STORY).score));
    expect(screen.getByText('Pasted into the panel')).toBeTruthy();
  });

  it('says clearly when a huge selection is only partly scored, and copy-only', async () => {
    const huge = 'I helped with a lot of projects. '.repeat(40_000);
    render(<Panel link={fakePage(passage(huge, { truncated: true }))} pinnedTabId={null} api={sidePanel()} />);
    await settle();
    expect(screen.getByRole('note').textContent).toMatch(
      /This passage is more than 1,320,000 characters long\..*only the first 40,000 characters/s,
    );
    expect(screen.queryByRole('button', { name: 'Apply' })).toBeNull();
  });
});
