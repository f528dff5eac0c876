import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { RULES, type Finding } from '@/lib/analysis';
import type { CapturedPassage, HighlightsUnavailable, PassageSource } from '@/lib/messaging/protocol';
import { readClipboard } from '@/lib/panel/clipboard';
import { isLive } from '@/lib/panel/follow-state';
import type { FollowerBrowser } from '@/lib/panel/follower';
import type { PageLink } from '@/lib/panel/page-link';
import { marksInPage } from '@/lib/panel/source-label';
import { forgetAllIgnored, ignoreMatch, restoreAllIn, restoreMatch, type IgnoredMatch } from '@/lib/settings/ignored';
import { setInPageHighlights, setRuleEnabled, setToolbarBadge, updateSettings } from '@/lib/settings/settings';
import { CATEGORY_LABELS, ruleName } from '../labels';
import { AnalysisTab, TextSource } from './AnalysisTab';
import type { PanelNotice } from './apply';
import { lazyComponent } from './lazy';
import { Notice } from './Notice';
import { SettingsView } from './SettingsView';
import type { TextMode } from './SourceSwitch';
import { TabList, TabPanel } from './Tabs';
import { useAppliers } from './useAppliers';
import { useFollower } from './useFollower';
import { useIgnoredMatches, usePanelSettings } from './usePanelData';
import { usePassageShownMark, useScoredText } from './useScoredText';
import { useToolbarBadge } from './useToolbarBadge';

// The library's database code loads after the panel is on screen, never before the first score.
const LibraryTab = lazyComponent(() =>
  import('@/components/library/LibraryTab').then((m) => {
    m.openLibraryEarly();
    return m.LibraryTab;
  }),
);
const SaveToLibrary = lazyComponent(() => import('@/components/library/SaveToLibrary').then((m) => m.SaveToLibrary));

type TabName = 'analysis' | 'library' | 'settings';
const TABS = [
  { id: 'analysis', label: 'Analysis' },
  { id: 'library', label: 'Library' },
  { id: 'settings', label: 'Settings' },
] as const;

export interface PanelProps {
  link: PageLink;
  /** From ?tabId=N. */
  pinnedTabId: number | null;
  api?: FollowerBrowser;
}

const PASTED: PassageSource = { kind: 'paste', title: '', url: '' };

const HIGHLIGHTS_UNAVAILABLE: Record<HighlightsUnavailable, string> = {
  field: 'Text fields cannot show highlights, so the findings are marked here in the panel only.',
  docs: 'Google Docs draws its text on a canvas, so the findings are marked here in the panel only.',
  unsupported: 'This browser cannot mark text in pages, so the findings are marked here in the panel only.',
  'page-changed': 'The page changed after the selection was read, so nothing was marked in it.',
  'off-page': 'This text is not shown on the page itself, so nothing was marked in it.',
};

