import { openPanelFromToolbar } from './side-panel';

// Wiring only: one module per concern (style.md).
export default defineBackground(() => {
  openPanelFromToolbar().catch((error: unknown) => console.error('Could not make the toolbar open the panel', error));
});
