import { useId } from 'preact/hooks';
import { CATEGORIES, RULES } from '@/lib/analysis';
import type { PanelSettings } from '@/lib/settings/settings';
import { CATEGORY_LABELS, ruleName } from '../labels';

export interface SettingsViewProps {
  settings: PanelSettings;
  /** How many "Not a problem here" matches are remembered, in every passage. */
  ignoredCount: number;
  setRule: (ruleId: string, enabled: boolean) => void;
  setAllRules: (enabled: boolean) => void;
  setInPageHighlights: (enabled: boolean) => void;
  setToolbarBadge: (enabled: boolean) => void;
  forgetIgnored: () => void;
}

/** Every rule on or off, grouped by category, and in-page highlights; saved at once, in every open panel. */
export function SettingsView({
  settings,
  ignoredCount,
  setRule,
  setAllRules,
  setInPageHighlights,
  setToolbarBadge,
  forgetIgnored,
}: SettingsViewProps) {
  const headingId = useId();
  const highlightHintId = useId();
  const badgeHintId = useId();
  const off = new Set(settings.disabledRules);
  const onCount = RULES.filter((rule) => !off.has(rule.id)).length;
  return (
    <section class="settings" aria-labelledby={headingId}>
      <h2 id={headingId}>Settings</h2>
      <p class="settings__saved">Changes are saved at once and apply in every open panel.</p>

      <fieldset class="settings__group">
        <legend>In the page and the toolbar</legend>
        <label class="toggle">
          <input
            type="checkbox"
            checked={settings.inPageHighlights}
            aria-describedby={highlightHintId}
            onChange={(event) => setInPageHighlights(event.currentTarget.checked)}
          />{' '}
          Mark findings in the page (in-page highlights)
        </label>
        <p id={highlightHintId} class="hint">
          Uses the browser’s highlight layer over your selection. The page’s text and your document are never changed.
        </p>
        <label class="toggle">
          <input
            type="checkbox"
            checked={settings.toolbarBadge}
            aria-describedby={badgeHintId}
            onChange={(event) => setToolbarBadge(event.currentTarget.checked)}
          />{' '}
          Show the band on the toolbar button
        </label>
        <p id={badgeHintId} class="hint">
          The Ownership Lens button says Weak, Part or Str for the passage being scored, and its tooltip gives the
          score.
        </p>
      </fieldset>

      <h3>
        Rules{' '}
        <span class="count">
          ({onCount} of {RULES.length} on)
        </span>
      </h3>
      <div class="actions">
        <button type="button" onClick={() => setAllRules(true)} disabled={onCount === RULES.length}>
          Turn every rule on
        </button>
      </div>
      {CATEGORIES.map((category) => {
        const rules = RULES.filter((rule) => rule.category === category);
        if (rules.length === 0) return null;
        return (
          <fieldset key={category} class={`settings__group cat-${category}`}>
            <legend>
              <span class="legend__swatch" aria-hidden="true" />
              {CATEGORY_LABELS[category]}
            </legend>
            {rules.map((rule) => (
              <RuleToggle
                key={rule.id}
                id={rule.id}
                description={rule.description}
                enabled={!off.has(rule.id)}
                setRule={setRule}
              />
            ))}
          </fieldset>
        );
      })}

      <h3>Not a problem here</h3>
      <p>
        {ignoredCount === 0
          ? 'No matches are ignored.'
          : `${ignoredCount} ${ignoredCount === 1 ? 'match is' : 'matches are'} ignored across your passages.`}
      </p>
      {ignoredCount > 0 && (
        <div class="actions">
          <button type="button" onClick={forgetIgnored}>
            Restore every ignored match
          </button>
        </div>
      )}
    </section>
  );
}

function RuleToggle({
  id,
  description,
  enabled,
  setRule,
}: {
  id: string;
  description: string;
  enabled: boolean;
  setRule: SettingsViewProps['setRule'];
}) {
  const hintId = useId();
  return (
    <div class="rule-toggle">
      <label class="toggle">
        <input
          type="checkbox"
          checked={enabled}
          aria-describedby={hintId}
          onChange={(event) => setRule(id, event.currentTarget.checked)}
        />{' '}
        {ruleName(id)}
      </label>
      <p id={hintId} class="hint">
        {description}
      </p>
    </div>
  );
}
