/**
 * Marks each finding in the passage where it occurs: "I [weak-verb: worked on] the migration".
 * Findings on the same span share one mark; a finding inside another nests inside its mark.
 * A finding that crosses another's edge cannot be bracketed honestly, so it is returned
 * separately for the report to list under the passage.
 */
import type { Category, Finding, Severity } from '../analysis/types';
import type { Palette } from './color';

interface Mark {
  start: number;
  end: number;
  categories: Category[];
  severity: Severity;
  children: Mark[];
}

export interface MarkedPassage {
  text: string;
  /** Findings that cross another mark's boundary and so are not marked inline. */
  crossing: Finding[];
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export function markPassage(text: string, findings: readonly Finding[], palette: Palette): MarkedPassage {
  const { roots, crossing } = nestMarks(findings);
  return { text: renderRange(text, 0, text.length, roots, palette, undefined), crossing };
}

function nestMarks(findings: readonly Finding[]): { roots: Mark[]; crossing: Finding[] } {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const roots: Mark[] = [];
  const crossing: Finding[] = [];
  const open: Mark[] = [];
  for (const finding of sorted) {
    const last = open[open.length - 1];
    if (last && last.start === finding.start && last.end === finding.end) {
      if (!last.categories.includes(finding.category)) last.categories.push(finding.category);
      if (SEVERITY_RANK[finding.severity] > SEVERITY_RANK[last.severity]) last.severity = finding.severity;
      continue;
    }
    while (open.length > 0 && open[open.length - 1]!.end <= finding.start) open.pop();
    const parent = open[open.length - 1];
    if (parent && finding.end > parent.end) {
      crossing.push(finding);
      continue;
    }
    const mark: Mark = {
      start: finding.start,
      end: finding.end,
      categories: [finding.category],
      severity: finding.severity,
      children: [],
    };
    (parent ? parent.children : roots).push(mark);
    open.push(mark);
  }
  return { roots, crossing };
}

function renderRange(
  text: string,
  from: number,
  to: number,
  marks: Mark[],
  palette: Palette,
  inside: Mark | undefined,
): string {
  let out = '';
  let pos = from;
  const plain = (segment: string) => (inside ? palette.flagged(segment, inside.severity) : segment);
  for (const mark of marks) {
    out += plain(text.slice(pos, mark.start));
    const label = mark.categories.join(', ');
    if (mark.start === mark.end) {
      out += palette.label(`[${label}]`, mark.severity);
    } else {
      out += palette.label(`[${label}: `, mark.severity);
      out += renderRange(text, mark.start, mark.end, mark.children, palette, mark);
      out += palette.label(']', mark.severity);
    }
    pos = mark.end;
  }
  return out + plain(text.slice(pos, to));
}
