/** When to offer the whole-story template: when the passage lacks most of the nine components. */
import { COMPONENT_IDS, type Analysis, type ComponentId } from '@/lib/analysis';

/** Five or more of nine missing is "most": too much to patch one finding at a time. */
export const STORY_TEMPLATE_MIN_MISSING = 5;

export function missingComponents(analysis: Pick<Analysis, 'components'>): ComponentId[] {
  return COMPONENT_IDS.filter((id) => !analysis.components[id].present);
}

export function offersStoryTemplate(analysis: Pick<Analysis, 'components' | 'words'>): boolean {
  return analysis.words > 0 && missingComponents(analysis).length >= STORY_TEMPLATE_MIN_MISSING;
}
