import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '@/lib/analysis';
import { isRuleFile, stripRuleExamples } from '@/lib/build/strip-rule-examples';

const rulesDir = fileURLToPath(new URL('../../../lib/analysis/rules/', import.meta.url));
const ruleFiles = readdirSync(rulesDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');

describe('stripRuleExamples', () => {
  it('applies to the rule files and to nothing else', () => {
    expect(ruleFiles.length).toBe(RULES.length);
    for (const f of ruleFiles) expect(isRuleFile(join(rulesDir, f))).toBe(true);
    expect(isRuleFile(join(rulesDir, 'index.ts'))).toBe(false);
    expect(isRuleFile('/repo/lib/analysis/measures.ts')).toBe(false);
  });

  it.each(ruleFiles)('leaves %s its logic and metadata, and none of its example texts', (file) => {
    const source = readFileSync(join(rulesDir, file), 'utf8');
    const stripped = stripRuleExamples(source, file);
    const rule = RULES.find((r) => `${r.id}.ts` === file)!;
    expect(stripped).toContain('examples: { bad: [], good: [] },');
    expect(stripped).toContain(`id: '${rule.id}'`);
    expect(stripped).toContain('match(');
    for (const example of [...rule.examples.bad.map((b) => b.text), ...rule.examples.good]) {
      expect(stripped).not.toContain(JSON.stringify(example).slice(1, -1).slice(0, 40));
    }
    expect(stripped.length).toBeLessThan(source.length);
  });

  it('stops the build when a rule file has no examples block where it expects one', () => {
    expect(() => stripRuleExamples("export const r = { id: 'x' };\n", 'odd.ts')).toThrow(
      /odd\.ts: no "examples" block/,
    );
  });
});
