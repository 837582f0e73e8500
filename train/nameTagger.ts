// Trains the name tagger (server/ingest/extract/nameTagger.ts) on the development split of
// the corpus and writes its weights; with --folds N it reports instead how well it finds
// names in development articles it was not trained on (N-fold cross-validation). The test
// split is never read. Deterministic: the same corpus gives the same weights.
//
//   npm run train:names                # writes server/ingest/extract/nameTagger.weights.json
//   npm run train:names -- --folds 5   # cross-validation on the development split
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../server/db/provider.js';
import {
  nameLabels,
  namesOfLabels,
  type TaggedName,
  tagNames,
} from '../server/ingest/extract/nameTagger.js';
import { type FoldModels, trainNameTagger } from './nameTaggerTraining.js';
import { nameEpochs, readTrainingArticles, weightsPath } from './trainingData.js';

const { values } = parseArgs({
  options: {
    folds: { type: 'string' },
    /** With --folds: also write each fold's model, for eval:extraction --name-tagger. */
    'fold-models': { type: 'string' },
    epochs: { type: 'string', default: String(nameEpochs) },
    out: { type: 'string', default: weightsPath },
  },
});
const epochs = Number(values.epochs);

/** A block's names as "from-to" spans, to compare gold and found ones in a Set. */
const spansOf = (names: readonly TaggedName[]) => names.map((n) => `${n.from}-${n.to}`);

const data = await readTrainingArticles();
if (values.folds) {
  const folds = Number(values.folds);
  let right = 0;
  let found = 0;
  let expected = 0;
  // The same on names the gazetteer does not know: what the tagger adds to matching.
  const unknown = { right: 0, found: 0, expected: 0 };
  const foldModels: FoldModels = { foldOf: {}, models: [] };
  for (let fold = 0; fold < folds; fold++) {
    const training = data.filter((_, k) => k % folds !== fold).flatMap((a) => a.blocks);
    const model = trainNameTagger(training, epochs);
    foldModels.models.push(model);
    data.forEach((article, k) => {
      if (k % folds === fold) foldModels.foldOf[article.id] = fold;
    });
    for (const { blocks } of data.filter((_, k) => k % folds === fold))
      for (const { block, gold } of blocks) {
        const want = new Set(spansOf(namesOfLabels(gold)));
        const got = spansOf(tagNames(block, model));
        expected += want.size;
        found += got.length;
        right += got.filter((span) => want.has(span)).length;
        const known = (span: string) => {
          const [from, to] = span.split('-').map(Number) as [number, number];
          return block.matches.some(
            (m) => m.entity.kind === 'person' && m.from < to && from < m.to,
          );
        };
        const unknownWant = [...want].filter((span) => !known(span));
        const unknownGot = got.filter((span) => !known(span));
        unknown.expected += unknownWant.length;
        unknown.found += unknownGot.length;
        unknown.right += unknownGot.filter((span) => want.has(span)).length;
      }
  }
  const precision = right / found;
  const recall = right / expected;
  console.log(
    `${folds}-fold cross-validation on ${data.length} dev articles, ${epochs} epochs: ` +
      `name spans ${right} right of ${expected} expected, ${found} found; ` +
      `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, ` +
      `F1 ${((2 * precision * recall) / (precision + recall)).toFixed(3)}; names no known ` +
      `person covers: ${unknown.right} right of ${unknown.expected}, ${unknown.found} found`,
  );
  if (values['fold-models']) writeFileSync(values['fold-models'], JSON.stringify(foldModels));
} else {
  const model = trainNameTagger(
    data.flatMap((a) => a.blocks),
    epochs,
  );
  writeFileSync(values.out, `${JSON.stringify(model)}\n`);
  console.log(
    `trained on ${data.length} dev articles, ${epochs} epochs: ${
      Object.keys(model.weights).length
    } features (${nameLabels.join('/')}) → ${path.relative(repoRoot, values.out)}`,
  );
}
