import { useEffect, useRef } from 'preact/hooks';
import type { Analysis } from '@/lib/analysis';
import { badgeFor, clearBadge, showBadge, type BadgeApi } from '@/lib/panel/badge';

const quietly = (work: Promise<void>) =>
  work.catch((error: unknown) => console.error('Could not update the toolbar button', error));

/**
 * Keeps the toolbar badge of `tabId` showing the band of `analysis`; clears it when the passage,
 * the tab or the setting goes, and when the panel closes.
 */
export function useToolbarBadge(tabId: number | null, analysis: Analysis | null, enabled: boolean, api?: BadgeApi) {
  const shownOn = useRef<number | null>(null);
  useEffect(() => {
    const show = enabled && tabId !== null && analysis !== null;
    if (shownOn.current !== null && (!show || shownOn.current !== tabId)) {
      void quietly(clearBadge(shownOn.current, api));
      shownOn.current = null;
    }
    if (!show) return;
    shownOn.current = tabId;
    void quietly(showBadge(tabId, badgeFor(analysis.score, analysis.band), api));
  }, [tabId, analysis?.score, analysis?.band, enabled, api]);
  useEffect(() => {
    const onHide = () => shownOn.current !== null && void quietly(clearBadge(shownOn.current, api));
    addEventListener('pagehide', onHide);
    return () => removeEventListener('pagehide', onHide);
  }, [api]);
}
