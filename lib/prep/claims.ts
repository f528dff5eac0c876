/**
 * The quantified claims of a story, and which are proved. A claim is what the analyzer found:
 * each outcome span ("fell 45%"), and each baseline among the problem spans, a problem span
 * with a number in it ("refund tickets had doubled to 1,200 a week"). A baseline inside an
 * outcome ("from 1,200" of "from 1,200 to 660") is part of that claim, not one of its own.
 *
 * The analyzer's Analysis object says which problem spans are there, not which of them came
 * from a number, so a baseline is told apart here by the number in its words.
 */
import type { Analysis, Span } from '@/lib/analysis';
import type { DecisionRow, Evidence } from '@/lib/library/model';
import { claimKey } from '@/lib/library/text';

export type ClaimKind = 'outcome' | 'baseline';

export interface Claim {
  kind: ClaimKind;
  span: Span;
  /** The claim's words, whitespace collapsed and case folded: the key evidence links to. */
  key: string;
}

export interface Proof {
  decision: DecisionRow;
  /** The evidence's place in the entry. */
  index: number;
  evidence: Evidence;
}

export interface ProvedClaim extends Claim {
  proofs: Proof[];
}

export interface ProofCoverage {
  proved: number;
  total: number;
}

const NUMBER =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|half|double|doubled|tripled|quadrupled|halved)\b/i;

const within = (inner: Span, outer: Span) => inner.start >= outer.start && inner.end <= outer.end;

/** Every quantified claim in text order, each once (the first time its words appear). */
export function storyClaims(analysis: Pick<Analysis, 'components'>): Claim[] {
  const outcomes = analysis.components.outcome.spans;
  const baselines = analysis.components.problem.spans.filter(
    (span) => NUMBER.test(span.text) && !outcomes.some((o) => within(span, o)),
  );
  const claims: Claim[] = [
    ...outcomes.map((span) => ({ kind: 'outcome' as const, span, key: claimKey(span.text) })),
    ...baselines.map((span) => ({ kind: 'baseline' as const, span, key: claimKey(span.text) })),
  ].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const seen = new Set<string>();
  return claims.filter((c) => c.key && !seen.has(c.key) && seen.add(c.key));
}

/** Every piece of evidence in the story's log, by the claims it proves. */
function proofsByClaim(decisions: readonly DecisionRow[]): Map<string, Proof[]> {
  const byClaim = new Map<string, Proof[]>();
  for (const decision of decisions)
    decision.evidence.forEach((evidence, index) => {
      for (const key of evidence.claims) byClaim.set(key, [...(byClaim.get(key) ?? []), { decision, index, evidence }]);
    });
  return byClaim;
}

export function proveClaims(claims: readonly Claim[], decisions: readonly DecisionRow[]): ProvedClaim[] {
  const byClaim = proofsByClaim(decisions);
  return claims.map((claim) => ({ ...claim, proofs: byClaim.get(claim.key) ?? [] }));
}

/** Evidence still linked to words the story no longer says: shown so the user can link it again. */
export function unmatchedProofs(
  claims: readonly Claim[],
  decisions: readonly DecisionRow[],
): Array<{ key: string; proofs: Proof[] }> {
  const keys = new Set(claims.map((c) => c.key));
  return [...proofsByClaim(decisions)].filter(([key]) => !keys.has(key)).map(([key, proofs]) => ({ key, proofs }));
}

export function proofCoverage(claims: readonly ProvedClaim[]): ProofCoverage {
  return { proved: claims.filter((c) => c.proofs.length > 0).length, total: claims.length };
}

/** "2 of 3 claims proved", or "no quantified claim yet". */
export function coverageText({ proved, total }: ProofCoverage): string {
  if (total === 0) return 'no quantified claim yet';
  return `${proved} of ${total} ${total === 1 ? 'claim' : 'claims'} proved`;
}
