// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AnalysisReport } from '@/components/AnalysisReport';
import { ComponentChecklist } from '@/components/ComponentChecklist';
import { COPY_ONLY } from '@/components/panel/apply';
import { RewriteCards } from '@/components/panel/RewriteCards';
import { QuestionList } from '@/components/QuestionList';
import { ScoreBreakdown } from '@/components/ScoreBreakdown';
import { ScoreMeter } from '@/components/ScoreMeter';
import { analyze, COMPONENT_IDS } from '@/lib/analysis';
import { ownershipScore } from '@/lib/analysis/score';
import { formatSpeakingTime, StoryLength } from '@/components/StoryLength';
import { makeAnalysis, makeFinding } from './fixtures';

afterEach(cleanup);

describe('ScoreMeter', () => {
  it('exposes the score as a named meter and writes the band out', () => {
    render(<ScoreMeter score={62} band="partial" />);
    const meter = screen.getByRole('meter', { name: 'Ownership score' });
    expect(meter.getAttribute('aria-valuenow')).toBe('62');
    expect(meter.getAttribute('aria-valuemin')).toBe('0');
    expect(meter.getAttribute('aria-valuemax')).toBe('100');
    expect(meter.getAttribute('aria-valuetext')).toBe('62 out of 100, partial');
    expect(screen.getByRole('status', { name: 'Score summary' }).textContent).toContain('partial');
  });

  it('clamps and rounds what it is given', () => {
    render(<ScoreMeter score={123.4} band="strong" />);
    expect(screen.getByRole('meter').getAttribute('aria-valuenow')).toBe('100');
    cleanup();
    render(<ScoreMeter score={-3} band="weak" />);
    expect(screen.getByRole('meter').getAttribute('aria-valuenow')).toBe('0');
  });
});

const actions = { applier: COPY_ONLY('Copy only here.'), notify: () => {}, ignore: () => {}, switchRuleOff: () => {} };

describe('RewriteCards', () => {
  it('lists a card per finding with its category, span, question and rewrite', () => {
    const text = 'I helped a lot of teams ship.';
    render(
      <RewriteCards
        text={text}
        findings={[
          makeFinding({ start: 9, end: 17 }),
          makeFinding({ ruleId: 'weak-verb', category: 'weak-verb', start: 2, end: 8, text: 'helped' }),
        ]}
        {...actions}
      />,
    );
    const list = screen.getByRole('list', { name: /Findings/ });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('Vague quantity');
    expect(items[0]!.textContent).toContain('a lot of');
    expect(items[0]!.textContent).toContain('How many, exactly?');
    expect((within(items[0]!).getByRole('textbox') as HTMLTextAreaElement).value).toBe('I helped [N] [things].');
    expect(items[1]!.textContent).toContain('Weak verb');
  });

  it('renders passage text as text, never as markup', () => {
    const hostile = '<img src=x onerror="alert(1)">';
    const { container } = render(
      <RewriteCards
        text={hostile}
        findings={[makeFinding({ text: hostile, start: 0, end: hostile.length })]}
        {...actions}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain(hostile);
  });

  it('says so when there is nothing to flag', () => {
    render(<RewriteCards text="" findings={[]} {...actions} />);
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByText('No weak phrasing found.')).toBeTruthy();
  });
});

describe('QuestionList', () => {
  it('keeps the analyzer order', () => {
    render(
      <QuestionList
        questions={[
          { text: 'Which metric did you own?', source: { kind: 'component', id: 'metric' } },
          { text: 'How did you measure it?', source: { kind: 'component', id: 'method' } },
        ]}
      />,
    );
    const items = within(screen.getByRole('list', { name: /Questions/ })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['Which metric did you own?', 'How did you measure it?']);
  });
});

describe('ComponentChecklist', () => {
  it('marks every component present or missing in words, with evidence', () => {
    const { components } = makeAnalysis({}, { decision: 'I owned that metric', metric: 'conversion' });
    render(<ComponentChecklist components={components} />);
    const items = within(screen.getByRole('list', { name: /Story components/ })).getAllByRole('listitem');
    expect(items).toHaveLength(9);
    const decision = items.find((item) => item.textContent?.includes('Decision'));
    expect(decision?.textContent).toContain('present');
    expect(decision?.textContent).toContain('I owned that metric');
    const learning = items.find((item) => item.textContent?.includes('Learning'));
    expect(learning?.textContent).toContain('missing');
    expect(learning?.textContent).toContain('What did you learn');
    expect(screen.getByRole('heading', { name: /2 of 9 present/ })).toBeTruthy();
  });
});

describe('StoryLength', () => {
  it('formats speaking time', () => {
    expect(formatSpeakingTime(0)).toBe('0 s');
    expect(formatSpeakingTime(45)).toBe('45 s');
    expect(formatSpeakingTime(60)).toBe('1 min');
    expect(formatSpeakingTime(95.4)).toBe('1 min 35 s');
  });

  it('warns past two minutes and not before', () => {
    const { container } = render(<StoryLength words={300} speakingSeconds={120} />);
    expect(container.textContent).not.toContain('over two minutes');
    cleanup();
    render(<StoryLength words={320} speakingSeconds={128} />);
    expect(screen.getByText(/over two minutes/)).toBeTruthy();
  });
});

describe('AnalysisReport', () => {
  it('shows score, band, questions, findings and components together', () => {
    const analysis = makeAnalysis({
      score: 81,
      band: 'strong',
      findings: [makeFinding()],
      questions: [{ text: 'What did you do next?', source: { kind: 'component', id: 'scale' } }],
      words: 60,
      speakingSeconds: 24,
    });
    render(<AnalysisReport analysis={analysis} text={'I helped a lot of teams.'} {...actions} />);
    expect(screen.getByRole('meter', { name: 'Ownership score' }).getAttribute('aria-valuetext')).toBe(
      '81 out of 100, strong',
    );
    expect(screen.getByRole('list', { name: /Questions/ }).textContent).toContain('What did you do next?');
    expect(within(screen.getByRole('list', { name: /^Findings/ })).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('list', { name: /Story components/ })).toBeTruthy();
    expect(screen.getByText(/60 words, about 24 s spoken/)).toBeTruthy();
  });
});

describe('ScoreBreakdown', () => {
  const items = () =>
    within(screen.getByRole('list', { name: 'Score breakdown' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);

  it('explains the score: each component it adds and each kind of finding it takes away', () => {
    const analysis = analyze('I decided to rewrite the onboarding checklist, and it should cut support tickets.');
    render(<ScoreBreakdown scoring={analysis.scoring} />);
    expect(items()).toContain(`+${analysis.scoring.contributions.decision} Decision (stated as your own choice)`);
    expect(items()).toContain(`−${analysis.scoring.penalties.hedge} Hedge`);
    const added = Object.values(analysis.scoring.contributions).reduce((a, b) => a + b, 0);
    expect(Math.round(added - analysis.scoring.penalty)).toBe(analysis.score);
  });

  it('says which rule held the score down', () => {
    const present = new Set(COMPONENT_IDS.filter((id) => id !== 'outcome'));
    render(<ScoreBreakdown scoring={ownershipScore({ present, findings: {}, hasNumber: true })} />);
    expect(items()).toContain('Held below 70: the passage has no measured outcome.');
  });
});
