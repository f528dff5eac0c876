/** Where the panel's text came from, in words: the panel always says which source it is showing. */
import type { PassageSource, SourceKind } from '@/lib/messaging/protocol';

const EDITOR_NAMES: Record<string, string> = {
  prosemirror: 'ProseMirror',
  tiptap: 'TipTap',
  quill: 'Quill',
  lexical: 'Lexical',
  notion: 'Notion',
};

function editorName(editor: string | undefined): string {
  if (!editor) return 'an editor';
  return `a ${EDITOR_NAMES[editor.toLowerCase()] ?? editor} editor`;
}

/** The kind of source on its own: "Selection in a text area", "Google Docs (annotated text)". */
export function describeKind(kind: SourceKind, editor?: string): string {
  switch (kind) {
    case 'selection':
      return 'Selection in the page';
    case 'textarea':
      return 'Selection in a text area';
    case 'input':
      return 'Selection in a text field';
    case 'contenteditable':
      return `Selection in ${editorName(editor)}`;
    case 'google-docs':
      return 'Google Docs (annotated text)';
    case 'google-docs-accessibility':
      return 'Google Docs (screen-reader text)';
    case 'google-docs-export':
      return 'Google Docs, whole document (plain-text export)';
    case 'google-docs-copy':
      return 'Google Docs (what you copied)';
    case 'clipboard':
      return 'Pasted from your clipboard';
    case 'paste':
      return 'Pasted into the panel';
  }
}

/** Page title when it has one, else its host, else nothing. */
function placeName(source: Pick<PassageSource, 'title' | 'url'>): string {
  const title = source.title.trim();
  if (title) return title;
  try {
    return new URL(source.url).host;
  } catch {
    return '';
  }
}

/** "Selection in a text area on “Interview notes”"; Docs and the panel name themselves. */
export function describeSource(source: PassageSource): string {
  const kind = describeKind(source.kind, source.editor);
  if (source.kind === 'paste') return kind;
  const place = placeName(source);
  if (!place) return kind;
  const joiner = source.kind.startsWith('google-docs') ? ': ' : source.kind === 'clipboard' ? ', for ' : ' on ';
  return `${kind}${joiner}“${place}”`;
}

/** Kinds whose text lives in a page the panel can mark with in-page highlights. */
export function marksInPage(kind: SourceKind): boolean {
  return (
    kind === 'selection' ||
    kind === 'textarea' ||
    kind === 'input' ||
    kind === 'contenteditable' ||
    kind === 'google-docs'
  );
}
