// The mentions stage: every match of a known or newly found entity, as a span of its
// block, with the confidence of how it was found. Pure.
import { type Stage, textBlocks } from '../document.js';

export const mentionStage: Stage = {
  name: 'mentions',
  needs: ['roleReferences'],
  adds: 'mentions',
  run(document) {
    document.mentions = textBlocks(document).flatMap((block) =>
      block.matches.map((match) => ({
        blockIndex: block.index,
        start: match.start,
        end: match.end,
        text: block.text.slice(match.start, match.end),
        entity: match.entity,
        // id 0: a person found in this text only
        confidence: match.entity.id === 0 ? 0.7 : 0.9,
        ...(match.newSpelling && { newSpelling: match.newSpelling }),
      })),
    );
  },
};
