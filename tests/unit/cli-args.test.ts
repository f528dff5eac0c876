import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CliError, parseScoreArgs } from '../../lib/cli/args';
import { readNotes } from '../../lib/cli/input';

function usageErrorOf(argv: string[]): CliError {
  try {
    parseScoreArgs(argv);
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error(`parseScoreArgs accepted ${JSON.stringify(argv)}`);
}

describe('parseScoreArgs', () => {
  it.each([
    [['notes.md'], { kind: 'score', mode: 'report', input: 'notes.md' }],
    [['--json', 'notes.md'], { kind: 'score', mode: 'json', input: 'notes.md' }],
    [['notes.jsonl', '--jsonl'], { kind: 'score', mode: 'jsonl', input: 'notes.jsonl' }],
    [['-'], { kind: 'score', mode: 'report', input: '-' }],
    [['--', '-odd-name.md'], { kind: 'score', mode: 'report', input: '-odd-name.md' }],
    [['-h'], { kind: 'help' }],
    [['--help', '--json'], { kind: 'help' }],
  ])('reads %j', (argv, expected) => {
    expect(parseScoreArgs(argv)).toEqual(expected);
  });

  it.each([
    [['--verbose', 'notes.md'], 'unknown option --verbose'],
    [['-x', 'notes.md'], 'unknown option -x'],
    [['--json', '--jsonl', 'notes.md'], '--json and --jsonl cannot be used together'],
    [['--json=yes', 'notes.md'], 'option --json takes no value'],
    [[], 'no input given: name a file, or - to read stdin'],
    [['a.md', 'b.md'], 'expected one input, got 2: a.md b.md'],
  ])('rejects %j with a one-line usage error', (argv, message) => {
    const error = usageErrorOf(argv);
    expect(error.message).toBe(message);
    expect(error.message).not.toContain('\n');
    expect(error.showUsage).toBe(true);
    expect(error.exitCode).toBe(2);
  });
});

describe('readNotes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'score-input-'));

  it('names a missing file', async () => {
    const missing = join(dir, 'no-such-notes.md');
    await expect(readNotes(missing)).rejects.toMatchObject({
      message: `file not found: ${missing}`,
      exitCode: 1,
      showUsage: true,
    });
  });

  it('refuses a directory', async () => {
    await expect(readNotes(dir)).rejects.toThrow(`${dir} is a directory; name a file`);
  });

  it('refuses a whitespace-only file as empty input', async () => {
    const blank = join(dir, 'blank.md');
    writeFileSync(blank, ' \n\t\n');
    await expect(readNotes(blank)).rejects.toThrow(`empty input: ${blank} has no text to score`);
  });

  it('reads stdin for - and drops a byte-order mark', async () => {
    const stdin = Readable.from([Buffer.from('\uFEFFI cut ', 'utf8'), Buffer.from('costs 12%.', 'utf8')]);
    await expect(readNotes('-', stdin)).resolves.toBe('I cut costs 12%.');
  });
});
