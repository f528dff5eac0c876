import { useEffect, useState } from 'preact/hooks';
import { readShortcut, type ShortcutApi } from '@/lib/welcome/shortcut';

export type ShortcutState = { status: 'reading' } | { status: 'assigned'; keys: string } | { status: 'none' };

/** The shortcut the browser assigned, read again whenever the page regains focus (the user may have just changed it). */
export function useShortcut(api?: ShortcutApi): ShortcutState {
  const [state, setState] = useState<ShortcutState>({ status: 'reading' });
  useEffect(() => {
    let current = true;
    const read = () =>
      void readShortcut(api).then(
        (keys) => current && setState(keys ? { status: 'assigned', keys } : { status: 'none' }),
        () => current && setState({ status: 'none' }),
      );
    read();
    addEventListener('focus', read);
    return () => {
      current = false;
      removeEventListener('focus', read);
    };
  }, [api]);
  return state;
}
