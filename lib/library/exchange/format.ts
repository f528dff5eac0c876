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
 * JSON with object keys sorted at every depth, so equal data always hashes the same.
 * JSON.stringify recurses, so the depth is checked first (see checkDepth).
 */
export function canonicalJson(value: unknown): string {
  checkDepth(value);
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
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
