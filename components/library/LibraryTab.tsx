import { useState } from 'preact/hooks';
import { libraryDb, listPrinciples, listStories, type LibraryDB } from '@/lib/library';
import type { ApplyResult } from '@/lib/messaging/protocol';
import { lazyComponent } from '@/components/panel/lazy';
import { useLibraryEnv } from './env';
import { ExchangeView } from './ExchangeView';
import { SectionPanel, SectionTabs } from './SectionTabs';
import { SnippetsView } from './SnippetsView';
import { StoriesView } from './StoriesView';
import { TemplatesView } from './TemplatesView';
import { UndoToast, useToast } from './UndoToast';
import { useLiveQuery } from './useLiveQuery';
import './library.css';

// The preparation views (proof, OSF map, rehearsal, cheat sheet) load on first open of Prepare.
const PrepareView = lazyComponent(
  () => import('@/components/prep/PrepareView').then((m) => m.PrepareView),
  <p class="lib-muted">Loading…</p>,
);

/** Opens the extension's library database ahead of the first list, while the panel is idle. */
export function openLibraryEarly(db: LibraryDB = libraryDb): void {
  void db.open().catch(() => undefined);
}

export interface LibraryTabProps {
  /** Inserts text into the page through the same Apply path as a rewrite; absent in paste mode. */
  insertIntoPage?: (text: string) => Promise<ApplyResult>;
}

type Section = 'snippets' | 'stories' | 'prepare' | 'templates' | 'exchange';
const SECTIONS = [
  { id: 'snippets', label: 'Snippets' },
  { id: 'stories', label: 'Stories' },
  { id: 'prepare', label: 'Prepare' },
  { id: 'templates', label: 'Templates' },
  { id: 'exchange', label: 'Export & import' },
] as const;

/**
 * The Library tab: snippets (search, filters, edit, delete with Undo, copy, insert), stories
 * (live score, history, metrics, principle coverage), preparing them for the loop (proof, OSF map,
 * rehearsal, countdown, cheat sheet), the user's templates, and export/import.
 * Every list is a liveQuery, so a change made in any open panel shows in all of them at once.
 */
export function LibraryTab({ insertIntoPage }: LibraryTabProps) {
  const env = useLibraryEnv();
  const [section, setSection] = useState<Section>('snippets');
  // A section, once opened, stays mounted: a half-written story survives a look at the snippets.
  const [opened, setOpened] = useState<ReadonlySet<Section>>(new Set(['snippets']));
  const open = (id: Section) => {
    setSection(id);
    setOpened((o) => (o.has(id) ? o : new Set([...o, id])));
  };
  const { toast, show, dismiss } = useToast();
  const principles = useLiveQuery(() => listPrinciples(env.db), [env.db]).value ?? [];
  const stories = useLiveQuery(() => listStories(env.db), [env.db]).value ?? [];

  return (
    <div class="lib">
      <SectionTabs label="Library sections" sections={SECTIONS} selected={section} onSelect={open} />
      <SectionPanel id="snippets" selected={section === 'snippets'}>
        <SnippetsView principles={principles} stories={stories} insertIntoPage={insertIntoPage} toast={show} />
      </SectionPanel>
      <SectionPanel id="stories" selected={section === 'stories'}>
        {opened.has('stories') && <StoriesView stories={stories} principles={principles} toast={show} />}
      </SectionPanel>
      <SectionPanel id="prepare" selected={section === 'prepare'}>
        {opened.has('prepare') && <PrepareView toast={show} />}
      </SectionPanel>
      <SectionPanel id="templates" selected={section === 'templates'}>
        {opened.has('templates') && <TemplatesView toast={show} />}
      </SectionPanel>
      <SectionPanel id="exchange" selected={section === 'exchange'}>
        {opened.has('exchange') && <ExchangeView />}
      </SectionPanel>
      <UndoToast toast={toast} dismiss={dismiss} show={show} />
    </div>
  );
}
