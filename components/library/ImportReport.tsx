import type { ImportReport as Report } from '@/lib/library';

const TABLES = [
  ['snippets', 'Snippets'],
  ['stories', 'Stories'],
  ['templates', 'Templates'],
  ['principles', 'Principles'],
  ['decisions', 'Decision log entries'],
  ['osfMaps', 'OSF maps'],
  ['rehearsals', 'Rehearsals'],
  ['interviews', 'Interview dates'],
] as const;

/** What an import did to each table: added, updated, skipped. */
export function ImportReport({ report, fileName }: { report: Report; fileName: string }) {
  return (
    <table class="lib-report">
      <caption>Imported {fileName}</caption>
      <thead>
        <tr>
          <th scope="col">Table</th>
          <th scope="col">Added</th>
          <th scope="col">Updated</th>
          <th scope="col">Skipped</th>
        </tr>
      </thead>
      <tbody>
        {TABLES.map(([key, label]) => (
          <tr key={key}>
            <th scope="row">{label}</th>
            <td>{report[key].added.toLocaleString('en')}</td>
            <td>{report[key].updated.toLocaleString('en')}</td>
            <td>{report[key].skipped.toLocaleString('en')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
