import { useId, useState } from 'preact/hooks';
import {
  exportFileName,
  exportLibrary,
  fillPendingWords,
  importLibrary,
  LibraryFileError,
  StorageFullError,
  type ImportReport as Report,
} from '@/lib/library';
import { downloadText } from './actions';
import { useLibraryEnv } from './env';
import { messageOf, plural } from './format';
import { ImportReport } from './ImportReport';

type Notice = { kind: 'status' | 'error'; text: string } | null;

/** Export all and import; everything stays on the device. (The cheat sheet is in the Prepare tab.) */
export function ExchangeView() {
  const env = useLibraryEnv();
  const id = useId();
  const [exportNotice, setExportNotice] = useState<Notice>(null);
  const [importing, setImporting] = useState(false);
  const [importNotice, setImportNotice] = useState<Notice>(null);
  const [report, setReport] = useState<{ report: Report; fileName: string } | null>(null);

  const exportAll = async () => {
    setExportNotice(null);
    try {
      const file = await exportLibrary(env.db, env.now);
      const name = exportFileName(file.exportedAt);
      downloadText(JSON.stringify(file), name, 'application/json');
      setExportNotice({
        kind: 'status',
        text: `Exported ${plural(file.snippets.length, 'snippet')}, ${plural(file.stories.length, 'story', 'stories')}, ${plural(file.templates.length, 'template')} and ${plural(file.principles.length, 'principle')} to ${name}.`,
      });
    } catch (e) {
      setExportNotice({ kind: 'error', text: `Nothing was exported: ${messageOf(e)}` });
    }
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file || importing) return;
    setImporting(true);
    setReport(null);
    setImportNotice({ kind: 'status', text: `Checking and importing ${file.name}…` });
    try {
      const result = await importLibrary(file, env.db);
      // The imported snippets' search words are written after the commit, while search already works.
      void fillPendingWords(env.db).catch(() => undefined);
      setReport({ report: result, fileName: file.name });
      setImportNotice({
        kind: 'status',
        text: `Imported ${file.name}: ${plural(result.snippets.added, 'snippet')} added, ${result.snippets.updated.toLocaleString('en')} updated, ${result.snippets.skipped.toLocaleString('en')} skipped.`,
      });
    } catch (e) {
      const why = e instanceof LibraryFileError || e instanceof StorageFullError ? e.message : messageOf(e);
      setImportNotice({
        kind: 'error',
        text: `Nothing was imported, and your library is unchanged. ${e instanceof LibraryFileError ? 'The first problem in the file: ' : ''}${why}`,
      });
    } finally {
      setImporting(false);
      // The same file can be picked again after it is fixed.
      input.value = '';
    }
  };

  const notice = (n: Notice) =>
    n && (
      <p class={n.kind === 'error' ? 'lib-error' : 'lib-status'} role={n.kind === 'error' ? 'alert' : 'status'}>
        {n.text}
      </p>
    );

  return (
    <section class="lib-exchange" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} class="lib-visually-hidden">
        Export and import
      </h2>
      <section aria-labelledby={`${id}-export`}>
        <h3 id={`${id}-export`}>Export</h3>
        <p class="lib-hint">
          One JSON file with every snippet, story, template and principle, each story's decision log, OSF map and
          rehearsals, your interview dates, and a checksum. It is saved on this device; nothing is sent anywhere.
        </p>
        <button type="button" class="lib-button lib-button--primary" onClick={exportAll}>
          Export all (JSON)
        </button>
        {notice(exportNotice)}
      </section>
      <section aria-labelledby={`${id}-import`} aria-busy={importing}>
        <h3 id={`${id}-import`}>Import</h3>
        <p id={`${id}-import-hint`} class="lib-hint">
          Pick a file exported from Ownership Lens. It is checked whole before anything is written, then merged with
          your library in one step: snippets by their text, stories by their title. A large library takes a few seconds.
        </p>
        <label for={`${id}-file`}>Import a library file</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${id}-import-hint`}
          onChange={(e) => void importFile(e.currentTarget)}
        />
        {notice(importNotice)}
        {report && <ImportReport report={report.report} fileName={report.fileName} />}
      </section>
    </section>
  );
}
