/** The terminal report for one passage: marked text, score, components, questions, time, rewrites. */
import { COMPONENT_IDS, type Analysis, type ComponentId } from '../analysis/types';
import { COMPONENT_DETECTORS } from '../analysis/components';
import { wrapLine, type Palette } from './color';
import { markPassage } from './marks';

export const TARGET_SECONDS = 120;
const IDEAL_SECONDS = 90;
const EVIDENCE_CHARS = 70;
const RULE_WIDTH = 72;
/** Wrapped questions and rewrites hang under the text after their "    1. " number. */
const ITEM_HANGING = ' '.repeat(7);

export interface PassageReport {
  /** The passage exactly as analyzed; finding offsets index into it. */
  text: string;
  analysis: Analysis;
  title: string;
  palette: Palette;
  /** Visible columns to wrap at; Infinity leaves lines whole. */
  width: number;
}

export function renderPassageReport({ text, analysis, title, palette, width }: PassageReport): string {
  const wrap = (line: string) => wrapLine(line, width);
  const wrapItem = (line: string) => wrapLine(line, width, ITEM_HANGING);
  const marked = markPassage(text, analysis.findings, palette);
  const lines: string[] = [renderHeading(title, palette, width), ''];
  for (const line of marked.text.split('\n')) lines.push(wrap(`  ${line}`));
  for (const finding of marked.crossing) {
    lines.push(wrap(`  also ${palette.label(`[${finding.category}: ${oneLine(finding.text)}]`, finding.severity)}`));
  }
  lines.push('', `  Score          ${analysis.score}/100 · ${palette.band(analysis.band, analysis.band)}`);
  lines.push(`  Speaking time  ${describeSpeakingTime(analysis.speakingSeconds, palette)}`);
  lines.push('', ...renderComponents(analysis, palette).map(wrap));
  lines.push('', palette.heading('  Questions'));
  if (analysis.questions.length === 0) lines.push('    none');
  analysis.questions.forEach((q, i) => lines.push(wrapItem(`    ${i + 1}. ${q.text}`)));
  lines.push('', ...renderRewrites(analysis, palette).map(wrapItem));
  if (analysis.storyTemplate.filled.trim() !== '') {
    lines.push('', palette.heading('  Story shape (Problem → Action → Result → Learning)'));
    lines.push(wrap(`    ${oneLine(analysis.storyTemplate.filled)}`));
  }
  return `${lines.join('\n')}\n`;
}

export function renderHeading(title: string, palette: Palette, width: number): string {
  const ruleLength = Math.max(3, Math.min(width, RULE_WIDTH) - title.length - 4);
  return palette.heading(`━━ ${title} ${'━'.repeat(ruleLength)}`);
}

export function describeSpeakingTime(seconds: number, palette: Palette): string {
  const spoken = `~${formatDuration(seconds)}`;
  if (seconds > TARGET_SECONDS) {
    return `${spoken}, ${palette.missing('OVER')} the ${formatDuration(TARGET_SECONDS)} target by ${formatDuration(seconds - TARGET_SECONDS)}`;
  }
  return `${spoken} (target under ${formatDuration(TARGET_SECONDS)}, ideal about ${formatDuration(IDEAL_SECONDS)})`;
}

export function formatDuration(seconds: number): string {
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole} s`;
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

function renderComponents(analysis: Analysis, palette: Palette): string[] {
  const present = COMPONENT_IDS.filter((id) => analysis.components[id]?.present).length;
  const lines = [palette.heading(`  Components     ${present} of ${COMPONENT_IDS.length}`)];
  for (const id of COMPONENT_IDS) {
    const result = analysis.components[id];
    const name = id.padEnd(14);
    if (result?.present) {
      lines.push(`    ${palette.present('✓')} ${name} ${describeEvidence(result.spans.map((s) => s.text))}`);
    } else {
      lines.push(`    ${palette.missing('✗')} ${name} ${palette.dim(missingQuestion(analysis, id))}`);
    }
  }
  return lines;
}

function describeEvidence(spans: string[]): string {
  if (spans.length === 0) return '(detected)';
  const shown = spans.slice(0, 2).map((s) => `"${truncate(oneLine(s), EVIDENCE_CHARS)}"`);
  const more = spans.length > 2 ? ` (+${spans.length - 2} more)` : '';
  return shown.join(' · ') + more;
}

/** The question the analysis asked for a missing component, else the analyzer's own question for it. */
function missingQuestion(analysis: Analysis, id: ComponentId): string {
  const asked = analysis.questions.find((q) => q.source.kind === 'component' && q.source.id === id);
  return asked?.text ?? COMPONENT_DETECTORS[id].question;
}

function renderRewrites(analysis: Analysis, palette: Palette): string[] {
  const lines = [palette.heading('  Rewrites')];
  if (analysis.findings.length === 0) return [...lines, '    none: no weak phrasing found'];
  analysis.findings.forEach((finding, i) => {
    lines.push(`    ${i + 1}. ${palette.label(`[${finding.category}]`, finding.severity)} ${oneLine(finding.message)}`);
    lines.push(`       BAD  → "${oneLine(finding.text)}"`);
    lines.push(`       GOOD → ${oneLine(finding.rewrite.filled || finding.rewrite.template)}`);
  });
  return lines;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
