import type { ApplyResult } from '@/lib/messaging/protocol';

export interface LibraryTabProps {
  /** Inserts text into the page through the same Apply path as a rewrite; absent in paste mode. */
  insertIntoPage?: (text: string) => Promise<ApplyResult>;
}

/** The Library tab of the panel. Built out by the library work. */
export function LibraryTab(_props: LibraryTabProps) {
  return <p>The library is coming.</p>;
}
