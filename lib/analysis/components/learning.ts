import { compileLexicon, findPhrases } from '../lexicon';
import { spanOf, type ComponentDetector } from '../passage';
import { outermostSpans } from '../spans';
import { LEARNING_PHRASES } from '../data/claims';

const PHRASES = compileLexicon(LEARNING_PHRASES);

/** What the speaker learned or changed after: "my lesson:", "since then I always…". */
export const learning: ComponentDetector = {
  id: 'learning',
  question: 'What did you learn, and what do you do differently now?',
  detect({ prep }) {
    return outermostSpans(
      findPhrases(prep, PHRASES).map((m) => {
        // The lesson itself usually follows: take the rest of the sentence, up to 16 tokens.
        const sentence = prep.sentences[prep.tokens[m.first]!.sentence]!;
        let last = Math.min(sentence.endToken - 1, m.first + 16);
        while (last > m.last && prep.tokens[last]!.kind === 'punct') last--;
        return spanOf(prep, m.first, Math.max(last, m.last));
      }),
    );
  },
};
