/**
 * Issue 11 through the real panel: proof for every claim (a decision log with evidence that
 * survives Export and Import), a full rehearsal with the timer on a fake clock, the countdown,
 * and the cheat sheet printed to PDF on one A4 and one Letter page.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { expectNoSeriousViolations, launchProfile, LibraryPanel } from './library-fixtures';
import { importThroughPanel, pdfPageCount, readPrepRows, signedFile, snippetOf, STORIES } from './prep-fixtures';

async function prepare(panel: LibraryPanel, story: string) {
  await panel.openLibrary('Prepare');
  await panel.page.getByRole('combobox', { name: 'Story to prepare' }).selectOption({ label: story });
}

test.describe('preparing for the loop (issue 11)', () => {
  test('a decision log with evidence proves a claim, and round-trips through export and import', async ({
    openExtensionPage,
  }) => {
    test.setTimeout(90_000);
    const panel = await LibraryPanel.open(openExtensionPage);
    await importThroughPanel(panel, await signedFile({ stories: [STORIES[0]!] }), 'one-story');
    await prepare(panel, 'Refund triage');
    const claims = panel.page.getByRole('list', { name: 'Claims' });
    const drop = claims.getByRole('listitem').filter({ hasText: '“fell 45% to 660”' });
    await expect(drop).toContainText('No proof yet');
    await expect(panel.page.getByRole('row', { name: /^Refund triage/ })).toContainText('0 of 2 claims proved');

    await panel.page.getByRole('button', { name: 'Add a decision' }).click();
    const form = panel.page.getByRole('form', { name: 'New decision' });
    await form.getByLabel('Day of the decision').fill('2026-03-02');
    await form.getByRole('textbox', { name: 'Decision', exact: true }).fill('Route refunds by order value');
    await form.getByRole('textbox', { name: 'Options weighed' }).fill('Hire two agents; route by value');
    await form.getByRole('textbox', { name: 'Trade-off' }).fill('Small refunds wait a day longer');
    await form.getByRole('textbox', { name: 'Metric it was meant to move' }).fill('Refund tickets a week');
    await form.getByRole('textbox', { name: 'What happened' }).fill('Tickets fell 45% in 30 days');
    await form.getByRole('button', { name: 'Add evidence' }).click();
    await form.getByRole('combobox', { name: 'Kind of evidence 1' }).selectOption('dashboard');
    await form.getByRole('textbox', { name: 'Link or reference 1' }).fill('https://dash.example.com/refunds');
    await form.getByRole('textbox', { name: 'What evidence 1 proves' }).fill('the weekly drop');
    await form
      .getByRole('group', { name: 'Claims evidence 1 proves' })
      .getByLabel('fell 45% to 660', { exact: true })
      .check();
    await form.getByRole('button', { name: 'Add evidence' }).click();
    await form.getByRole('combobox', { name: 'Kind of evidence 2' }).selectOption('note');
    await form.getByRole('textbox', { name: 'Link or reference 2' }).fill('javascript:alert(1)');
    await form.getByRole('textbox', { name: 'What evidence 2 proves' }).fill('the meeting notes');
    await form.getByRole('button', { name: 'Add to the log' }).click();

    await expect(drop).toContainText('Proved by dashboard: the weekly drop (2026-03-02)');
    await expect(panel.page.getByRole('row', { name: /^Refund triage/ })).toContainText('1 of 2 claims proved');
    // The baseline is linked after the fact, from the claim itself.
    const baseline = claims.getByRole('listitem').filter({ hasText: 'Baseline' });
    await baseline
      .getByRole('combobox', { name: /^Link evidence to/ })
      .selectOption({ label: 'note: the meeting notes (2026-03-02)' });
    await expect(baseline).toContainText('Proved by note: the meeting notes');
    const entry = panel.page.getByRole('article', { name: 'Decision of 2026-03-02: Route refunds by order value' });
    await expect(entry.getByRole('link', { name: 'https://dash.example.com/refunds' })).toHaveAttribute(
      'href',
      'https://dash.example.com/refunds',
    );
    // Only http(s) is clickable: the other reference stays text.
    await expect(entry.getByRole('link')).toHaveCount(1);
    await expect(entry).toContainText('javascript:alert(1)');
    await expectNoSeriousViolations(panel.page, 'proof');
    await panel.page.emulateMedia({ colorScheme: 'dark' });
    await expectNoSeriousViolations(panel.page, 'proof, dark');
    await panel.page.emulateMedia({ colorScheme: 'light' });

    await panel.openLibrary('Export & import');
    const [download] = await Promise.all([
      panel.page.waitForEvent('download'),
      panel.page.getByRole('button', { name: 'Export all (JSON)' }).click(),
    ]);
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as { decisions: unknown[] };
    expect(exported.decisions).toHaveLength(1);
    const original = await readPrepRows(panel.page);

    const fresh = await launchProfile();
    try {
      const other = await LibraryPanel.open(fresh.openExtensionPage);
      await other.openLibrary('Export & import');
      await other.page.getByLabel('Import a library file').setInputFiles((await download.path())!);
      const report = other.page.getByRole('table', { name: /^Imported / });
      await expect(report.getByRole('row', { name: /^Decision log entries/ })).toHaveText(
        /Decision log entries\s*1\s*0\s*0/,
      );
      expect(await readPrepRows(other.page)).toEqual(original);
      await prepare(other, 'Refund triage');
      const again = other.page.getByRole('list', { name: 'Claims' });
      await expect(again.getByRole('listitem').filter({ hasText: '“fell 45% to 660”' })).toContainText(
        'Proved by dashboard: the weekly drop',
      );
      await expect(other.page.getByRole('row', { name: /^Refund triage/ })).toContainText('2 of 2 claims proved');
    } finally {
      await fresh.close();
    }
  });

  test('a full rehearsal: the two minutes on a fake clock, announced, then the bar raiser digs deeper', async ({
    openExtensionPage,
  }) => {
    test.setTimeout(90_000);
    const panel = await LibraryPanel.open(openExtensionPage);
    await importThroughPanel(panel, await signedFile({ stories: [STORIES[0]!] }), 'rehearsal');
    await panel.page.clock.install();
    await panel.page.reload();
    await prepare(panel, 'Refund triage');
    await panel.tab('Rehearse').click();
    const beats = panel.page.getByRole('list', { name: 'Beats' });
    await expect(beats.getByRole('listitem').first()).toContainText('Problem: Refund tickets had doubled to 1,200');
    const timer = panel.page.getByRole('timer', { name: 'Time left' });
    const announced = panel.page.getByRole('tabpanel', { name: 'Rehearse' }).getByRole('status').first();
    await expect(timer).toHaveText('2:00');

    await panel.page.clock.pauseAt(Date.now() + 60_000);
    await panel.page.getByRole('button', { name: 'Start the two minutes' }).click();
    await panel.page.clock.runFor(89_000);
    await expect(timer).toHaveText('0:31');
    await expect(announced).toHaveText('');
    await panel.page.clock.runFor(1_000);
    await expect(timer).toHaveText('0:30');
    await expect(announced).toHaveText('30 seconds left.');
    await panel.page.clock.runFor(30_000);
    await expect(announced).toHaveText('Time: two minutes are up.');
    await panel.page.clock.runFor(5_000);
    await expect(timer).toHaveText('−0:05');
    await panel.page.getByRole('button', { name: 'Stop: I have told it' }).click();
    await expect(panel.page.getByText('Time spoken: 2:05.')).toBeVisible();
    await panel.page.clock.resume();

    const answerForm = panel.page.getByRole('form', { name: 'Answer the bar raiser' });
    await expect(answerForm).toContainText('Who else owned a piece of it, and which piece?');
    await answerForm.getByRole('textbox', { name: 'Your answer' }).fill('We did stuff.');
    await answerForm.getByRole('button', { name: 'Answer' }).click();
    await expect(answerForm).toContainText('Digging deeper: What did you decide?');
    await answerForm.getByRole('textbox', { name: 'Your answer' }).fill('The team handled it.');
    await answerForm.getByRole('button', { name: 'Answer' }).click();
    await expect(answerForm).toContainText('Digging deeper: What did you give up?');
    await answerForm
      .getByRole('textbox', { name: 'Your answer' })
      .fill(
        'I decided to route refunds by order value, and gave up hiring two agents; refund tickets fell 45% in 30 days, measured on the support dashboard.',
      );
    await answerForm.getByRole('button', { name: 'Answer' }).click();
    await expect(panel.page.getByText('The bar raiser has no more questions.')).toBeVisible();
    const answers = panel.page.getByRole('list', { name: 'Your answers' }).getByRole('listitem');
    await expect(answers).toHaveCount(3);
    await expect(answers.nth(0)).toContainText('Answer score: 0 · weak');
    await expect(answers.nth(2)).toContainText('· strong');
    await expectNoSeriousViolations(panel.page, 'rehearse');
    await panel.page.emulateMedia({ colorScheme: 'dark' });
    await expectNoSeriousViolations(panel.page, 'rehearse, dark');
    await panel.page.getByRole('button', { name: 'Log this rehearsal' }).click();

    const log = panel.page.getByRole('table', { name: 'Rehearsals, oldest first' });
    await expect(log.getByRole('row')).toHaveCount(2);
    await expect(log.getByRole('row').nth(1)).toContainText('2:05');
    await expect(panel.page.getByText('One more session shows the trend.')).toBeVisible();
    const rows = await readPrepRows(panel.page);
    expect(rows.rehearsals).toHaveLength(1);
    expect(rows.rehearsals[0]).toMatchObject({ storyId: 1, seconds: 125 });
  });

  test('the countdown checks itself off, and the cheat sheet prints on one A4 and one Letter page', async ({
    openExtensionPage,
  }) => {
    test.setTimeout(90_000);
    const panel = await LibraryPanel.open(openExtensionPage);
    const decisions = STORIES.map((s, i) => ({
      id: i + 1,
      storyId: s.id,
      date: '2026-03-02',
      decision: `The call behind ${s.title}`,
      options: 'Two ways to go',
      tradeOff: 'Speed for certainty',
      metric: 'The metric the story moves',
      result: 'It moved',
      evidence: [{ kind: 'dashboard' as const, link: 'https://dash.example.com', proves: 'the change', claims: [] }],
      createdAt: 1_790_000_000_000,
      updatedAt: 1_790_000_000_000,
    }));
    const snippets = [
      snippetOf(1, 'I owned refund triage end to end and cut tickets 45% in 30 days.', ['Ownership']),
      snippetOf(2, 'I set the pricing test’s guardrails before launch and shipped $3M in new ARR.', [
        'Deliver Results',
      ]),
      snippetOf(3, 'I cut the setup wizard from nine steps to three.', ['Invent and Simplify']),
    ];
    await importThroughPanel(panel, await signedFile({ stories: STORIES, decisions, snippets }), 'three-stories');
    await panel.openLibrary('Prepare');
    const today = await panel.page.evaluate(() => {
      const d = new Date(Date.now() + 10 * 86_400_000);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    await panel.page.getByRole('textbox', { name: 'Company' }).fill('Acme');
    await panel.page.getByLabel('Interview date', { exact: true }).fill(today);
    await panel.page.getByRole('button', { name: 'Add interview date' }).click();
    const checklist = panel.page.getByRole('list', { name: 'Checklist for Acme' });
    await expect(panel.page.getByRole('article', { name: 'Acme countdown' })).toContainText('in 10 days');
    await expect(checklist.getByRole('listitem').first()).toHaveText(
      /^✓Done: Three stories under two minutes at strong/,
    );
    await expect(checklist.getByRole('listitem').nth(1)).toHaveText(
      /^○Not yet: Proof for every claim\. 0 of \d+ claims proved/,
    );

    const sheet = panel.page.getByRole('article', { name: 'Cheat sheet preview' });
    await expect(sheet.getByRole('heading', { level: 5 })).toHaveCount(5);
    await expect(sheet).toContainText('I own the metric Refund tickets, which fell 45% to 660 in 30 days.');
    await expect(sheet.getByRole('list', { name: 'Key numbers of Pricing experiment' })).toContainText('no proof yet');
    await expect(sheet).toContainText('No story yet for:');
    await expect(sheet.getByRole('list', { name: 'Principles and their stories' })).toContainText(
      'Customer Obsession: Refund triage (needs a second story)',
    );
    await expectNoSeriousViolations(panel.page, 'countdown and cheat sheet');
    await panel.page.emulateMedia({ colorScheme: 'dark' });
    await expectNoSeriousViolations(panel.page, 'countdown and cheat sheet, dark');

    // Without the Print button, printing is the whole panel: far more than a page.
    expect(pdfPageCount(await panel.page.pdf({ format: 'A4' }))).toBeGreaterThan(1);
    await panel.page.evaluate(() => {
      window.print = () => undefined;
    });
    // Each print is one click: the page goes back to the whole panel after printing (afterprint).
    for (const format of ['A4', 'Letter'] as const) {
      await panel.page.getByRole('button', { name: 'Print the cheat sheet' }).click();
      expect(pdfPageCount(await panel.page.pdf({ format })), format).toBe(1);
    }
    expect(pdfPageCount(await panel.page.pdf({ format: 'A4' })), 'after printing').toBeGreaterThan(1);
  });
});
