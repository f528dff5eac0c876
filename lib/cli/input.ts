/** Reading the notes: a file or stdin, with every failure turned into a sentence the user can act on. */
import { readFile } from 'node:fs/promises';
import { CliError } from './args';

export async function readNotes(path: string, stdin: AsyncIterable<Buffer | string> = process.stdin): Promise<string> {
  const text = path === '-' ? await readAll(stdin) : await readNotesFile(path);
  if (text.trim() === '')
    throw new CliError(`empty input: ${path === '-' ? 'stdin' : path} has no text to score`, true);
  // A byte-order mark is an encoding detail, not part of the notes.
  return text.replace(/^\uFEFF/, '');
}

async function readNotesFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`file not found: ${path}`, true);
    if (code === 'EISDIR') throw new CliError(`${path} is a directory; name a file`, true);
    if (code === 'EACCES') throw new CliError(`cannot read ${path}: permission denied`);
    throw new CliError(`cannot read ${path}: ${(error as Error).message}`);
  }
}

async function readAll(stream: AsyncIterable<Buffer | string>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}
