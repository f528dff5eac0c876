/** Copy and paste for the panel, with honest answers when the browser says no. */

export interface ClipboardEnv {
  clipboard?: Pick<Clipboard, 'writeText' | 'readText'>;
  document?: Document;
}

const defaults = (): ClipboardEnv => ({
  clipboard: typeof navigator === 'undefined' ? undefined : navigator.clipboard,
  document: typeof document === 'undefined' ? undefined : document,
});

/** The older path: select text in a hidden field and run the copy command (still needs the user's click). */
function copyWithCommand(text: string, doc: Document): boolean {
  const field = doc.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.style.position = 'fixed';
  field.style.opacity = '0';
  const active = doc.activeElement as HTMLElement | null;
  doc.body.append(field);
  field.select();
  let copied = false;
  try {
    copied = doc.execCommand('copy');
  } catch {
    copied = false;
  }
  field.remove();
  active?.focus?.();
  return copied;
}

/** True when the text is on the clipboard. */
export async function copyText(text: string, env: ClipboardEnv = defaults()): Promise<boolean> {
  try {
    if (env.clipboard?.writeText) {
      await env.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Falls through to the copy command: writeText refuses when the panel has no focus.
  }
  return env.document ? copyWithCommand(text, env.document) : false;
}

export type ClipboardRead = { ok: true; text: string } | { ok: false; reason: 'denied' | 'empty' };

/** Reads what the user copied; asked only after their own click. */
export async function readClipboard(env: ClipboardEnv = defaults()): Promise<ClipboardRead> {
  if (!env.clipboard?.readText) return { ok: false, reason: 'denied' };
  try {
    const text = await env.clipboard.readText();
    return text.trim() ? { ok: true, text } : { ok: false, reason: 'empty' };
  } catch {
    return { ok: false, reason: 'denied' };
  }
}
