// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Analysis } from '@/lib/analysis';
import { StoryInput } from '@/components/StoryInput';
import { LIVE_ANALYSIS_DELAY_MS, useLiveAnalysis } from '@/components/useLiveAnalysis';
import { makeAnalysis } from './fixtures';

function LivePanel({ analyzeText }: { analyzeText: (text: string) => Analysis }) {
  const [story, setStory] = useState('');
  const { analysis, pending } = useLiveAnalysis(story, { analyzeText });
  return (
    <>
      <StoryInput value={story} onInput={setStory} />
      <output>{analysis ? `score ${analysis.score}` : 'none'}</output>
      <p>{pending ? 'pending' : 'settled'}</p>
    </>
  );
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useLiveAnalysis with StoryInput', () => {
  it('analyzes once after typing pauses, with the latest text', () => {
    const analyzeText = vi.fn((text: string) => makeAnalysis({ score: text.length }));
    render(<LivePanel analyzeText={analyzeText} />);
    const box = screen.getByRole('textbox', { name: 'Interview story' });

    fireEvent.input(box, { target: { value: 'I' } });
    fireEvent.input(box, { target: { value: 'I cut' } });
    act(() => void vi.advanceTimersByTime(LIVE_ANALYSIS_DELAY_MS - 1));
    expect(analyzeText).not.toHaveBeenCalled();
    expect(screen.getByText('pending')).toBeTruthy();

    act(() => void vi.advanceTimersByTime(1));
    expect(analyzeText).toHaveBeenCalledTimes(1);
    expect(analyzeText).toHaveBeenCalledWith('I cut');
    expect(screen.getByText('score 5')).toBeTruthy();
    expect(screen.getByText('settled')).toBeTruthy();

    fireEvent.input(box, { target: { value: 'I cut it' } });
    expect(screen.getByText('pending')).toBeTruthy();
    expect(screen.getByText('score 5')).toBeTruthy();
  });

  it('clears the result when the text is emptied', () => {
    render(<LivePanel analyzeText={(text) => makeAnalysis({ score: text.length })} />);
    const box = screen.getByRole('textbox', { name: 'Interview story' });
    fireEvent.input(box, { target: { value: 'We shipped it.' } });
    act(() => void vi.advanceTimersByTime(LIVE_ANALYSIS_DELAY_MS));
    expect(screen.getByText('score 14')).toBeTruthy();

    fireEvent.input(box, { target: { value: '   ' } });
    expect(screen.getByText('none')).toBeTruthy();
    expect(screen.getByText('settled')).toBeTruthy();
  });

  it('gives the text box a label and a description', () => {
    render(<LivePanel analyzeText={() => makeAnalysis()} />);
    const box = screen.getByRole('textbox', { name: 'Interview story' });
    const hint = document.getElementById(box.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toMatch(/on this device/);
  });
});
