/**
 * Batch scoring: one {"id", "text"} object per input line, one Analysis with its id per output
 * line. A bad line is reported and skipped so one typo does not cost the rest of the batch.
 */
import type { Analysis } from '../analysis/types';

export type JsonlOutcome =
  | { kind: 'scored'; line: number; json: string }
  | { kind: 'error'; line: number; message: string };

export type Analyzer = (text: string) => Analysis;

export function* scoreJsonLines(input: string, analyze: Analyzer): Generator<JsonlOutcome> {
  const lines = input.replace(/^\uFEFF/, '').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '') continue;
    const line = i + 1;
    let record: unknown;
    try {
      record = JSON.parse(raw);
    } catch (error) {
      yield { kind: 'error', line, message: `line ${line}: not valid JSON (${firstLine(error)})` };
      continue;
    }
    if (typeof record !== 'object' || record === null || typeof (record as { text?: unknown }).text !== 'string') {
      yield {
        kind: 'error',
        line,
        message: `line ${line}: expected an object with a string "text", like {"id": "a", "text": "..."}`,
      };
      continue;
    }
    const { id = line, text } = record as { id?: unknown; text: string };
    yield { kind: 'scored', line, json: JSON.stringify({ id, ...analyze(text) }) };
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}
