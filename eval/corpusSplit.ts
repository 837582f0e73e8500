// npm run corpus:split [-- --corpus <dir>] [--force | --add]
// Writes corpus/split.json: the corpus split once, with a fixed seed, into development
// articles (tune on these) and locked test articles (report only). Refuses to replace an
// existing split: a new split voids every figure measured on the old test articles.
// --add splits only the articles the split does not hold yet (a new batch, before any
// tuning on it) the same way, and appends them; the articles already split stay put.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../server/db/provider.js';
import { readCorpus, readSplit } from './extraction/corpus.js';
import { splitCorpus } from './extraction/split.js';

/** Fixed once; changing it reshuffles the test split. */
const splitSeed = 20_240_612;

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: path.join(repoRoot, 'corpus/articles') },
    force: { type: 'boolean', default: false },
    add: { type: 'boolean', default: false },
  },
});
const corpusDir = path.resolve(values.corpus);
const splitFile = path.join(path.dirname(corpusDir), 'split.json');
const existing = existsSync(splitFile) ? readSplit(splitFile) : null;
if (existing && !values.force && !values.add) {
  console.error(
    `${path.relative(repoRoot, splitFile)} exists and its test split is locked; ` +
      'pass --add to split only new articles, or --force to write a new split (figures ' +
      'measured on the old one are then void)',
  );
  process.exit(1);
}
const articles = readCorpus(corpusDir);
const kept = values.add && existing ? existing : { dev: [], test: [] };
const alreadySplit = new Set([...kept.dev, ...kept.test]);
const added = splitCorpus(
  articles
    .filter((a) => !alreadySplit.has(a.id))
    .map((a) => ({ id: a.id, outlet: a.annotation.outlet })),
  splitSeed,
);
const split = {
  dev: [...kept.dev, ...added.dev].sort(),
  test: [...kept.test, ...added.test].sort(),
};
writeFileSync(splitFile, `${JSON.stringify({ seed: splitSeed, ...split }, null, 2)}\n`);
const addedCounts = `${added.dev.length} dev and ${added.test.length} test articles`;
if (values.add) console.log(`added ${addedCounts}`);
const outlets = (ids: string[]) =>
  new Set(articles.filter((a) => ids.includes(a.id)).map((a) => a.annotation.outlet)).size;
console.log(
  `${path.relative(repoRoot, splitFile)}: ` +
    `${split.dev.length} dev articles (${outlets(split.dev)} outlets), ` +
    `${split.test.length} test articles (${outlets(split.test)} outlets), seed ${splitSeed}`,
);
