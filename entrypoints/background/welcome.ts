import { browser } from 'wxt/browser';

/** The first-run page, an extension page (entrypoints/welcome). */
export const WELCOME_PAGE = '/welcome.html';

export interface WelcomeApi {
  runtime: {
    onInstalled: { addListener(listener: (details: { reason: string }) => void): void };
    getURL(path: string): string;
  };
  tabs: { create(properties: { url: string }): Promise<unknown> };
}

/**
 * Opens the welcome page once, when the extension is installed. An update, a browser update or a
 * reload of the extension ('update', 'browser_update', 'chrome_update') leaves the user's tabs alone.
 */
export function openWelcomeOnInstall(api: WelcomeApi = browser as unknown as WelcomeApi): void {
  api.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    api.tabs
      .create({ url: api.runtime.getURL(WELCOME_PAGE) })
      .catch((error: unknown) => console.error('Could not open the welcome page', error));
  });
}
