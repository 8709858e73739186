import type { Language } from '../language/index.ts';
import { NOTE_MESSAGES } from './note-messages.ts';
import { note, type NeedDraft } from './parse-state.ts';

/**
 * Settles the attributes the person said they do not need ("headphones for long flights, noise cancelling not
 * needed"): a wish for one (inferred from a hint, or said before) goes, a constraint said elsewhere stays, and each left
 * without a rule is said back ("noise cancelling: no preference (you don't need it)"). Makers are left as read: not
 * needing one brand says nothing of the others.
 */
export function settleUnneeded(draft: NeedDraft, language: Language): void {
  for (const attribute of draft.unneeded) {
    if (attribute !== 'maker') draft.soft = draft.soft.filter((p) => p.attribute !== attribute);
    const ruled = attribute === 'maker' ? draft.makersIn.length + draft.makersOut.length > 0 || draft.soft.some((p) => p.attribute === 'maker') : draft.hard.some((c) => c.attribute === attribute);
    if (!ruled) note(draft.assumptions, NOTE_MESSAGES[language].unneeded(attribute));
  }
}
