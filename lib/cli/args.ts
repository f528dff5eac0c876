/** The command line's contract: which flags exist, how they combine, and what a mistake says. */
import { parseArgs } from 'node:util';

export type OutputMode = 'report' | 'json' | 'jsonl';

export type ScoreRequest =
  | { kind: 'help' }
  | { kind: 'score'; mode: OutputMode /** A file path, or '-' for stdin. */; input: string };

/** A mistake the user can fix; the entry prints its message on one line, never a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    /** Mistakes in how the command was called (flags, arguments, input) also get the usage hint. */
    readonly showUsage = false,
    /** 2 for a wrong flag or argument, 1 for input that cannot be scored. */
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export const USAGE = 'Usage: npm run score -- [--json | --jsonl] <file | ->';
export const USAGE_HINT = `${USAGE}   (--help for details)`;

export const HELP = `${USAGE}

Scores how strongly interview notes signal ownership. Nothing leaves this machine.

  <file>      a Markdown (.md, .markdown) or text file, scored paragraph by paragraph
              (paragraphs are separated by blank lines; Markdown headings, front matter,
              code blocks and list markers are skipped, inline markup is stripped)
  -           read the text from stdin (scored as plain text)

Options
  --json      print one Analysis object as JSON for the whole input, taken as one passage
              exactly as given (no Markdown stripping), so finding offsets index into it
  --jsonl     read one {"id": ..., "text": "..."} object per line and print one Analysis
              per line with its id (a line without an id gets its line number); a bad line
              is reported on stderr with its line number, the rest are still scored, and
              the exit status is 1
  -h, --help  show this help

Color follows the terminal; NO_COLOR=1 turns it off and FORCE_COLOR=1 turns it on.
Exit status: 0 scored, 1 bad input, 2 bad usage.`;

export function parseScoreArgs(argv: readonly string[]): ScoreRequest {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        jsonl: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw usageError(describeParseError(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.json && values.jsonl) throw usageError('--json and --jsonl cannot be used together');
  if (positionals.length === 0) throw usageError('no input given: name a file, or - to read stdin');
  if (positionals.length > 1) {
    throw usageError(`expected one input, got ${positionals.length}: ${positionals.join(' ')}`);
  }
  const mode: OutputMode = values.json ? 'json' : values.jsonl ? 'jsonl' : 'report';
  return { kind: 'score', mode, input: positionals[0]! };
}

function usageError(message: string): CliError {
  return new CliError(message, true, 2);
}

/** parseArgs' messages are long and mention internals; keep the one fact the user needs. */
function describeParseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[^'\s]+)'/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option ?? message}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) return `option ${option} takes no value`;
  return message.split('\n')[0]!;
}
