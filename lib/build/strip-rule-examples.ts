/**
 * A build step for the extension: each rule file in lib/analysis/rules keeps its BAD and GOOD
 * examples next to its logic, where the tests read them (tests/unit/analysis/rules.test.ts).
 * Nothing in the extension reads them at run time, so the build leaves them out of the panel's
 * JavaScript, which has a size budget. Unit tests and the CLI run the source as written.
 *
 * The examples are the rule object's last property, written as `  examples: {` … `  },` before
 * the closing `};`. A rule file in any other shape stops the build, so they can never ship by
 * accident or be cut short.
 */
import type { Plugin } from 'vite';

const RULE_FILE = /[\\/]lib[\\/]analysis[\\/]rules[\\/](?!index\.ts$)[^\\/]+\.ts$/;
const EXAMPLES = /\n {2}examples: \{\n[\s\S]*?\n {2}\},\n\};\n/;
const NONE = '\n  examples: { bad: [], good: [] },\n};\n';

/** `code` without its rule examples; throws when a rule file does not have them in the expected place. */
export function stripRuleExamples(code: string, id: string): string {
  if (!EXAMPLES.test(code))
    throw new Error(
      `${id}: no "examples" block at the end of the rule, where the build expects one (see lib/build/strip-rule-examples.ts).`,
    );
  return code.replace(EXAMPLES, NONE);
}

export function isRuleFile(id: string): boolean {
  return RULE_FILE.test(id.split('?')[0]!);
}

/** Vite plugin, for builds only: the dev server and Vitest keep the examples. */
export function stripRuleExamplesPlugin(): Plugin {
  return {
    name: 'ownership-lens:strip-rule-examples',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      return isRuleFile(id) ? { code: stripRuleExamples(code, id), map: null } : undefined;
    },
  };
}
