import type { Ref } from 'preact';
import { useId } from 'preact/hooks';

export interface StoryInputProps {
  value: string;
  onInput: (text: string) => void;
  label?: string;
  inputRef?: Ref<HTMLTextAreaElement>;
}

/** The text box a story is typed or pasted into; it reports every change, typing and pasting alike. */
export function StoryInput({ value, onInput, label = 'Interview story', inputRef }: StoryInputProps) {
  const inputId = useId();
  const hintId = useId();
  return (
    <div class="story-input">
      <label for={inputId}>{label}</label>
      <p id={hintId} class="story-input__hint">
        Type or paste a paragraph from your notes. It is scored as you type, on this device.
      </p>
      <textarea
        id={inputId}
        ref={inputRef}
        aria-describedby={hintId}
        value={value}
        rows={8}
        spellcheck
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </div>
  );
}
