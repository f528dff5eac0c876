/** The one registry of rules. A rule that is not listed here does not run. */
import type { Rule } from '../passage';
import { hedgedOutcome } from './hedged-outcome';
import { unquantifiedImprovement } from './unquantified-improvement';
import { praiseAsImpact } from './praise-as-impact';
import { vagueQuantifier } from './vague-quantifier';
import { vagueIntensifier } from './vague-intensifier';
import { titleAsEvidence } from './title-as-evidence';
import { weakVerb } from './weak-verb';
import { soloCredit } from './solo-credit';
import { weWithoutI } from './we-without-i';
import { agentlessPassive } from './agentless-passive';
import { outputWithoutResult } from './output-without-result';
import { polishAsEvidence } from './polish-as-evidence';

export const RULES: readonly Rule[] = [
  hedgedOutcome,
  unquantifiedImprovement,
  praiseAsImpact,
  vagueQuantifier,
  vagueIntensifier,
  titleAsEvidence,
  weakVerb,
  soloCredit,
  weWithoutI,
  agentlessPassive,
  outputWithoutResult,
  polishAsEvidence,
];
