import { describe, expect, it } from 'vitest';
import { analyze, COMPONENT_IDS, type ComponentId } from '@/lib/analysis';

// Each component: passages where it is present (with the evidence span it must show) and near-misses where it is not.
const TABLE: Record<ComponentId, { present: Array<[text: string, span: string]>; absent: string[] }> = {
  problem: {
    present: [
      ['Refund tickets had doubled to 1,200 a week.', 'Refund tickets had doubled to 1,200 a week'],
      ['Trial-to-paid conversion was stuck at 8%. I fixed pricing.', 'Trial-to-paid conversion was stuck at 8%'],
      ['I lowered the error rate from 2.1% to 0.3%.', 'from 2.1%'],
      // An arrow's first end is the state before; the result after the arrow is no part of it.
      ['Direct share 22% -> 26% after I moved the button.', 'Direct share 22%'],
      [
        'Patients were waiting a median of 4.2 hours. I changed triage and waits fell 30%.',
        'Patients were waiting a median of 4.2 hours',
      ],
    ],
    absent: ['I shipped the fix in March.', 'The launch had no missed incident.'],
  },
  decision: {
    present: [
      ['I chose day-7 activation as the goal.', 'I chose day-7 activation as the goal'],
      [
        'I, together with the platform lead, decided to delay the launch.',
        'I, together with the platform lead, decided to delay the launch',
      ],
      ['I rolled it out to 40 sites.', 'I rolled it out to 40 sites'],
      // A concrete action the speaker took is a decision too, with or without a choice word.
      ['I ran a pilot with 10 agents.', 'I ran a pilot with 10 agents'],
      ['I moved batch jobs to spot instances.', 'I moved batch jobs to spot instances'],
      ['I built an automated evaluation suite.', 'I built an automated evaluation suite'],
      ['I rewrote the three steps where 60% dropped off.', 'I rewrote the three steps where 60% dropped off'],
      // The subject carries across chained verbs, and a bullet's subject is the speaker.
      ['I monitored the queue, identified the slow step, and rebuilt it.', 'rebuilt it'],
      ['Ran a 21-day pricing test and chose the middle tier.', 'chose the middle tier'],
      [
        'I cut churn from 4.1% to 3.2% by moving the pause offer to the first screen.',
        'by moving the pause offer to the first screen',
      ],
    ],
    absent: [
      'My manager decided to delay the launch.',
      'Conversion dropped after the release.',
      'I helped with the launch of the new pricing page.',
      'I was responsible for the growth roadmap.',
      'I led the effort.',
      'I shipped four new dashboards.',
      'I presented the results to leadership.',
      // A result stated as the act: what was done is still unsaid.
      'I cut our AWS costs by $40K a month.',
      'I did not run a pilot.',
      'I would run a pilot with 10 agents.',
      'We ran a pilot with 10 agents.',
    ],
  },
  metric: {
    present: [
      ['I cut p99 latency in half.', 'p99 latency'],
      ['Warehouse pick time fell 14%.', 'Warehouse pick time'],
      ['I cut onboarding drop-off by 20%.', 'onboarding drop-off'],
      ['Two weeks after my change, completion was 58%, up from 41%.', 'completion'],
      // The measured subject's noun phrase, never an approximator or a scope word alone.
      ['Margin was up about 2 points.', 'Margin'],
      ['Abandoned applications dropped by roughly a third.', 'Abandoned applications'],
      ['Transfers also fell 15%.', 'Transfers'],
      ['Sell-through at full price was up 9 points.', 'Sell-through at full price'],
      ['In the north region, dropped calls on 4G cells in rural areas was 2.3%.', 'dropped calls'],
    ],
    absent: ['We saw improvement in various metrics.', 'It was the first time we shipped on time.'],
  },
  method: {
    present: [
      ['I ran a three-week A/B test.', 'I ran a three-week A/B test'],
      ['Signups rose 6% with 95% confidence.', '95% confidence'],
      ['I compared it against a holdout group.', 'I compared it against a holdout group'],
      ['I canaried it on 5% of hosts.', 'I canaried it on 5% of hosts'],
      ['The front desk logged every wait on a shared dashboard.', 'logged every wait on a shared dashboard'],
      // How it was measured or tried, named or told as the speaker's own act.
      ['I found the gap by analysing 1,000 conversation logs.', 'by analysing 1,000 conversation logs'],
      ['We estimated the effect with propensity score matching.', 'propensity score matching'],
      ['I instrumented it via CloudWatch and verified with SQL analysis.', 'I instrumented it via CloudWatch'],
      ['I interviewed 25 churned users.', 'I interviewed 25 churned users'],
      ['I built an automated evaluation suite.', 'I built an automated evaluation suite'],
      ['I ran it on half the queue for 3 weeks vs the other half.', 'vs the other half'],
      ['I put it first only on 6 tables from 40.', 'I put it first only on 6 tables from 40'],
      // A null result measured against a reference group still names how it was measured.
      ['Conversion showed no change vs the control group after 4 weeks.', 'vs the control group'],
    ],
    absent: [
      'I was confident it would work.',
      'I shipped it.',
      // Planned, denied or still to come: no method was used.
      "If I did it again, I'd hold out a set of stores as a control.",
      "I didn't keep the before-and-after data.",
      'The pilot section starts soon.',
      'We shipped it to all stores.',
      'I run the vaccine clinic at a 2-pharmacist store.',
      // Named only to say it was missing.
      'I pushed the retry change without a canary.',
      'We had no holdout, so the lift is a guess.',
      'I never compared it against the other sites.',
    ],
  },
  outcome: {
    present: [
      ['Support contacts fell 38%.', 'fell 38%'],
      ['I lowered latency from 480 ms to 310 ms.', 'from 480 ms to 310 ms'],
      ['The change was worth $1.1M a year.', '$1.1M'],
      // A measured null result is a result.
      ['Delaying the gate did not improve engagement in a 6-week A/B test.', 'did not improve engagement'],
      ['A/B test over 6 weeks: no change in churn, 4.1% vs 4.0%.', 'no change in churn'],
    ],
    absent: [
      'I led a team of 6.',
      'We projected a 5% lift.',
      'I set a target of cutting costs by 10%.',
      'We shipped five features.',
      // A figure the passage takes back, and a null result nobody measured.
      'The ~120% lift turned out to be selection bias.',
      'It did not help.',
    ],
  },
  timeframe: {
    present: [
      ['I did it in 30 days.', 'in 30 days'],
      ['Churn fell over the next two quarters.', 'over the next two quarters'],
      ['I launched it in Q3.', 'in Q3'],
      ['I ran a three-week pilot.', 'three-week'],
      ['Conversion improved by 4% over the autumn.', 'over the autumn'],
      ['Sales rose in the first half.', 'in the first half'],
      ['By the end of the spring term attendance averaged 42.', 'By the end of the spring term'],
    ],
    absent: [
      // "by half", "in half": an amount, not a period.
      'I cut p99 latency in half.',
      'Wait time dropped by half.',
      'Pages averaged 60 a week.',
      'It saved $2.6M a year.',
      'In terms of revenue it was flat.',
      'Over the long term it paid off.',
    ],
  },
  scale: {
    present: [
      // Work carried to a wider scope, taken up by others, or taken back, read from the act.
      ['I rolled the pattern out to 6 other data teams.', 'I rolled the pattern out to 6 other data teams'],
      [
        'The district then funded double blocks at four more high schools.',
        'funded double blocks at four more high schools',
      ],
      ['I shut the pilot down in week nine.', 'I shut the pilot down in week nine'],
      ['I rolled it out to all regions.', 'I rolled it out to all regions'],
      ['Four other teams adopted my checklist.', 'adopted my checklist'],
      ['We rolled it back after a day.', 'rolled it back'],
      ['I then extended the model to the marketplace.', 'extended the model to the marketplace'],
      ['The trust then adopted the rule on all 22 adult wards.', 'adopted the rule on all 22 adult wards'],
      ['I fitted the remaining four presses.', 'the remaining four presses'],
      ['Two other services adopted the freeze playbook.', 'adopted the freeze playbook'],
    ],
    absent: [
      'We launched the loyalty program in all 300 stores.',
      'We plan to roll it out to the other regions soon.',
      "It hasn't been rolled out yet.",
      'We plan to roll it out next year.',
      'I worked with other teams.',
      'I plan to roll it out to all stores.',
      'We extended the deadline to Friday.',
      'I took the idea to my manager.',
      'I took part in every debrief.',
      'I adopted the framework my manager suggested.',
    ],
  },
  collaboration: {
    present: [
      // Owners named as a list after a cue of working together, whatever their job.
      ['I rolled it out with the nursing director and hospital IT.', 'the nursing director'],
      ['Rolled to 5 regions w/ legal, finance, ops.', 'finance'],
      ["The plan was reviewed by the academic registrar and the students' union.", 'the academic registrar'],
      ['I ran it with the finance lead and the analytics team.', 'the finance lead'],
      ["With the bed-management nurse lead and the porters' supervisor I piloted it.", 'the bed-management nurse lead'],
      ['I rolled it out with the carrier manager and the depot supervisors.', 'the depot supervisors'],
      ['The rollout involved the identity team and customer support.', 'customer support'],
      ['The principal and the literacy coach then extended it.', 'The principal'],
    ],
    absent: [
      // Named, but not working with the speaker.
      'The vendor was late and the director was unhappy, so I rewrote the plan.',
      'I compared the waste with 3 similar restaurants.',
      'I, together with the platform lead, decided.',
      'I helped the team hit the deadline.',
      'I rebuilt it with the new team and the whole group.',
      'I replaced the wiki with a five-day checklist and a shortlist.',
    ],
  },
  learning: {
    present: [
      ['My lesson: agree on guardrails first.', 'My lesson: agree on guardrails first'],
      [
        'Since then I always write the metric down before the work starts.',
        'Since then I always write the metric down before the work starts',
      ],
    ],
    absent: ['I shipped it and moved on.', 'The learning rate was 0.01.'],
  },
};

describe.each(COMPONENT_IDS.map((id) => [id] as const))('component %s', (id) => {
  it.each(TABLE[id].present)('is present in %j, shown by %j', (text, span) => {
    const { present, spans } = analyze(text).components[id];
    expect(present).toBe(true);
    expect(spans.map((s) => s.text)).toContain(span);
  });

  it.each(TABLE[id].absent.map((t) => [t] as const))('is absent from %j', (text) => {
    expect(analyze(text).components[id]).toEqual({ present: false, spans: [] });
  });
});
