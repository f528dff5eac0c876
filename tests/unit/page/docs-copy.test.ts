// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureDocsSelection } from '@/lib/page/docs/capture';
import type { DocsBridgeClient } from '@/lib/page/docs/client';
import { watchDocsCopies } from '@/lib/page/docs/copy';

const missing: DocsBridgeClient = {
  read: async () => ({ ok: false, reason: 'api-missing' }),
  replace: async () => ({ ok: false, reason: 'api-missing' }),
  stop: () => undefined,
};

afterEach(() => {
  document.body.innerHTML = '';
});

/** Docs' text-event frame, with Docs' own copy handler: the selected text into clipboardData, the browser's copy cancelled. */
function textEventFrame(selected: () => string): Window {
  document.body.innerHTML = '<iframe class="docs-texteventtarget-iframe"></iframe>';
  const frame = document.querySelector('iframe')!;
  frame.contentDocument!.addEventListener('copy', (event) => {
    (event as ClipboardEvent).clipboardData!.setData('text/plain', selected());
    event.preventDefault();
  });
  return frame.contentWindow!;
}

function copyIn(win: Window): ClipboardEvent {
  const data = new (win as unknown as typeof globalThis).DataTransfer();
  const event = new (win as unknown as typeof globalThis).ClipboardEvent('copy', {
    clipboardData: data,
    bubbles: true,
    cancelable: true,
  });
  win.document.body.dispatchEvent(event);
  return event;
}

describe('watchDocsCopies: what Docs copies, read during the copy', () => {
  it('hears each copy after Docs put the text in, and leaves Docs’ copy as it was', () => {
    let selected = 'I cut refunds 45%.';
    const frame = textEventFrame(() => selected);
    const heard = vi.fn();
    const copies = watchDocsCopies(document, heard);
    copies.attach();
    copies.attach(); // again: still one listener
    const event = copyIn(frame);
    expect(event.defaultPrevented).toBe(true);
    expect(event.clipboardData!.getData('text/plain')).toBe('I cut refunds 45%.');
    expect(heard).toHaveBeenCalledTimes(1);
    expect(copies.last()).toBe('I cut refunds 45%.');
    selected = '   ';
    copyIn(frame);
    expect(copies.last()).toBe('I cut refunds 45%.'); // an empty copy changes nothing
    copies.stop();
    selected = 'After stop.';
    copyIn(frame);
    expect(copies.last()).toBe('I cut refunds 45%.');
  });

  it('without the frame, there is nothing to hear and nothing breaks', () => {
    const copies = watchDocsCopies(document, vi.fn());
    expect(() => copies.attach()).not.toThrow();
    expect(copies.last()).toBeNull();
  });
});

describe('a Docs capture with only a copy to go on', () => {
  it('is what the user copied, labelled as such, Docs’ control characters stripped', async () => {
    document.title = 'Pricing story - Google Docs';
    const capture = await captureDocsSelection(missing, document, { copied: () => 'I decided\u000bto ship. ' });
    expect(capture).toMatchObject({
      text: 'I decided\nto ship.',
      apply: 'docs',
      source: { kind: 'google-docs-copy', editor: 'google-docs', title: 'Pricing story' },
    });
  });

  it("Docs' drawn selection comes first; a copy comes before the live region's last words", async () => {
    document.body.innerHTML =
      '<div id="docs-aria-speakable" aria-live="assertive">We shipped the redesign and users loved it</div>';
    const copied = () => 'I rewrote the triage rules.';
    expect(await captureDocsSelection(missing, document, { copied })).toMatchObject({
      text: 'I rewrote the triage rules.',
      source: { kind: 'google-docs-copy' },
    });
    expect(await captureDocsSelection(missing, document)).toMatchObject({
      source: { kind: 'google-docs-accessibility' },
    });
  });
});
