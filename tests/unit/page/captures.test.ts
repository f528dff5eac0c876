import { describe, expect, it } from 'vitest';
import type { Capture } from '@/lib/page/capture';
import { CaptureRegistry, textHash } from '@/lib/page/captures';

const field = {} as HTMLTextAreaElement;
const capture = (text: string, start = 0, element: object = field): Capture => ({
  text,
  truncated: false,
  source: { kind: 'textarea', title: 't', url: 'u' },
  apply: 'editor',
  target: { kind: 'field', element: element as HTMLTextAreaElement, start, end: start + text.length },
});

describe('CaptureRegistry: one id per selection over one text', () => {
  it('keeps the id for the same selection and text, and makes a new one when either changes', () => {
    const registry = new CaptureRegistry('test', () => 42);
    const a = registry.register(capture('I decided.'), 5);
    expect(a.passage).toEqual({
      text: 'I decided.',
      source: { kind: 'textarea', title: 't', url: 'u' },
      selectionId: 'test-1',
      capturedAt: 42,
      tabId: 5,
      apply: 'editor',
    });
    expect(registry.register(capture('I decided.'), 5).selectionId).toBe('test-1');
    expect(registry.register(capture('I decided!'), 5).selectionId).toBe('test-2');
    expect(registry.register(capture('I decided.', 3), 5).selectionId).toBe('test-3');
    expect(registry.register(capture('I decided.', 0, {}), 5).selectionId).toBe('test-4');
    expect(registry.get('test-1')?.text).toBe('I decided.');
  });

  it('marks a truncated passage', () => {
    const registry = new CaptureRegistry('t');
    expect(registry.register({ ...capture('x'), truncated: true }, 1).passage.truncated).toBe(true);
  });

  it('forgets replaced passages and keeps only the recent ones', () => {
    const registry = new CaptureRegistry('r');
    const first = registry.register(capture('first'), 1);
    registry.forget(first.selectionId);
    expect(registry.get(first.selectionId)).toBeUndefined();
    expect(registry.register(capture('first'), 1).selectionId).not.toBe(first.selectionId);
    for (let i = 0; i < 40; i++) registry.register(capture(`text ${i}`), 1);
    expect(registry.get('r-2')).toBeUndefined();
    expect(registry.get('r-42')?.text).toBe('text 39');
  });

  it('fingerprints text cheaply and stably', () => {
    expect(textHash('abc')).toBe(textHash('abc'));
    expect(textHash('abc')).not.toBe(textHash('abd'));
  });
});
