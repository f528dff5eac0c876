import { useEffect, useState } from 'preact/hooks';
import { loadIgnored, watchIgnored, type IgnoredMatch } from '@/lib/settings/ignored';
import { DEFAULT_SETTINGS, loadSettings, watchSettings, type PanelSettings } from '@/lib/settings/settings';
import type { PanelStorage } from '@/lib/settings/storage';

/** A stored value, kept current across every open panel; `loaded` is false until the first read. */
function useStored<T>(initial: T, load: () => Promise<T>, watch: (onValue: (value: T) => void) => () => void) {
  const [state, setState] = useState({ value: initial, loaded: false });
  useEffect(() => {
    let live = true;
    // Watch first, so a change made while the first read is in flight is not lost.
    const stop = watch((value) => live && setState({ value, loaded: true }));
    load().then(
      (value) => live && setState((current) => (current.loaded ? current : { value, loaded: true })),
      () => live && setState((current) => ({ ...current, loaded: true })),
    );
    return () => {
      live = false;
      stop();
    };
  }, []);
  return state;
}

export function usePanelSettings(storage?: PanelStorage): { settings: PanelSettings; loaded: boolean } {
  const { value, loaded } = useStored<PanelSettings>(
    DEFAULT_SETTINGS,
    () => loadSettings(storage),
    (onValue) => watchSettings(onValue, storage),
  );
  return { settings: value, loaded };
}

export function useIgnoredMatches(storage?: PanelStorage): { ignored: IgnoredMatch[]; loaded: boolean } {
  const { value, loaded } = useStored<IgnoredMatch[]>(
    [],
    () => loadIgnored(storage),
    (onValue) => watchIgnored(onValue, storage),
  );
  return { ignored: value, loaded };
}
