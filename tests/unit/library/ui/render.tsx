/** Renders a library component against a fake-indexeddb library, as the panel renders it against the real one. */
import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { LibraryEnvContext } from '@/components/library/env';
import type { LibraryDeps } from '@/lib/library';

export function renderWithLibrary(ui: ComponentChildren, deps: LibraryDeps) {
  return render(<LibraryEnvContext.Provider value={deps}>{ui}</LibraryEnvContext.Provider>);
}
