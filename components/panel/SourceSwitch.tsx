import { useId } from 'preact/hooks';

export type TextMode = 'page' | 'paste';

export interface SourceSwitchProps {
  mode: TextMode;
  onChange: (mode: TextMode) => void;
}

/** Which text is scored: the selection in the page, or the panel's own text box. */
export function SourceSwitch({ mode, onChange }: SourceSwitchProps) {
  const name = useId();
  return (
    <fieldset class="source-switch">
      <legend>Text to score</legend>
      <label class="source-switch__option">
        <input type="radio" name={name} value="page" checked={mode === 'page'} onChange={() => onChange('page')} /> The
        selection in the page
      </label>
      <label class="source-switch__option">
        <input type="radio" name={name} value="paste" checked={mode === 'paste'} onChange={() => onChange('paste')} />{' '}
        Text I type or paste here
      </label>
    </fieldset>
  );
}
