// npm run eval:extraction [-- --split dev|test|all] [--misses] [--json] [--corpus <dir>]
// Sends every corpus article through ingestion exactly as an editor would (the Ingestor over
// a fresh SQLite database holding only the gazetteer; the text and its URL, no date), reads
// back what was stored, and scores it against the annotation: precision, recall and F1 per
// fact kind, overall and per outlet; --misses lists every miss and false hit.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../server/db/client.js';
import { repoRoot } from '../server/db/provider.js';
import { useNameTagger } from '../server/ingest/extract/nameTagger.js';
import { Ingestor } from '../server/ingest/ingest.js';
import { IngestError } from '../server/ingest/pipeline.js';
import { loadSeedGazetteer } from '../server/seed/loadSeeds.js';
import type { FoldModels } from '../train/nameTaggerTraining.js';
import { readCorpus, readSplit, type SplitName, selectSplit } from './extraction/corpus.js';
import { missesList, outletTable, overallTable } from './extraction/report.js';
import {
  type ArticleScore,
  byOutlet,
  type Found,
  scoreArticle,
  summarize,
} from './extraction/score.js';
import { storedFacts } from './extraction/stored.js';

const { values } = parseArgs({
  options: {
    split: { type: 'string', default: 'dev' },
    misses: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    corpus: { type: 'string', default: path.join(repoRoot, 'corpus/articles') },
    /** Fold models written by `npm run train:names -- --folds N --fold-models F`, or "off". */
    'name-tagger': { type: 'string' },
  },
});
if (!['dev', 'test', 'all'].includes(values.split))
  throw new Error(`--split must be dev, test or all; got "${values.split}"`);
const splitName = values.split as SplitName;
const corpusDir = path.resolve(values.corpus);
const splitFile = path.join(path.dirname(corpusDir), 'split.json');

const started = Date.now();
const articles = selectSplit(
  readCorpus(corpusDir),
  existsSync(splitFile) ? readSplit(splitFile) : null,
  splitName,
);
if (articles.length === 0) throw new Error(`no annotated article in ${corpusDir}`);

const foldModels: FoldModels | null =
  values['name-tagger'] && values['name-tagger'] !== 'off'
    ? JSON.parse(readFileSync(values['name-tagger'], 'utf8'))
    : null;
if (values['name-tagger'] === 'off') useNameTagger(null);

const dir = mkdtempSync(path.join(tmpdir(), 'khabar-eval-'));
const database = await openDatabase({ provider: 'sqlite', url: path.join(dir, 'eval.db') });
const scores: ArticleScore[] = [];
try {
  // The curated gazetteer (seeds/gazetteer.json, seeds/officials.json); no seed article.
  await loadSeedGazetteer(database.prisma, path.join(repoRoot, 'seeds'));
  const ingestor = new Ingestor(database.prisma);
  for (const article of articles) {
    if (foldModels) useNameTagger(foldModels.models[foldModels.foldOf[article.id] ?? -1] ?? null);
    let found: Found;
    try {
      const result = await ingestor.ingest(article.text, { url: article.annotation.url });
      // Read at once: a later article with the same identity could replace this one.
      found = await storedFacts(database.prisma, result.articleId);
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      found = {
        refused: `refused: ${error.message}`,
        people: [],
        statements: [],
        money: [],
        publishedAt: null,
      };
    }
    scores.push(scoreArticle(article.id, article.annotation, found));
  }
} finally {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}

const overall = summarize(scores);
const outlets = byOutlet(scores);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (values.json) {
  console.log(
    JSON.stringify(
      {
        split: splitName,
        corpus: path.relative(repoRoot, corpusDir),
        overall,
        outlets: Object.fromEntries(outlets),
        discrepancies: values.misses ? scores.flatMap((s) => s.discrepancies) : undefined,
      },
      null,
      2,
    ),
  );
} else {
  console.log(
    `Extraction on ${path.relative(repoRoot, corpusDir)}, split ${splitName}: ${
      articles.length
    } articles from ${outlets.size} outlets (${seconds} s)\n`,
  );
  console.log(overallTable(overall));
  console.log('\nPer outlet (F1, then right/expected/found):\n');
  console.log(outletTable(outlets));
  if (values.misses) {
    console.log('\nMisses and false hits:\n');
    console.log(missesList(scores));
  }
}
