import { expect, type Locator, type Page } from '@playwright/test';
import { PanelPage } from './panel';

/** The panel beyond the issue-2 text box: its tabs, the marked passage, rewrite cards and settings. */
export class PanelViews extends PanelPage {
  readonly passage: Locator;
  readonly legend: Locator;
  readonly notice: Locator;

  constructor(page: Page) {
    super(page);
    this.passage = page.getByRole('region', { name: /^The passage/ });
    this.legend = page.getByRole('list', { name: /^Legend/ });
    this.notice = page.locator('.notice');
  }

  static async openPanel(openExtensionPage: (path: string) => Promise<Page>, query = ''): Promise<PanelViews> {
    const panel = new PanelViews(await openExtensionPage(`sidepanel.html${query}`));
    await expect(panel.tab('Analysis')).toBeVisible();
    return panel;
  }

  tab(name: 'Analysis' | 'Library' | 'Settings'): Locator {
    return this.page.getByRole('tab', { name });
  }

  async openTab(name: 'Analysis' | 'Library' | 'Settings'): Promise<void> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
  }

  /** The label button at the start of each marked finding in the passage. */
  highlightLabels(): Locator {
    return this.passage.getByRole('button');
  }

  /** The rewrite card for a finding, by the words it flags. */
  card(text: string): Locator {
    return this.findings.getByRole('article', { name: new RegExp(`“${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”`) });
  }

  ruleSwitch(name: string): Locator {
    return this.page.getByRole('checkbox', { name, exact: true });
  }

  highlightsSwitch(): Locator {
    return this.page.getByRole('checkbox', { name: /in-page highlights/ });
  }
}
