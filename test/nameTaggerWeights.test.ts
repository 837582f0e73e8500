// The name tagger's weights in the repository are what training on the corpus's dev split
// gives today: a change to the features, the training or the dev annotations that was not
// followed by `npm run train:names` fails here.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { trainNameTagger } from '../train/nameTaggerTraining.js';
import { nameEpochs, readTrainingArticles, weightsPath } from '../train/trainingData.js';

it('the committed weights are those training on the dev split gives', async () => {
  const articles = await readTrainingArticles();
  const model = trainNameTagger(
    articles.flatMap((a) => a.blocks),
    nameEpochs,
  );
  const committed = JSON.parse(readFileSync(weightsPath, 'utf8'));
  expect(JSON.parse(JSON.stringify(model))).toEqual(committed);
}, 120_000);
