// The name tagger's training: gold labels from an annotation's names, and the passes of the
// averaged perceptron over the labelled blocks in a seeded order (the corpus split's
// generator). Pure.
import { seededRandom, shuffle } from '../eval/extraction/split.js';
import type { DocumentBlock } from '../server/ingest/document.js';
import {
  type NameLabel,
  nameFeatures,
  nameLabels,
  outsideAnyName,
} from '../server/ingest/extract/nameTagger.js';
import { type PerceptronModel, PerceptronTrainer } from '../server/ingest/learn/perceptron.js';
import { normalizeForMatching } from '../server/ingest/normalize.js';
import type { Token } from '../server/ingest/text.js';

/** Cross-validation's models: each dev article's fold, and the model not trained on it. */
export interface FoldModels {
  foldOf: Record<string, number>;
  models: PerceptronModel[];
}

/** A name's words as tokens read them: normalized, without brackets or punctuation. */
const nameWords = (name: string) =>
  normalizeForMatching(name)
    .replace(/[()[\]«»"“”.,،-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);

const tokenIs = (token: Token | undefined, word: string) =>
  !!token && token.forms.some((f) => f.form === word);

/**
 * B/I/O for each word of a block: every place an annotated name is written in full, and
 * every place its surname (last word, three letters or more) stands alone.
 */
export function goldNameLabels(block: DocumentBlock, names: readonly string[]): NameLabel[] {
  const labels: NameLabel[] = block.tokens.map(() => 'O');
  const mark = (words: string[]) => {
    for (let i = 0; i + words.length <= block.tokens.length; i++) {
      if (!words.every((w, k) => tokenIs(block.tokens[i + k], w))) continue;
      if (labels.slice(i, i + words.length).some((l) => l !== 'O')) continue;
      words.forEach((_, k) => {
        labels[i + k] = k === 0 ? 'B' : 'I';
      });
    }
  };
  const all = names.map(nameWords).filter((w) => w.length > 0);
  // Longest first, so that a full name is one span and its surname is not marked inside it.
  for (const words of [...all].sort((a, b) => b.length - a.length)) mark(words);
  for (const words of all) if (words.length > 1 && words.at(-1)!.length >= 3) mark([words.at(-1)!]);
  return labels;
}

export function trainNameTagger(
  blocks: readonly { block: DocumentBlock; gold: readonly NameLabel[] }[],
  epochs: number,
): PerceptronModel {
  const trainer = new PerceptronTrainer(nameLabels);
  for (let epoch = 0; epoch < epochs; epoch++)
    for (const { block, gold } of shuffle(blocks, seededRandom(epoch + 1))) {
      // The history the tagger will see when it runs: its own earlier guesses.
      let previous: NameLabel = 'O';
      let beforePrevious: NameLabel = 'O';
      block.tokens.forEach((_, i) => {
        if (outsideAnyName(block, i)) {
          beforePrevious = previous;
          previous = 'O';
          return;
        }
        const features = nameFeatures(block, i, previous, beforePrevious);
        const guess = nameLabels[trainer.update(features, nameLabels.indexOf(gold[i]!))]!;
        beforePrevious = previous;
        previous = guess;
      });
    }
  return trainer.averaged();
}
