/** The score command as a user runs it: a subprocess, real files, stdin and pipes. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMPONENT_IDS, type Analysis } from '../../lib/analysis/types';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SAMPLE = join(ROOT, 'tests/fixtures/sample-notes.md');
const DIR = mkdtempSync(join(tmpdir(), 'score-cli-'));

const WEAK_STORY =
  'I worked on the billing migration and helped the team a lot. It should cut costs significantly. ' +
  'The old cluster was shut down and users loved it. I was responsible for the rollout.';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function score(args: string[], { stdin = '', env = {} as Record<string, string> } = {}): Promise<Run> {
  return shell(TSX, ['lib/cli/score.ts', ...args], stdin, env);
}

function shell(command: string, args: string[], stdin: string, env: Record<string, string>): Promise<Run> {
  const { FORCE_COLOR: _f, NO_COLOR: _n, ...inherited } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...inherited, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

function expectUsageError(run: Run, message: string, status: number) {
  expect(run.status).toBe(status);
  expect(run.stdout).toBe('');
  expect(run.stderr.trimEnd().split('\n')).toEqual([
    `score: ${message}`,
    expect.stringMatching(/^Usage: npm run score -- /),
  ]);
}

function expectShape(analysis: Analysis) {
  expect(Number.isInteger(analysis.score)).toBe(true);
  expect(['weak', 'partial', 'strong']).toContain(analysis.band);
  expect(Object.keys(analysis.components).sort()).toEqual([...COMPONENT_IDS].sort());
  for (const id of COMPONENT_IDS) {
    expect(typeof analysis.components[id].present).toBe('boolean');
    expect(Array.isArray(analysis.components[id].spans)).toBe(true);
  }
  expect(Array.isArray(analysis.findings)).toBe(true);
  expect(Array.isArray(analysis.questions)).toBe(true);
  expect(analysis.words).toBeGreaterThan(0);
  expect(typeof analysis.speakingSeconds).toBe('number');
  expect(analysis.storyTemplate).toEqual({ template: expect.any(String), filled: expect.any(String) });
}

/** The offsets contract: every finding and every evidence span slices back to its own text. */
function expectOffsetsSliceBack(text: string, analysis: Analysis) {
  for (const span of [...analysis.findings, ...COMPONENT_IDS.flatMap((id) => analysis.components[id].spans)]) {
    expect(text.slice(span.start, span.end)).toBe(span.text);
  }
}

describe.concurrent('npm run score', () => {
  it('prints usage for --help and exits 0', async () => {
    const run = await score(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run score -- \[--json \| --jsonl\] <file \| ->/);
  });

  it('reports every paragraph of the sample notes, then a summary, without color in a pipe', async () => {
    const run = await score([SAMPLE]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.match(/^━━ Paragraph \d of 6 · lines \d+–\d+ · .+ ━+$/gm)).toHaveLength(6);
    expect(run.stdout).toContain('━━ Paragraph 4 of 6 · lines 27–32 · Courier cost');
    expect(run.stdout).toMatch(/━━ Summary · 6 paragraphs/);
    expect(run.stdout).toMatch(/Score\s+\d+\/100 · (weak|partial|strong)/);
    expect(run.stdout).not.toMatch(/\x1b\[/);
  });

  it('colors with FORCE_COLOR and not with NO_COLOR', async () => {
    const forced = await score([SAMPLE], { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(/\x1b\[[0-9;]*m/);
    const refused = await score([SAMPLE], { env: { NO_COLOR: '1' } });
    expect(refused.stdout).not.toMatch(/\x1b\[/);
  });

  it('reads stdin for -', async () => {
    const run = await score(['-'], { stdin: `${WEAK_STORY}\n` });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('━━ Paragraph 1 of 1 · line 1 ');
    expect(run.stdout).not.toContain('Summary');
  });

  it('names a missing file, with a usage hint and no stack trace', async () => {
    expectUsageError(await score(['no-such-notes.md']), 'file not found: no-such-notes.md', 1);
  });

  it('rejects an unknown flag and conflicting flags', async () => {
    expectUsageError(await score(['--colour', SAMPLE]), 'unknown option --colour', 2);
    expectUsageError(await score(['--json', '--jsonl', SAMPLE]), '--json and --jsonl cannot be used together', 2);
  });

  it('rejects empty and whitespace-only input', async () => {
    expectUsageError(await score(['-'], { stdin: '' }), 'empty input: stdin has no text to score', 1);
    expectUsageError(await score(['--json', '-'], { stdin: ' \n\t\n' }), 'empty input: stdin has no text to score', 1);
  });

  it('--json prints one Analysis of the whole input whose offsets slice back into it', async () => {
    const notes = readFileSync(SAMPLE, 'utf8');
    const run = await score(['--json', SAMPLE]);
    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
    const analysis = JSON.parse(run.stdout) as Analysis;
    expectShape(analysis);
    expectOffsetsSliceBack(notes, analysis);
  });

  it('--jsonl scores the good lines with their ids, names bad line 2 and exits non-zero', async () => {
    const lines = [
      JSON.stringify({ id: 'first', text: WEAK_STORY }),
      '{"id": "second", "text": ',
      '',
      JSON.stringify({ id: 3, text: 'I chose cost per order as the goal.' }),
    ];
    const run = await score(['--jsonl', '-'], { stdin: lines.join('\n') });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^score: line 2: not valid JSON/);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    const outputs = run.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Analysis & { id: unknown });
    expect(outputs.map((o) => o.id)).toEqual(['first', 3]);
    outputs.forEach((o) => expectShape(o));
    expectOffsetsSliceBack(WEAK_STORY, outputs[0]!);
  });

  it('handles a 1 MB input in every mode', async () => {
    const paragraph = readFileSync(SAMPLE, 'utf8').split('\n## ').slice(1).join('\n\n');
    const big = join(DIR, 'big-notes.md');
    writeFileSync(big, paragraph.repeat(Math.ceil(2 ** 20 / paragraph.length)));
    const report = await score([big]);
    expect(report.status).toBe(0);
    expect(report.stdout).toMatch(/━━ Summary · \d{4,} paragraphs/);
    const json = await score(['--json', big]);
    expect(json.status).toBe(0);
    expect((JSON.parse(json.stdout) as Analysis).words).toBeGreaterThan(100_000);
  }, 60_000);

  it('stops quietly when the reader closes the pipe early', async () => {
    const big = join(DIR, 'pipe-notes.txt');
    writeFileSync(big, `${WEAK_STORY}\n\n`.repeat(5000));
    const pipeline = `"${TSX}" lib/cli/score.ts "${big}" | head -c 200 >/dev/null; echo "score exited \${PIPESTATUS[0]}"`;
    const run = await shell('bash', ['-c', pipeline], '', {});
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('score exited 0\n');
  });
});
