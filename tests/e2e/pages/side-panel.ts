/**
 * Chrome's real side panel, which follows the active tab of its window. Playwright lists no page for
 * it, so it is opened from a user gesture in an extension page (as the toolbar button would) and
 * driven through the DevTools protocol: script runs in it, and clicks are real input events, so they
 * count as the user's gestures (the clipboard needs one).
 */
import { expect, type CDPSession, type Page } from '@playwright/test';

type Reply = { id: number; result?: { result?: { value?: unknown }; exceptionDetails?: unknown }; error?: unknown };

export class SidePanel {
  private nextId = 0;
  private readonly pending = new Map<number, (reply: Reply) => void>();

  private constructor(
    private readonly cdp: CDPSession,
    private readonly sessionId: string,
  ) {
    cdp.on('Target.receivedMessageFromTarget', (event: { sessionId?: string; message: string }) => {
      if (event.sessionId !== this.sessionId) return;
      const reply = JSON.parse(event.message) as Reply;
      this.pending.get(reply.id)?.(reply);
      this.pending.delete(reply.id);
    });
  }

  /** Opens the side panel of the window that holds `extensionPage` (a tab showing one of the extension's pages). */
  static async open(extensionPage: Page): Promise<SidePanel> {
    await extensionPage.bringToFront();
    await extensionPage.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'open-side-panel';
      button.textContent = 'Open the side panel';
      button.style.cssText = 'position:fixed;inset:0 auto auto 0;z-index:2147483647;width:200px;height:40px';
      type Chrome = {
        windows: { getCurrent(): Promise<{ id: number }> };
        sidePanel: { open(o: { windowId: number }): Promise<void> };
      };
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      // sidePanel.open must be called in the gesture, before any await.
      button.addEventListener(
        'click',
        () => void chrome.windows.getCurrent().then((w) => chrome.sidePanel.open({ windowId: w.id })),
      );
      document.body.append(button);
    });
    await extensionPage.locator('#open-side-panel').click();
    const cdp = await extensionPage.context().newCDPSession(extensionPage);
    // The extension page may itself be sidepanel.html, in a tab: the side panel is the other one.
    const own = (await cdp.send('Target.getTargetInfo')).targetInfo.targetId;
    let targetId: string | undefined;
    await expect
      .poll(async () => {
        const { targetInfos } = await cdp.send('Target.getTargets');
        targetId = targetInfos.find(
          (t) => t.type === 'page' && t.targetId !== own && /\/sidepanel\.html$/.test(t.url),
        )?.targetId;
        return targetId;
      })
      .toBeTruthy();
    await extensionPage.evaluate(() => document.getElementById('open-side-panel')?.remove());
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: targetId!, flatten: false });
    const panel = new SidePanel(cdp, sessionId);
    await expect.poll(() => panel.text()).toContain('Ownership Lens');
    return panel;
  }

  private command(method: string, params: object): Promise<Reply> {
    const id = ++this.nextId;
    const reply = new Promise<Reply>((resolve) => this.pending.set(id, resolve));
    void this.cdp.send('Target.sendMessageToTarget', {
      sessionId: this.sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    return reply;
  }

  private async run<T>(expression: string): Promise<T> {
    const reply = await this.command('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (reply.error || reply.result?.exceptionDetails)
      throw new Error(`side panel: ${JSON.stringify(reply.error ?? reply.result?.exceptionDetails)}`);
    return reply.result?.result?.value as T;
  }

  /** Runs `fn(arg)` in the side panel and returns its (JSON-able) result. */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> {
    return this.run<T>(`(${fn.toString()})(${JSON.stringify(arg)})`);
  }

  /** Everything the side panel shows, as text. */
  text(): Promise<string> {
    return this.evaluate(() => document.body.innerText);
  }

  /**
   * Clicks, as a user does, the element that `find` returns in the side panel (`find` runs there,
   * with `arg`); fails if there is none.
   */
  async click<A>(find: (arg: A) => Element | null | undefined, arg?: A): Promise<void> {
    const box = await this.run<{ x: number; y: number } | null>(`(() => {
      const element = (${find.toString()})(${JSON.stringify(arg)});
      if (!element) return null;
      element.scrollIntoView({ block: 'center' });
      const rect = element.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    })()`);
    if (!box) throw new Error(`side panel: nothing to click for ${find.toString()}`);
    for (const type of ['mousePressed', 'mouseReleased'])
      await this.command('Input.dispatchMouseEvent', { type, x: box.x, y: box.y, button: 'left', clickCount: 1 });
  }
}
