import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main, report } from '../../calibrate';

const dir = mkdtempSync(join(tmpdir(), 'ownership-lens-calibrate-'));
const write = (name: string, lines: unknown[]) => {
  const path = join(dir, name);
  writeFileSync(path, lines.map((l) => JSON.stringify(l)).join('\n'));
  return path;
};

describe('npm run calibrate', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reports the share of each kind of label held, the pairs in order, and every miss', () => {
    const passages = write('set.jsonl', [
      { id: 'a', band: 'weak', text: 'We worked on the dashboard.', expect: ['team-only'], missing: ['outcome'] },
      { id: 'b', band: 'strong', text: 'We worked on the dashboard.', forbid: ['team-only'] },
      {
        id: 'c',
        band: 'strong',
        text: 'Refund tickets were 1,200 a week. I chose to rewrite the macros, tested them for four weeks against a control group with the support lead and the finance team, and tickets fell 45%; I rolled it out to all regions. My lesson: measure first.',
      },
    ]);
    const pairs = write('pairs.jsonl', [
      { better: 'c', worse: 'a' },
      { better: 'a', worse: 'c' },
    ]);
    const lines = report(passages, pairs).join('\n');
    expect(lines).toContain('3 passages, 2 pairs');
    expect(lines).toMatch(/bands\s+2\/3 \(66\.7%\) held/);
    expect(lines).toMatch(/expected findings\s+1\/1 \(100\.0%\) held/);
    expect(lines).toMatch(/traps \(must not fire\)\s+0\/1 \(0\.0%\) held/);
    expect(lines).toMatch(/pairs in order\s+1\/2 \(50\.0%\)/);
    expect(lines).toContain('b: band strong, scored');
    expect(lines).toContain('b: forbids team-only, found "We"');
    expect(lines).toMatch(/pair a \(\d+\) over c \(\d+\)/);
  });

  it('says which file it cannot read, and exits 2', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"id": "x", "text": "fine"}\nnot json');
    expect(main([bad])).toBe(2);
    expect(error.mock.calls[0]![0]).toMatch(/^Cannot measure .*bad\.jsonl: /);
    expect(main(['--fast'])).toBe(2);
    expect(error.mock.calls[1]![0]).toMatch(/^Unknown option --fast\. Usage: npm run calibrate/);
  });
});
