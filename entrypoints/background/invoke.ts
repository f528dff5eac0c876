import { sendToTab, type MessagingApi } from '@/lib/messaging/transport';
import type { PanelTab } from './side-panel';
import type { Prepared } from './tab-access';

export interface InvokeDeps {
  prepare: (tabId: number) => Promise<Prepared>;
  /** The focused tab, for a command that arrived without one. */
  activeTab: () => Promise<PanelTab | undefined>;
  messaging?: MessagingApi;
}

/**
 * After the user invoked the extension on a tab (toolbar, menu or shortcut; the panel is already
 * opening): put the content script there and have it capture the selection and tell the panel.
 * The panel also asks for the selection when it loads, so a panel slower than this still gets it.
 */
export async function captureAfterGesture(tab: PanelTab, deps: InvokeDeps): Promise<void> {
  const target = tab.id !== undefined ? tab : await deps.activeTab();
  if (target?.id === undefined) return;
  const prepared = await deps.prepare(target.id);
  if (!prepared.ready) return; // the panel asks again and tells the user why
  await sendToTab(target.id, 'selection:capture', { tabId: target.id }, deps.messaging);
}
