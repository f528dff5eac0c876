// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { stopWhenReplaced } from '@/lib/page/lifetime';

const STARTED = 'ext-id:content:wxt:content-script-started';
const announce = () =>
  document.dispatchEvent(new CustomEvent(STARTED, { detail: { contentScriptName: 'content', messageId: 'newer' } }));

describe('stopWhenReplaced: a content script stops for a newer copy only once its runtime is gone', () => {
  it('ignores the announcement while the runtime is alive (a page can forge it)', () => {
    const stop = vi.fn();
    const unwatch = stopWhenReplaced(stop, { runtimeAlive: () => true, startedEvent: STARTED });
    announce();
    announce();
    expect(stop).not.toHaveBeenCalled();
    unwatch();
  });

  it('stops once, when a newer copy starts after the extension was reloaded or updated', () => {
    const stop = vi.fn();
    let alive = true;
    stopWhenReplaced(stop, { runtimeAlive: () => alive, startedEvent: STARTED });
    announce();
    alive = false;
    announce();
    announce();
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('listens to nothing after it is told to stop watching', () => {
    const stop = vi.fn();
    stopWhenReplaced(stop, { runtimeAlive: () => false, startedEvent: STARTED })();
    announce();
    expect(stop).not.toHaveBeenCalled();
  });
});

describe("stopWhenReplaced listens for WXT's own announcement", () => {
  it('a real newer ContentScriptContext starting after the runtime went away stops the old copy', () => {
    const stop = vi.fn();
    const unwatch = stopWhenReplaced(stop, { runtimeAlive: () => false });
    new ContentScriptContext('content');
    expect(stop).toHaveBeenCalledTimes(1);
    unwatch();
  });
});
