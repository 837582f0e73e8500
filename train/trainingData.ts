// What the learned components are trained on: the development split of the corpus (never
// the test split), each article read by the pipeline up to its known entities, with the
// curated gazetteer only, as eval:extraction starts from; and where the weights are kept.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readCorpus, readSplit, selectSplit } from '../eval/extraction/corpus.js';
import { openDatabase } from '../server/db/client.js';
import { repoRoot } from '../server/db/provider.js';
import { createDocument, type DocumentBlock, textBlocks } from '../server/ingest/document.js';
import type { NameLabel } from '../server/ingest/extract/nameTagger.js';
import { loadGazetteer } from '../server/ingest/loadGazetteer.js';
import { runStages } from '../server/ingest/pipeline.js';
import { loadSeedGazetteer } from '../server/seed/loadSeeds.js';
import { goldNameLabels } from './nameTaggerTraining.js';

export const weightsPath = path.join(repoRoot, 'server/ingest/extract/nameTagger.weights.json');
/** Passes over the training blocks (chosen by cross-validation on the dev split). */
export const nameEpochs = 15;

export interface TrainingArticle {
  id: string;
  blocks: { block: DocumentBlock; gold: NameLabel[] }[];
}

export async function readTrainingArticles(): Promise<TrainingArticle[]> {
  const articles = selectSplit(
    readCorpus(path.join(repoRoot, 'corpus/articles')),
    readSplit(path.join(repoRoot, 'corpus/split.json')),
    'dev',
  );
  const dir = mkdtempSync(path.join(tmpdir(), 'khabar-train-'));
  const database = await openDatabase({ provider: 'sqlite', url: path.join(dir, 'train.db') });
  try {
    await loadSeedGazetteer(database.prisma, path.join(repoRoot, 'seeds'));
    const gazetteer = await loadGazetteer(database.prisma);
    return articles.map((article) => {
      const document = runStages(
        createDocument(article.text, gazetteer, { url: article.annotation.url }),
        'entities',
      );
      const names = article.annotation.people.map((p) => p.name);
      return {
        id: article.id,
        blocks: textBlocks(document).map((block) => ({
          block,
          gold: goldNameLabels(block, names),
        })),
      };
    });
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
