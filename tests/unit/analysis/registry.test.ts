import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, RULES } from '@/lib/analysis';

const RULES_DIR = fileURLToPath(new URL('../../../lib/analysis/rules/', import.meta.url));
const ruleFiles = readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts');

describe('the rule registry', () => {
  it('registers every rule file, once, under the file name', () => {
    expect(RULES.map((r) => `${r.id}.ts`).sort()).toEqual([...ruleFiles].sort());
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s is documented and has its examples', (_id, rule) => {
    expect(CATEGORIES).toContain(rule.category);
    for (const field of [rule.description, rule.message, rule.why, rule.question, rule.rewrite]) {
      expect(field.trim().length).toBeGreaterThan(10);
    }
    expect(rule.rewrite).toMatch(/\[[^\]]+\]/);
    expect(rule.examples.bad.length).toBeGreaterThanOrEqual(2);
    expect(rule.examples.good.length).toBeGreaterThanOrEqual(2);
    for (const bad of rule.examples.bad) expect(bad.text).toContain(bad.span);
  });

  it.each(ruleFiles.map((f) => [f] as const))('%s keeps its word lists in data files', (file) => {
    const source = readFileSync(`${RULES_DIR}${file}`, 'utf8');
    // A rule's logic may name a handful of grammatical words inline; lists of vocabulary live in data/.
    const inline = [...source.matchAll(/wordSet\(\[([^\]]*)\]\)/g)].map((m) => m[1]!.split(',').length);
    for (const n of inline) expect(n).toBeLessThanOrEqual(16);
    expect(statSync(`${RULES_DIR}${file}`).size).toBeLessThan(6_000);
  });
});
