/**
 * The shapes of the interview preparation tables in a library file (version 2), with the same
 * limits the panel's write functions keep (../limits), so every export imports.
 */
import { isDay } from '../day';
import { LIMITS } from '../limits';
import { BANDS, EVIDENCE_KINDS } from '../model';
import { array, fail, id, number, object, oneOf, string, time, type Check } from './shape';

const day: Check<string> = (value, path) => {
  const text = string({ max: 10 })(value, path);
  if (!isDay(text)) fail(path, `expected a day written YYYY-MM-DD, got ${JSON.stringify(text)}`);
  return text;
};

const decisionText = string({ max: LIMITS.decisionText });

const evidence = object({
  kind: oneOf(EVIDENCE_KINDS),
  link: string({ max: LIMITS.evidenceLink, nonEmpty: true }),
  proves: string({ max: LIMITS.evidenceProves, nonEmpty: true }),
  claims: array(string({ max: LIMITS.claimText, nonEmpty: true }), LIMITS.claimsPerEvidence),
});

const decision = object({
  id,
  storyId: id,
  date: day,
  decision: string({ max: LIMITS.decisionText, nonEmpty: true }),
  options: decisionText,
  tradeOff: decisionText,
  metric: string({ max: LIMITS.metricText }),
  result: decisionText,
  evidence: array(evidence, LIMITS.evidence),
  createdAt: time,
  updatedAt: time,
});

const node = string({ max: LIMITS.osfNode });
const osfMap = object({
  storyId: id,
  nodes: object({ hypothesis: node, metric: node, design: node, outcome: node, followUp: node }, [
    'hypothesis',
    'metric',
    'design',
    'outcome',
    'followUp',
  ]),
  updatedAt: time,
});

const rehearsal = object({
  id,
  storyId: id,
  at: time,
  seconds: number({ min: 0, max: LIMITS.rehearsalSeconds, integer: true }),
  answers: array(
    object({
      question: string({ max: LIMITS.rehearsalQuestion, nonEmpty: true }),
      answer: string({ max: LIMITS.rehearsalAnswer }),
      score: number({ min: 0, max: 100 }),
      band: oneOf(BANDS),
    }),
    LIMITS.rehearsalAnswers,
  ),
});

const interview = object({
  id,
  company: string({ max: LIMITS.company, nonEmpty: true }),
  date: day,
  createdAt: time,
  updatedAt: time,
});

export const prepTables = object({
  decisions: array(decision, LIMITS.decisions),
  osfMaps: array(osfMap, LIMITS.stories),
  rehearsals: array(rehearsal, LIMITS.rehearsals),
  interviews: array(interview, LIMITS.interviews),
});
