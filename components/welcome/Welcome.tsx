import type { PanelOpeningApi } from '@/entrypoints/background/side-panel';
import type { ShortcutApi } from '@/lib/welcome/shortcut';
import { DocsSection, PrivacySection } from './AboutSections';
import { OpenPanelSection } from './OpenPanelSection';
import { SampleStory } from './SampleStory';

export interface WelcomeProps {
  firefox: boolean;
  shortcutApi?: ShortcutApi;
  panelApi?: PanelOpeningApi;
}

/** The first-run page: how to open it, what happens on Docs, that nothing leaves the device, and a story to try. */
export function Welcome({ firefox, shortcutApi, panelApi }: WelcomeProps) {
  return (
    <main class="welcome">
      <header class="welcome__header">
        <img src="/icon.svg" alt="" width={48} height={48} />
        <div>
          <h1>Welcome to Ownership Lens</h1>
          <p class="welcome__lead">
            Select a paragraph of your interview notes, and the panel tells you how clearly it shows a decision you made
            and a result you owned, with the words to fix and the questions an interviewer would ask next.
          </p>
        </div>
      </header>
      <OpenPanelSection firefox={firefox} shortcutApi={shortcutApi} panelApi={panelApi} />
      <SampleStory />
      <DocsSection />
      <PrivacySection />
    </main>
  );
}
