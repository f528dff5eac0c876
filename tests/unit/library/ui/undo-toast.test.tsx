// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoToast, useToast, type ToastSpec } from '@/components/library/UndoToast';

function Host({ spec, timeoutMs }: { spec: ToastSpec; timeoutMs: number }) {
  const { toast, show, dismiss } = useToast();
  return (
    <>
      <button type="button" onClick={() => show(spec)}>
        Do it
      </button>
      <UndoToast toast={toast} show={show} dismiss={dismiss} timeoutMs={timeoutMs} />
    </>
  );
}

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the Undo toast', () => {
  it('announces in a live region that is always there, and goes after its time', () => {
    render(<Host spec={{ message: 'Saved.' }} timeoutMs={1_000} />);
    const region = screen.getByRole('status');
    expect(region.textContent).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Do it' }));
    expect(region.textContent).toContain('Saved.');
    act(() => void vi.advanceTimersByTime(999));
    expect(region.textContent).toContain('Saved.');
    act(() => void vi.advanceTimersByTime(1));
    expect(region.textContent).toBe('');
  });

  it('stays while the keyboard is in it, and Escape dismisses it', () => {
    const undo = vi.fn(() => Promise.resolve());
    render(<Host spec={{ message: 'Deleted “x”.', undo }} timeoutMs={1_000} />);
    fireEvent.click(screen.getByRole('button', { name: 'Do it' }));
    const button = screen.getByRole('button', { name: 'Undo' });
    fireEvent.focusIn(button);
    act(() => void vi.advanceTimersByTime(5_000));
    expect(screen.getByRole('button', { name: 'Undo' })).toBe(button);
    fireEvent.keyDown(button, { key: 'Escape' });
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(undo).not.toHaveBeenCalled();
  });

  it('runs Undo once, says so, and hands focus on', async () => {
    const undo = vi.fn(() => Promise.resolve());
    const afterUndo = vi.fn();
    render(<Host spec={{ message: 'Deleted “x”.', undo, afterUndo }} timeoutMs={1_000} />);
    fireEvent.click(screen.getByRole('button', { name: 'Do it' }));
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Undo' })));
    expect(undo).toHaveBeenCalledTimes(1);
    expect(afterUndo).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toContain('Undone.');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('says when Undo failed, in words', async () => {
    render(
      <Host
        spec={{
          message: 'Deleted “x”.',
          undo: () => Promise.reject(new Error('That story is no longer in your library.')),
        }}
        timeoutMs={1_000}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Do it' }));
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Undo' })));
    expect(screen.getByRole('status').textContent).toContain(
      'Could not undo: That story is no longer in your library.',
    );
  });
});
