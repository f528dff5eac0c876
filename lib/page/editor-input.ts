/**
 * Typing a rewrite into an editor through its own input path, and telling whether the editor took
 * it. Measured in Chromium:
 * - execCommand('insertText') returns true even when an editor ignores it, and some editors put
 *   their old text back a moment later: success is read from the editor's text, never a return value.
 * - A synthetic paste the editor handles (defaultPrevented) goes through the editor's own paste code,
 *   the input it trusts most; some editors (Slate) change their model at once and draw it a frame
 *   later, so the text is watched for a while before it counts as unchanged.
 * - execCommand('insertText') fires no beforeinput, so editors that take typing from beforeinput
 *   (Slate) never hear of it, and the browser edits their DOM behind their back. So a beforeinput
 *   is dispatched first: an editor that cancels it took the input into its own model.
 * - If nobody takes either, only the browser's own DOM edit is left, and only editors that read such
 *   edits back keep their model in step: elsewhere the screen would show text the editor does not
 *   hold, and its Ctrl+Z would leave it there. There nothing is typed and Apply says so.
 */
import { detectEditor } from './editors';

export type Verdict =
  /** The editor shows exactly the expected text, and still does after the settle time. */
  | 'ok'
  /** Nothing changed. */
  | 'unchanged'
  /** It did not change, or it was put back: the page reads as before. */
  | 'rejected'
  /** It changed, but not into the rewrite: the page holds something else now. */
  | 'different'
  /** Only the browser's own edit was left, and it would not reach the editor's model: not made. */
  | 'ignored';

export interface EditorInput {
  doc: Document;
  win: Window;
  /** Where a paste is dispatched (the element holding the selection's start). */
  target: () => Element;
  /** Selects the passage again; false when it cannot. */
  select: () => boolean;
  /** Whether the editor keeps its own copy of the selection (a contenteditable editor; not a field). */
  editorSelection: boolean;
  /** The editor's text now, or null when it left the page. */
  read: () => string | null;
  before: string;
  /** The whole text as it must read once the rewrite is in. */
  expected: string;
  /** Whether the browser's own DOM edit reaches the editor's model here (see readsNativeEdits). */
  nativeEditsReach: boolean;
  wait: (ms: number) => Promise<void>;
  settleMs: number;
}

/** How often the text is looked at while an editor draws what it took. */
const WATCH_STEP_MS = 20;
/**
 * How long an editor gets to read a new DOM selection before input arrives: Slate reads it at most
 * every 100 ms, and input at a selection it has not read yet lands somewhere else.
 */
const SELECTION_SYNC_MS = 120;

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Editors known to read the browser's own DOM edits back into their model (mutation observers or input events). */
const READS_NATIVE_EDITS = new Set([
  'prosemirror',
  'tiptap',
  'quill',
  'codemirror',
  'ckeditor',
  'lexical',
  'draft',
  'notion',
]);

/**
 * Whether a DOM edit the browser makes itself reaches this editing host's model. A plain
 * contenteditable's DOM is its model. An editor the extension does not know, but whose root calls
 * itself an editor (a class or data attribute naming one), is presumed to keep a model of its own.
 */
export function readsNativeEdits(host: Element): boolean {
  const editor = detectEditor(host as HTMLElement);
  if (editor) return READS_NATIVE_EDITS.has(editor);
  const names = [...Array.from(host.classList), ...host.getAttributeNames().filter((name) => name.startsWith('data-'))];
  return !names.some((name) => /editor/i.test(name));
}

/** Watches the editor's text until it reads as expected (or the settle time runs out), then once more after the settle. */
async function watch(input: EditorInput): Promise<Exclude<Verdict, 'ignored'>> {
  const { read, before, wait, settleMs } = input;
  const wanted = normalize(input.expected);
  const took = (text: string | null) => text !== null && normalize(text) === wanted;
  await wait(0);
  let text = read();
  for (let waited = 0; !took(text) && waited < settleMs; waited += WATCH_STEP_MS) {
    await wait(WATCH_STEP_MS);
    text = read();
  }
  if (!took(text)) return text === before ? 'unchanged' : 'different';
  await wait(settleMs);
  const settled = read();
  return took(settled) ? 'ok' : settled === before ? 'rejected' : 'different';
}

/** A paste the page's own handlers see; true when one of them took it (defaultPrevented). */
function dispatchPaste(target: Element, text: string, win: Window): boolean {
  const Transfer = (win as unknown as { DataTransfer?: typeof DataTransfer }).DataTransfer;
  const Clipboard = (win as unknown as { ClipboardEvent?: typeof ClipboardEvent }).ClipboardEvent;
  if (!Transfer || !Clipboard) return false;
  const data = new Transfer();
  data.setData('text/plain', text);
  const event = new Clipboard('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  // Firefox gives a made-up paste an empty clipboardData of its own; dispatched, it leaves
  // ProseMirror refusing the insertText that follows, so such a paste is not sent at all.
  if (event.clipboardData?.getData('text/plain') !== text) return false;
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

/**
 * A beforeinput the page's own handlers see, as typing would fire it; true when one of them took
 * it (defaultPrevented): editors that own their input (Slate, Lexical) apply it to their model.
 * execCommand fires no beforeinput of its own, so without this such editors never hear of it.
 */
function dispatchBeforeInput(target: Element, text: string, win: Window): boolean {
  const Input = (win as unknown as { InputEvent?: typeof InputEvent }).InputEvent;
  if (!Input) return false;
  const event = new Input('beforeinput', {
    inputType: 'insertText',
    data: text,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

/** The browser's own insertText: it edits the DOM itself, and an editor may or may not read that back. */
function insertText(doc: Document, text: string): void {
  try {
    // The return value says nothing about whether the editor kept the text; watch() decides.
    (doc as Document & { execCommand?: Document['execCommand'] }).execCommand?.('insertText', false, text);
  } catch {
    // An editor that throws from its input handlers has rejected the input; the text will say so.
  }
}

/** Replaces the selected passage through the editor's own input, and says whether the editor took it. */
export async function typeIntoEditor(input: EditorInput, replacement: string): Promise<Verdict> {
  if (!input.select()) return 'rejected';
  // Let the editor see the new selection (editors sync it on selectionchange, a task away or more).
  await input.wait(input.editorSelection ? SELECTION_SYNC_MS : 0);
  if (dispatchPaste(input.target(), replacement, input.win)) {
    const verdict = await watch(input);
    // The editor took the paste event but changed nothing, even given time to draw: the text is
    // exactly as before, so trying insertText cannot double the rewrite.
    if (verdict !== 'unchanged') return verdict;
    if (!input.select()) return 'rejected';
    await input.wait(input.editorSelection ? SELECTION_SYNC_MS : 0);
  }
  if (dispatchBeforeInput(input.target(), replacement, input.win)) {
    const verdict = await watch(input);
    return verdict === 'unchanged' ? 'rejected' : verdict;
  }
  // Neither the paste nor the beforeinput was taken: only the browser's own edit is left, and it
  // must not go where the editor would not read it back.
  if (!input.nativeEditsReach) return 'ignored';
  insertText(input.doc, replacement);
  const verdict = await watch(input);
  return verdict === 'unchanged' ? 'rejected' : verdict;
}
