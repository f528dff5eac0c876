// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Capture } from '@/lib/page/capture';
import { followSelection } from '@/lib/page/follow';

const make = (text: string): Capture => ({
  text,
  truncated: false,
  source: { kind: 'selection', title: '', url: '' },
  apply: 'none',
  target: { kind: 'docs', start: 0, end: text.length },
});

describe('followSelection: debounced, and only real changes', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('captures once after events settle, announces changes only, and nothing for an empty selection', async () => {
    let current: Capture | null = make('one');
    const capture = vi.fn(() => current);
    const onChange = vi.fn();
    const follower = followSelection({ doc: document, capture, keyOf: (c) => c.text, onChange, debounceMs: 150 });
    for (let i = 0; i < 10; i++) document.dispatchEvent(new Event('selectionchange'));
    await vi.advanceTimersByTimeAsync(149);
    expect(capture).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(capture).toHaveBeenCalledTimes(1);
    expect(onChange.mock.calls.map(([c]) => (c as Capture).text)).toEqual(['one']);

    document.dispatchEvent(new Event('mouseup'));
    await vi.advanceTimersByTimeAsync(200);
    expect(onChange).toHaveBeenCalledTimes(1); // same text: no change

    current = null;
    document.dispatchEvent(new KeyboardEvent('keyup', { key: 'ArrowLeft' }));
    await vi.advanceTimersByTimeAsync(200);
    expect(onChange).toHaveBeenCalledTimes(1); // empty: the panel keeps the last passage

    current = make('two');
    document.body.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(300); // typing settles longer than selecting
    expect(onChange.mock.calls.map(([c]) => (c as Capture).text)).toEqual(['one', 'two']);

    follower.reset();
    await follower.flush();
    expect(onChange).toHaveBeenCalledTimes(3);
    follower.stop();
    document.dispatchEvent(new Event('selectionchange'));
    await vi.advanceTimersByTimeAsync(500);
    expect(capture).toHaveBeenCalledTimes(5);
  });

  it('drops a slow capture superseded by a newer one, and survives a capture that throws', async () => {
    const onChange = vi.fn();
    let call = 0;
    const follower = followSelection({
      doc: document,
      capture: () => {
        call += 1;
        if (call === 1) return new Promise<Capture>((resolve) => setTimeout(() => resolve(make('stale')), 1000));
        if (call === 2) throw new Error('page in flux');
        return make('fresh');
      },
      keyOf: (c) => c.text,
      onChange,
      debounceMs: 10,
    });
    void follower.flush();
    await follower.flush();
    await follower.flush();
    await vi.advanceTimersByTimeAsync(1500);
    expect(onChange.mock.calls.map(([c]) => (c as Capture).text)).toEqual(['fresh']);
    follower.stop();
  });

  it('captures at once when a gesture ends, waits while selecting, and waits longer while typing', async () => {
    let current: Capture | null = make('dragged');
    const capture = vi.fn(() => current);
    const onChange = vi.fn();
    const follower = followSelection({
      doc: document,
      capture,
      keyOf: (c) => c.text,
      onChange,
      debounceMs: 50,
      typingMs: 250,
    });
    for (let i = 0; i < 5; i++) {
      document.dispatchEvent(new Event('selectionchange'));
      await vi.advanceTimersByTimeAsync(30);
    }
    expect(capture).not.toHaveBeenCalled(); // a drag in progress keeps resetting the wait
    document.dispatchEvent(new MouseEvent('mouseup'));
    document.dispatchEvent(new Event('selectionchange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(capture).toHaveBeenCalledTimes(1);

    current = make('typed');
    document.body.dispatchEvent(new Event('input', { bubbles: true }));
    document.body.dispatchEvent(new KeyboardEvent('keyup', { key: 'x', bubbles: true }));
    await vi.advanceTimersByTimeAsync(249);
    expect(capture).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(capture).toHaveBeenCalledTimes(2);

    current = make('shift-selected');
    document.body.dispatchEvent(new KeyboardEvent('keyup', { key: 'ArrowRight', shiftKey: true, bubbles: true }));
    await vi.advanceTimersByTimeAsync(0);
    expect(onChange.mock.calls.map(([c]) => (c as Capture).text)).toEqual(['dragged', 'typed', 'shift-selected']);
    follower.stop();
  });
});
