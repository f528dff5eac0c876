/**
 * The library file: one JSON object with a format name and version, every table, and a
 * SHA-256 checksum of all of it but the checksum. Derived index fields (dedupe keys, search
 * words) are not in the file: import recomputes them, so a file can never plant a wrong index.
 * Version 2 adds the interview preparation: decision logs, OSF maps, rehearsals and interview
 * dates. Version 1 files still import (with none of those); an older extension refuses a
 * version 2 file rather than drop its decision logs unseen.
 */
import type {
  DecisionRow,
  InterviewRow,
  OsfMapRow,
  PrincipleRow,
  RehearsalRow,
  SnippetRow,
  StoryRow,
  TemplateRow,
} from '../model';
import { checkDepth } from './shape';

export const LIBRARY_FILE_FORMAT = 'ownership-lens-library';
export const LIBRARY_FILE_VERSION = 2;
/** The versions this build reads. */
export type LibraryFileVersion = 1 | typeof LIBRARY_FILE_VERSION;

export type ExportedSnippet = Omit<SnippetRow, 'normalized' | 'words' | 'wordFields'>;
export type ExportedStory = Omit<StoryRow, 'titleKey'>;
export type ExportedTemplate = Omit<TemplateRow, 'textKey'>;
export type ExportedInterview = Omit<InterviewRow, 'companyKey'>;

export interface LibraryTables {
  principles: PrincipleRow[];
  snippets: ExportedSnippet[];
  stories: ExportedStory[];
  templates: ExportedTemplate[];
  decisions: DecisionRow[];
  osfMaps: OsfMapRow[];
  rehearsals: RehearsalRow[];
  interviews: ExportedInterview[];
}

export interface LibraryFile extends LibraryTables {
  format: typeof LIBRARY_FILE_FORMAT;
  /** As written in the file; a version 1 file is read with the tables it lacks empty. */
  version: LibraryFileVersion;
  /** Milliseconds since the epoch. */
  exportedAt: number;
  /** "sha256:" and the hex digest of the canonical JSON of every other field. */
  checksum: string;
}

/**
 * Whether every object's own keys already come in sorted order (as a file exported by this
 * extension writes them), so plain JSON.stringify writes the canonical JSON. A "__proto__" key
 * says no: copying it onto a new object sets the prototype, so the canonical JSON leaves it out.
 * Walks with its own stack; the depth is checked before.
 */
function inCanonicalOrder(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (const item of v) if (item !== null && typeof item === 'object') stack.push(item);
      continue;
    }
    const keys = Object.keys(v);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if ((i > 0 && keys[i - 1]! >= key) || key === '__proto__') return false;
      const item = (v as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') stack.push(item);
    }
  }
  return true;
}

/**
 * JSON with object keys sorted at every depth, so equal data always hashes the same.
 * JSON.stringify recurses, so the depth is checked first (see checkDepth). Data whose keys are
 * already sorted is written by JSON.stringify alone: the same text, without a copy of every
 * object, which for a file of 10,000 snippets is most of what checking its checksum costs.
 */
export function canonicalJson(value: unknown): string {
  checkDepth(value);
  if (inCanonicalOrder(value)) return JSON.stringify(value);
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

/** A copy of JSON data with every object's keys in sorted order: JSON.stringify of it is its canonical JSON. */
export function inKeyOrder<T>(value: T): T {
  return JSON.parse(canonicalJson(value)) as T;
}

/** crypto.subtle exists in every extension page and in Node 20 alike. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function fileChecksum(file: Omit<LibraryFile, 'checksum'>): Promise<string> {
  const { checksum: _ignored, ...rest } = file as LibraryFile;
  return `sha256:${await sha256Hex(canonicalJson(rest))}`;
}
