import { Panel } from '@/components/panel/Panel';
import { pinnedTabFrom } from '@/lib/panel/follower';
import { createPageLink } from '@/lib/panel/page-link';

const link = createPageLink();

/** The side panel (Chrome) and sidebar (Firefox); `?tabId=N` pins it to one tab, for tests and popped-out windows. */
export function App() {
  return <Panel link={link} pinnedTabId={pinnedTabFrom(location.search)} />;
}
