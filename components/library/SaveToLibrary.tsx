import type { Analysis } from '@/lib/analysis';
import type { PassageSource } from '@/lib/messaging/protocol';

export interface SaveToLibraryProps {
  /** The passage (or an applied rewrite) to keep. */
  text: string;
  analysis: Analysis;
  source?: PassageSource;
}

/** One-click save of the current passage into the personal library. Built out by the library work. */
export function SaveToLibrary(_props: SaveToLibraryProps) {
  return null;
}
