import type { Page } from 'puppeteer-core';
import type { Band } from '@/lib/analysis';
import { expect } from '../fixtures';
import type { Extension } from '../fixtures';

/**
 * The panel in Firefox, found by the same roles and names as the Chromium page object
 * (tests/e2e/pages/panel.ts): ARIA selectors where a name is all there is, attribute selectors
 * where the name is an attribute (they are faster in puppeteer).
 */
export class FirefoxPanel {
  static readonly storyBox = '::-p-aria([name="Interview story"][role="textbox"])';
  static readonly report = 'section[aria-label="Analysis"]';
  static readonly scoreMeter = '[role="meter"][aria-label="Ownership score"]';

  constructor(readonly page: Page) {}

  static async open(extension: Extension, query = ''): Promise<FirefoxPanel> {
    const panel = new FirefoxPanel(await extension.openExtensionPage(`sidepanel.html${query}`));
    await panel.page.waitForSelector('[role="tab"]');
    if (query.includes('tabId=')) await panel.waitUntilFollowing();
    return panel;
  }

  /**
   * Until the panel has asked its tab once: it then holds the tab, which is when the page starts
   * announcing selection changes (lib/panel/follower.ts). A selection made sooner goes unheard.
   */
  async waitUntilFollowing(): Promise<void> {
    await expect
      .poll(() =>
        this.page.evaluate(() => {
          // Asked: either it waits for a selection, or it already shows one.
          if (document.querySelector('.page-source__from')) return true;
          const waiting = document.querySelector('.page-source__waiting')?.textContent ?? '';
          return waiting !== '' && !waiting.startsWith('Reading');
        }),
      )
      .toBe(true);
    // The hold is a port the page's content script accepts a moment later.
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  async typeStory(text: string): Promise<void> {
    await this.page.click(FirefoxPanel.storyBox);
    await this.page.keyboard.type(text);
  }

  /** The meter's value once the report is not busy, or null while there is none. */
  async score(): Promise<number | null> {
    return this.page.evaluate(
      (report, meter) => {
        if (document.querySelector(report)?.getAttribute('aria-busy') !== 'false') return null;
        const value = document.querySelector(meter)?.getAttribute('aria-valuenow');
        return value == null ? null : Number(value);
      },
      FirefoxPanel.report,
      FirefoxPanel.scoreMeter,
    );
  }

  async band(): Promise<Band | null> {
    const text = await this.page.evaluate(
      (meter) => document.querySelector(meter)?.getAttribute('aria-valuetext') ?? '',
      FirefoxPanel.scoreMeter,
    );
    return (/\b(weak|partial|strong)\b/.exec(text)?.[1] as Band | undefined) ?? null;
  }

  async expectScore(score: number): Promise<void> {
    await expect
      .poll(() => this.score(), {
        message: `the panel’s score; it shows: ${await this.page.evaluate(() => document.body.innerText.slice(0, 600))}`,
      })
      .toBe(score);
  }

  /** Clicks the panel tab with this name (Analysis, Library, Settings). */
  async openTab(name: string): Promise<void> {
    await this.page.click(`::-p-aria([name="${name}"][role="tab"])`);
    await expect
      .poll(() =>
        this.page.evaluate(
          (n) =>
            [...document.querySelectorAll('[role="tab"][aria-selected="true"]')].some(
              (t) => t.textContent?.trim() === n,
            ),
          name,
        ),
      )
      .toBe(true);
  }
}