export function Panel({ link, pinnedTabId, api }: PanelProps) {
  const [tab, setTab] = useState<TabName>('analysis');
  // Once opened, the library stays mounted, so its search and scroll survive a look at the analysis.
  const [libraryMounted, setLibraryMounted] = useState(false);
  const selectTab = (id: TabName) => {
    setTab(id);
    if (id === 'library') setLibraryMounted(true);
  };
  // Once the panel is on screen and idle (after any first score), the library's code and database
  // get ready for the first click on Library.
  useEffect(() => {
    const preload = () => void LibraryTab.preload().catch(() => undefined);
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(preload, 0);
      return () => clearTimeout(timer);
    }
    const idle = requestIdleCallback(preload, { timeout: 2_000 });
    return () => cancelIdleCallback(idle);
  }, []);
  const [modeChoice, setModeChoice] = useState<TextMode | null>(null);
  const [story, setStory] = useState('');
  const storyBox = useRef<HTMLTextAreaElement>(null);
  const [notice, setNotice] = useState<{ notice: PanelNotice | null; serial: number }>({ notice: null, serial: 0 });
  const notify = useCallback((next: PanelNotice) => setNotice((n) => ({ notice: next, serial: n.serial + 1 })), []);

  const { follow, follower } = useFollower(link, pinnedTabId, api);
  const { settings, loaded: settingsLoaded } = usePanelSettings();
  const { ignored, loaded: ignoredLoaded } = useIgnoredMatches();

  const mode: TextMode = follow.phase === 'unavailable' ? 'paste' : (modeChoice ?? 'page');
  const passage = mode === 'page' ? follow.passage : null;
  const scored = useScoredText(mode === 'page' ? (passage?.text ?? '') : story, {
    live: mode === 'page',
    settings,
    ignored,
    ready: settingsLoaded && ignoredLoaded,
  });
  const { analysis, capped, analyzedText, passageHash } = scored;
  usePassageShownMark(
    mode === 'page' ? scored : { ...scored, analysis: null },
    passage?.selectionId,
    passage?.capturedAt,
  );
  useToolbarBadge(passage?.tabId ?? follow.tabId, analysis, settings.toolbarBadge && settingsLoaded);

  // In-page highlights: on the live selection only, and cleared when turned off or left.
  const highlighted = useRef<number | null>(null);
  const [highlightNote, setHighlightNote] = useState<string | null>(null);
  const liveInPage = mode === 'page' && passage !== null && isLive(follow) && marksInPage(passage.source.kind);
  useEffect(() => {
    const clear = () => {
      if (highlighted.current !== null) void link.clearHighlights(highlighted.current);
      highlighted.current = null;
    };
    if (!liveInPage || !settings.inPageHighlights || !passage || !analysis) {
      if (!liveInPage || !settings.inPageHighlights) clear();
      setHighlightNote(null);
      return;
    }
    if (highlighted.current !== null && highlighted.current !== passage.tabId) clear();
    highlighted.current = passage.tabId;
    let current = true;
    void link
      .setHighlights({
        tabId: passage.tabId,
        selectionId: passage.selectionId,
        ranges: analysis.findings.map(({ start, end, category }) => ({ start, end, category })),
      })
      .then(
        (shown) =>
          current &&
          setHighlightNote(
            shown?.unavailable && analysis.findings.length > 0 ? HIGHLIGHTS_UNAVAILABLE[shown.unavailable] : null,
          ),
      );
    return () => {
      current = false;
    };
  }, [liveInPage, settings.inPageHighlights, passage?.selectionId, analysis]);
  useEffect(() => {
    const onHide = () => highlighted.current !== null && void link.clearHighlights(highlighted.current);
    addEventListener('pagehide', onHide);
    return () => removeEventListener('pagehide', onHide);
  }, [link]);

  const { applier, insertIntoPage } = useAppliers({
    mode,
    passage,
    follow,
    follower,
    link,
    truncated: capped.truncated,
    storyBox,
    analyzedText,
    setStory,
  });

  const ignore = useCallback(
    (finding: Finding) => {
      const match = { passage: passageHash, ruleId: finding.ruleId, text: finding.text };
      void ignoreMatch(match);
      notify({
        message: `Ignored “${finding.text}” (${CATEGORY_LABELS[finding.category]}) in this passage.`,
        action: { label: 'Undo', run: () => void restoreMatch(match) },
      });
    },
    [passageHash, notify],
  );
  const switchRuleOff = useCallback(
    (ruleId: string) => {
      void setRuleEnabled(ruleId, false);
      notify({
        message: `Turned off the rule “${ruleName(ruleId)}” in every passage. Turn it back on in Settings.`,
        action: { label: 'Undo', run: () => void setRuleEnabled(ruleId, true) },
      });
    },
    [notify],
  );

  const cardActions = useMemo(
    () => ({ applier, notify, ignore, switchRuleOff }),
    [applier, notify, ignore, switchRuleOff],
  );
  const restore = useCallback((match: IgnoredMatch) => void restoreMatch(match), []);
  const restoreAll = useCallback(() => void restoreAllIn(passageHash), [passageHash]);
  const source = passage?.source ?? PASTED;
  const saveToLibrary = useMemo(
    () => analysis && <SaveToLibrary text={analyzedText} analysis={analysis} source={source} />,
    [analysis, analyzedText, source],
  );

  const provide = (text: string, kind: 'clipboard' | 'google-docs-export', tabId: number, title?: string) =>
    tabTitle(tabId).then((place) =>
      follower.provide({
        text,
        tabId,
        source: { kind, url: place.url, title: title ?? place.title },
        selectionId: `${kind}:${Date.now()}`,
        capturedAt: Date.now(),
        apply: 'docs',
      } satisfies CapturedPassage),
    );
  const docs = {
    fallbacks: follow.error?.fallbacks,
    pasteCopied: async () => {
      const read = await readClipboard();
      if (!read.ok) {
        return read.reason === 'empty'
          ? 'The clipboard is empty: copy your paragraph in Docs first.'
          : 'The browser did not let the panel read the clipboard.';
      }
      await provide(read.text, 'clipboard', follow.tabId ?? -1);
      return null;
    },
    scoreWholeDocument: async () => {
      if (follow.tabId === null) return 'There is no document tab to read.';
      const exported = await link.exportDocs(follow.tabId);
      if ('error' in exported) return exported.message;
      if (!exported.text.trim()) return 'The document’s export came back empty.';
      await provide(exported.text, 'google-docs-export', follow.tabId, exported.title);
      return null;
    },
    retry: () => void follower.refresh(),
    useTextBox: () => {
      setModeChoice('paste');
      setTimeout(() => storyBox.current?.focus(), 0);
    },
  };

  return (
    <main class="panel">
      <header class="panel__header">
        <h1>Ownership Lens</h1>
        <p class="panel__privacy">Analyzed on this device. Nothing you type or select leaves your browser.</p>
      </header>
      <TextSource
        follow={follow}
        mode={mode}
        setMode={setModeChoice}
        story={story}
        setStory={setStory}
        storyBox={storyBox}
        source={source}
        truncated={capped.truncated}
        fullLength={capped.fullLength}
        docs={docs}
        highlightNote={highlightNote}
      />
      <TabList label="Ownership Lens views" tabs={TABS} selected={tab} onSelect={selectTab} idPrefix="panel" />
      <Notice
        notice={notice.notice}
        serial={notice.serial}
        dismiss={() => setNotice((n) => ({ notice: null, serial: n.serial }))}
      />
      <TabPanel idPrefix="panel" id="analysis" selected={tab === 'analysis'}>
        <AnalysisTab
          mode={mode}
          scored={scored}
          cardActions={cardActions}
          restore={restore}
          restoreAll={restoreAll}
          saveToLibrary={saveToLibrary}
        />
      </TabPanel>
      <TabPanel idPrefix="panel" id="library" selected={tab === 'library'}>
        {libraryMounted && <LibraryTab insertIntoPage={insertIntoPage} />}
      </TabPanel>
      <TabPanel idPrefix="panel" id="settings" selected={tab === 'settings'}>
        <SettingsView
          settings={settings}
          ignoredCount={ignored.length}
          setRule={(id, enabled) => void setRuleEnabled(id, enabled)}
          setAllRules={(enabled) =>
            void updateSettings((s) => ({ ...s, disabledRules: enabled ? [] : RULES.map((r) => r.id) }))
          }
          setInPageHighlights={(enabled) => void setInPageHighlights(enabled)}
          setToolbarBadge={(enabled) => void setToolbarBadge(enabled)}
          forgetIgnored={() => void forgetAllIgnored()}
        />
      </TabPanel>
    </main>
  );
}

async function tabTitle(tabId: number): Promise<{ title: string; url: string }> {
  try {
    const tab = await browser.tabs.get(tabId);
    return { title: tab.title ?? '', url: tab.url ?? '' };
  } catch {
    return { title: '', url: '' };
  }
}
