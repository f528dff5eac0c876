/** Passages from Google Docs: its annotated text (or its fallbacks); no highlights on a canvas, and Apply through Docs' own paste. */
import type { PassageSource } from '../content-script';
import { applyInDocs } from './apply';
import { captureDocsSelection } from './capture';
import { connectDocsBridge } from './client';
import { watchDocsCopies } from './copy';
import { fetchDocsExport } from './export';
import { docsTitle } from './location';
import { isCaptureError } from '@/lib/messaging/protocol';

export interface DocsSourceOptions {
  win?: Window;
  extensionId: string;
  fetchImpl?: typeof fetch;
  pollMs?: number;
}

export function docsSource(options: DocsSourceOptions): PassageSource {
  const win = options.win ?? window;
  const reader = connectDocsBridge(win, options.extensionId);
  let changed = () => {};
  const copies = watchDocsCopies(win.document, () => changed());
  return {
    docs: true,
    capture: () => {
      copies.attach();
      return captureDocsSelection(reader, win.document, { copied: copies.last });
    },
    watch: (onChange) => {
      changed = onChange;
      return () => {
        changed = () => {};
      };
    },
    showHighlights: () => ({ shown: 0, unavailable: 'docs' }),
    clearHighlights: () => undefined,
    apply: (stored, original, replacement) => applyInDocs(reader, stored, original, replacement),
    exportDocument: async () => {
      const result = await fetchDocsExport(win.location, options.fetchImpl ?? win.fetch.bind(win));
      return isCaptureError(result) ? result : { ...result, title: docsTitle(win.document.title ?? '') };
    },
    pollMs: options.pollMs ?? 1_000,
    stop: () => {
      reader.stop();
      copies.stop();
    },
  };
}
