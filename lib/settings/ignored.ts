/**
 * "Not a problem here": single matches the user dismissed in one passage. Each is keyed by the
 * passage's hash, the rule and the exact text it matched, so the same words in another story
 * are still flagged. Kept in browser.storage.local, shared by every open panel.
 */
import { localStorageArea, watchKey, type PanelStorage } from './storage';

export const IGNORED_KEY = 'panel.ignoredMatches';
/** Enough for years of stories; the oldest are forgotten first. */
export const MAX_IGNORED_MATCHES = 2000;

export interface IgnoredMatch {
  /** hashPassage() of the passage it was dismissed in. */
  passage: string;
  ruleId: string;
  /** The exact text the rule matched. */
  text: string;
  /** When it was dismissed (ms since the epoch), to forget the oldest first. */
  at: number;
}

export function ignoreKey(match: Pick<IgnoredMatch, 'passage' | 'ruleId' | 'text'>): string {
  return `${match.passage}\u0000${match.ruleId}\u0000${match.text}`;
}

function isIgnoredMatch(value: unknown): value is IgnoredMatch {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  return (
    typeof m.passage === 'string' &&
    typeof m.ruleId === 'string' &&
    typeof m.text === 'string' &&
    typeof m.at === 'number'
  );
}

/** A clean, de-duplicated list from whatever is stored, newest last, at most MAX_IGNORED_MATCHES. */
export function normalizeIgnored(value: unknown): IgnoredMatch[] {
  if (!Array.isArray(value)) return [];
  const byKey = new Map<string, IgnoredMatch>();
  for (const item of value)
    if (isIgnoredMatch(item))
      byKey.set(ignoreKey(item), { passage: item.passage, ruleId: item.ruleId, text: item.text, at: item.at });
  return [...byKey.values()].sort((a, b) => a.at - b.at).slice(-MAX_IGNORED_MATCHES);
}

/** What analyze() needs for one passage: options.ignoredMatches. */
export function ignoredIn(list: readonly IgnoredMatch[], passage: string): Array<{ ruleId: string; text: string }> {
  return list.filter((m) => m.passage === passage).map(({ ruleId, text }) => ({ ruleId, text }));
}

export async function loadIgnored(storage: PanelStorage = localStorageArea()): Promise<IgnoredMatch[]> {
  return normalizeIgnored((await storage.area.get(IGNORED_KEY))[IGNORED_KEY]);
}

async function updateIgnored(
  change: (list: IgnoredMatch[]) => IgnoredMatch[],
  storage: PanelStorage,
): Promise<IgnoredMatch[]> {
  const next = normalizeIgnored(change(await loadIgnored(storage)));
  await storage.area.set({ [IGNORED_KEY]: next });
  return next;
}

export function ignoreMatch(
  match: Pick<IgnoredMatch, 'passage' | 'ruleId' | 'text'>,
  storage: PanelStorage = localStorageArea(),
  now: () => number = Date.now,
): Promise<IgnoredMatch[]> {
  const key = ignoreKey(match);
  return updateIgnored((list) => [...list.filter((m) => ignoreKey(m) !== key), { ...match, at: now() }], storage);
}

export function restoreMatch(
  match: Pick<IgnoredMatch, 'passage' | 'ruleId' | 'text'>,
  storage: PanelStorage = localStorageArea(),
): Promise<IgnoredMatch[]> {
  const key = ignoreKey(match);
  return updateIgnored((list) => list.filter((m) => ignoreKey(m) !== key), storage);
}

export function restoreAllIn(passage: string, storage: PanelStorage = localStorageArea()): Promise<IgnoredMatch[]> {
  return updateIgnored((list) => list.filter((m) => m.passage !== passage), storage);
}

export function watchIgnored(
  onIgnored: (list: IgnoredMatch[]) => void,
  storage: PanelStorage = localStorageArea(),
): () => void {
  return watchKey(storage, IGNORED_KEY, (value) => onIgnored(normalizeIgnored(value)));
}

export function forgetAllIgnored(storage: PanelStorage = localStorageArea()): Promise<IgnoredMatch[]> {
  return updateIgnored(() => [], storage);
}
