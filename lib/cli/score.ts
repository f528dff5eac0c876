/**
 * `npm run score -- [--json | --jsonl] <file | ->`: the thin entry. It parses arguments, reads
 * and writes; everything it prints is built by the pure modules beside it.
 */
import { analyze } from '../analysis';
import { CliError, HELP, parseScoreArgs, USAGE_HINT, type OutputMode } from './args';
import { ansiPalette, colorEnabled, plainPalette } from './color';
import { readNotes } from './input';
import { scoreJsonLines } from './jsonl';
import { notesFormatOf, splitParagraphs } from './paragraphs';
import { renderPassageReport } from './report';
import { paragraphTitle, renderSummary, summarizeNotes, type ScoredParagraph } from './summary';

const MAX_WIDTH = 100;
const PIPE_WIDTH = 80;

async function main(argv: string[]): Promise<number> {
  const request = parseScoreArgs(argv);
  if (request.kind === 'help') {
    write(`${HELP}\n`);
    return 0;
  }
  const text = await readNotes(request.input);
  return scoreNotes(text, request.mode, request.input);
}

function scoreNotes(text: string, mode: OutputMode, path: string): number {
  if (mode === 'json') {
    write(`${JSON.stringify(analyze(text))}\n`);
    return 0;
  }
  if (mode === 'jsonl') {
    let failed = false;
    for (const outcome of scoreJsonLines(text, (t) => analyze(t))) {
      if (outcome.kind === 'scored') write(`${outcome.json}\n`);
      else {
        failed = true;
        process.stderr.write(`score: ${outcome.message}\n`);
      }
    }
    return failed ? 1 : 0;
  }
  const paragraphs = splitParagraphs(text, path === '-' ? 'text' : notesFormatOf(path));
  if (paragraphs.length === 0)
    throw new CliError(`empty input: ${path} has headings or code but no paragraphs to score`, true);
  const palette = colorEnabled(process.env, process.stdout.isTTY === true) ? ansiPalette : plainPalette;
  const width = process.stdout.isTTY ? Math.min(process.stdout.columns || PIPE_WIDTH, MAX_WIDTH) : PIPE_WIDTH;
  const scored: ScoredParagraph[] = [];
  paragraphs.forEach((paragraph, i) => {
    const analysis = analyze(paragraph.text);
    scored.push({ paragraph, analysis });
    const title = paragraphTitle(paragraph, i + 1, paragraphs.length);
    write(`${i > 0 ? '\n' : ''}${renderPassageReport({ text: paragraph.text, analysis, title, palette, width })}`);
  });
  if (scored.length > 1) write(`\n${renderSummary(summarizeNotes(scored), palette, width)}`);
  return 0;
}

function write(text: string): void {
  process.stdout.write(text);
}

// A reader that stops early (`| head -1`) closes the pipe; that ends the run quietly, not with a trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`score: cannot write output: ${error.message}\n`);
  process.exit(1);
});

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    if (error instanceof CliError) {
      process.stderr.write(`score: ${error.message}\n${error.showUsage ? `${USAGE_HINT}\n` : ''}`);
      process.exitCode = error.exitCode;
    } else {
      // An analyzer bug still gets one line; SCORE_DEBUG=1 shows the trace for whoever fixes it.
      const detail = process.env.SCORE_DEBUG
        ? String((error as Error)?.stack ?? error)
        : String((error as Error)?.message ?? error);
      process.stderr.write(`score: internal error: ${detail}\n`);
      process.exitCode = 70;
    }
  },
);
