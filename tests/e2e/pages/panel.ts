import { expect, type Locator, type Page } from '@playwright/test';
import type { Band } from '@/lib/analysis';

/** The side panel as a user and a screen reader meet it: by role and accessible name. */
export class PanelPage {
  readonly storyBox: Locator;
  /** The analysis region; aria-busy is true while the latest text is not yet analyzed. */
  readonly report: Locator;
  readonly scoreMeter: Locator;
  readonly scoreSummary: Locator;
  readonly findings: Locator;
  readonly questions: Locator;
  readonly components: Locator;

  /** `names`: the box and report as another page labels them (the welcome page's sample story). */
  constructor(
    readonly page: Page,
    names: { storyBox: string; report: string } = { storyBox: 'Interview story', report: 'Analysis' },
  ) {
    this.storyBox = page.getByRole('textbox', { name: names.storyBox, exact: true });
    this.report = page.getByRole('region', { name: names.report, exact: true });
    this.scoreMeter = page.getByRole('meter', { name: 'Ownership score' });
    this.scoreSummary = page.getByRole('status', { name: 'Score summary' });
    this.findings = page.getByRole('list', { name: /^Findings/ });
    this.questions = page.getByRole('list', { name: /^Questions/ });
    this.components = page.getByRole('list', { name: /^Story components/ });
  }

  static async open(openExtensionPage: (path: string) => Promise<Page>): Promise<PanelPage> {
    const panel = new PanelPage(await openExtensionPage('sidepanel.html'));
    await expect(panel.storyBox).toBeVisible();
    return panel;
  }

  /** Types key by key, as a person would. */
  async typeStory(text: string): Promise<void> {
    await this.storyBox.click();
    await this.storyBox.pressSequentially(text);
    await this.waitForAnalysis();
  }

  /** Sets the whole text at once, as a paste does (no clipboard needed). */
  async pasteStory(text: string): Promise<void> {
    await this.storyBox.fill(text);
    await this.waitForAnalysis();
  }

  async clearStory(): Promise<void> {
    await this.storyBox.fill('');
  }

  /** Waits until what is shown is the analysis of the text now in the box, not of an earlier keystroke. */
  async waitForAnalysis(): Promise<void> {
    await expect(this.report).toHaveAttribute('aria-busy', 'false');
  }

  async score(): Promise<number> {
    return Number(await this.scoreMeter.getAttribute('aria-valuenow'));
  }

  async band(): Promise<Band> {
    const valueText = (await this.scoreMeter.getAttribute('aria-valuetext')) ?? '';
    const band = /\b(weak|partial|strong)\b/.exec(valueText)?.[1];
    if (!band) throw new Error(`The meter's aria-valuetext names no band: "${valueText}"`);
    return band as Band;
  }

  findingItems(): Locator {
    return this.findings.getByRole('listitem');
  }

  questionItems(): Locator {
    return this.questions.getByRole('listitem');
  }
}
