/** A story's rehearsals over time: each session's time spoken and average answer score, and the change since the last. */
import type { RehearsalRow } from '@/lib/library/model';

export interface SessionSummary {
  id: number;
  at: number;
  seconds: number;
  scores: number[];
  /** The mean score of its answers, rounded; null for a session with none. */
  average: number | null;
}

export interface RehearsalTrend {
  sessions: SessionSummary[];
  /** Latest average minus the one before it (sessions with answers only); null with fewer than two. */
  scoreChange: number | null;
  /** Latest time spoken minus the one before; null with fewer than two sessions. */
  secondsChange: number | null;
}

export function summarize(row: RehearsalRow): SessionSummary {
  const scores = row.answers.map((a) => a.score);
  const average = scores.length ? Math.round(scores.reduce((sum, s) => sum + s, 0) / scores.length) : null;
  return { id: row.id, at: row.at, seconds: row.seconds, scores, average };
}

export function rehearsalTrend(rows: readonly RehearsalRow[]): RehearsalTrend {
  const sessions = [...rows].sort((a, b) => a.at - b.at || a.id - b.id).map(summarize);
  const scored = sessions.filter((s) => s.average !== null);
  const [before, latest] = scored.slice(-2);
  const [earlier, last] = sessions.slice(-2);
  return {
    sessions,
    scoreChange: latest && before ? latest.average! - before.average! : null,
    secondsChange: last && earlier ? last.seconds - earlier.seconds : null,
  };
}
