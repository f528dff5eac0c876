/** The hand-audit sheets: a sheet that drew differently each time, or left spans out, would mislead an audit. */
import { describe, expect, it, vi } from 'vitest';
import { main, rewriteSheet, spanSheet } from '../../audit';
import type { Labelled } from './labelled';

const PASSAGES = [
  'I cut p99 latency from 900 ms to 400 ms in six weeks by rewriting the cache.',
  'I helped with the migration, which was a massive success.',
  'The dashboards for station managers were rebuilt. Things got a lot better.',
].map((text, i) => ({ id: `p-${i}`, text }) as Labelled);

describe('npm run audit', () => {
  it('draws the same sheet for the same seed, with every component and finding span of a passage', () => {
    expect(spanSheet(PASSAGES, 3, 8)).toEqual(spanSheet(PASSAGES, 3, 8));
    const rows = spanSheet(PASSAGES, 3, 8) as Array<{ id: string; component?: string; finding?: string }>;
    expect(rows.some((r) => r.component === 'metric')).toBe(true);
    expect(rows.some((r) => r.finding === 'weak-verb')).toBe(true);
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(['p-0', 'p-1', 'p-2']));
  });

  it('shows each rewrite applied in its sentence', () => {
    const rows = rewriteSheet(PASSAGES, 50, 1) as Array<{ rule: string; before: string; after: string }>;
    const passive = rows.find((r) => r.rule === 'agentless-passive')!;
    expect(passive.before).toBe('The dashboards for station managers were rebuilt.');
    expect(passive.after).toBe('[who] rebuilt the dashboards for station managers.');
  });

  it('refuses an unknown option or kind with the usage line', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(main(['spans', 'x.jsonl', '--colour', 'red'])).toBe(2);
    expect(main(['words', 'x.jsonl'])).toBe(2);
    expect(main(['spans', 'x.jsonl', '--sample', 'ten'])).toBe(2);
    expect(error.mock.calls.map((c) => String(c[0]))).toEqual([
      expect.stringContaining('Unknown option --colour'),
      expect.stringContaining('Usage: npm run audit'),
      expect.stringContaining('--sample and --seed take whole numbers'),
    ]);
    error.mockRestore();
  });
});
