import type { RefObject } from 'preact';
import { useMemo } from 'preact/hooks';
import type { ApplyResult, CapturedPassage } from '@/lib/messaging/protocol';
import type { FollowState } from '@/lib/panel/follow-state';
import type { PageFollower } from '@/lib/panel/follower';
import type { PageLink } from '@/lib/panel/page-link';
import { replaceTarget } from '@/lib/panel/rewrite-target';
import { applyOrCopy, COPY_ONLY, type Applier } from './apply';
import type { TextMode } from './SourceSwitch';

/** Why a rewrite can only be copied, in the words the card shows under it. */
export const COPY_ONLY_REASONS = {
  noPassage: 'There is no passage to apply a rewrite to.',
  truncated: 'Apply is off for a passage this long, because only part of it was scored: copy the rewrite instead.',
  tabClosed: 'The tab this passage came from was closed, so rewrites can only be copied.',
  otherTab:
    'This passage is from another tab, not the one in front of you, so rewrites can only be copied. Go back to that tab to apply one.',
  spansBlocks: 'This selection spans two blocks, so rewrites can only be copied. Select within one block to apply one.',
  notEditable: 'This text is not in an editable field, so rewrites can only be copied.',
  docsNoPlace:
    'Google Docs did not share where this text is in the document (its annotated-text API is not available here), so rewrites can only be copied: paste one over the passage in Docs (Ctrl+V, or ⌘V on a Mac).',
  hiddenText:
    'The page hides some text inside this passage, and Insert into page would replace it unseen, so the snippet was not inserted.',
} as const;

export interface AppliersInput {
  mode: TextMode;
  passage: CapturedPassage | null;
  follow: FollowState;
  follower: PageFollower;
  link: PageLink;
  truncated: boolean;
  storyBox: RefObject<HTMLTextAreaElement>;
  analyzedText: string;
  setStory: (text: string) => void;
}

/**
 * Where the cards' Apply and the library's "Insert into page" write: the panel's own text box, or
 * the passage's editor in the page, but only while the passage is from the tab the user is looking
 * at. Anywhere else they copy, and say why.
 */
export function useAppliers(input: AppliersInput): {
  applier: Applier;
  insertIntoPage?: (text: string) => Promise<ApplyResult>;
} {
  const { mode, passage, follow, follower, link, truncated, storyBox, analyzedText, setStory } = input;
  // The passage is from the tab in front (a selection cleared there since still counts).
  const inFront = passage !== null && passage.tabId === follow.tabId && follow.kept !== 'tab-closed';
  const applier = useMemo<Applier>(() => {
    if (mode === 'paste') return textBoxApplier(storyBox, analyzedText, setStory);
    if (!passage) return COPY_ONLY(COPY_ONLY_REASONS.noPassage);
    if (truncated) return COPY_ONLY(COPY_ONLY_REASONS.truncated);
    if (follow.kept === 'tab-closed') return COPY_ONLY(COPY_ONLY_REASONS.tabClosed);
    if (passage.apply === 'none')
      return COPY_ONLY(
        passage.copyOnly === 'spans-blocks' ? COPY_ONLY_REASONS.spansBlocks : COPY_ONLY_REASONS.notEditable,
      );
    if (passage.apply === 'docs') return COPY_ONLY(COPY_ONLY_REASONS.docsNoPlace);
    if (!inFront) return COPY_ONLY(COPY_ONLY_REASONS.otherTab);
    return {
      // Google Docs applies through its own paste, and its undo is in the document.
      kind: passage.source.kind === 'google-docs' ? 'docs' : 'page',
      ...(passage.pageText !== undefined ? { pageText: passage.pageText } : {}),
      apply: async (range, replacement) => {
        // Asked afresh at the click: the user may have switched tabs a moment ago.
        if (!(await follower.isInFront(passage.tabId)))
          return { ok: false, reason: 'other-tab', message: COPY_ONLY_REASONS.otherTab };
        const result = await link.applyRewrite({
          tabId: passage.tabId,
          selectionId: passage.selectionId,
          original: passage.text,
          replacement: replaceTarget(passage.text, range, replacement),
        });
        // The page hands back what it holds now, so the panel scores the applied text at once.
        if (result.ok && result.passage) follower.provide(result.passage);
        return result;
      },
    };
  }, [mode, passage, analyzedText, truncated, follow.kept, inFront, link, follower]);

  // Insert into page is offered wherever the passage could take it; when the applier cannot, it copies and says why.
  const insertIntoPage = useMemo(() => {
    if (mode !== 'page' || !passage || passage.apply === 'none') return undefined;
    // The cards show what the page hides before Apply writes over it; a one-click insert cannot, so it copies.
    const target = passage.pageText !== undefined ? COPY_ONLY(COPY_ONLY_REASONS.hiddenText) : applier;
    return (text: string): Promise<ApplyResult> => applyOrCopy(target, { start: 0, end: passage.text.length }, text);
  }, [mode, passage, applier]);

  return { applier, insertIntoPage };
}

/**
 * Apply in paste mode writes into the panel's own text box through the browser's editing
 * command, so Ctrl+Z in the box takes it back.
 */
function textBoxApplier(
  box: { current: HTMLTextAreaElement | null },
  analyzed: string,
  setStory: (text: string) => void,
): Applier {
  return {
    kind: 'panel',
    async apply(range, replacement) {
      const field = box.current;
      if (!field) return { ok: false, reason: 'editor-gone', message: 'The text box is not there.' };
      if (!field.value.startsWith(analyzed)) {
        return {
          ok: false,
          reason: 'page-changed',
          message: 'Your text changed after it was scored, so nothing was replaced.',
        };
      }
      const expected = replaceTarget(field.value, range, replacement);
      field.focus();
      field.setSelectionRange(range.start, range.end);
      try {
        document.execCommand('insertText', false, replacement);
      } catch {
        // Checked below: the value is what counts, not the command's answer.
      }
      if (field.value !== expected) field.value = expected;
      setStory(expected);
      return { ok: true };
    },
  };
}
