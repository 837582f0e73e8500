// npm run bench:ingest [-- --articles N]
// Ingests a generated corpus of seed-sized articles into fresh SQLite databases and prints
// articles per second in batches (ingestMany, as npm run ingest and seeding do; the
// headline figure) and one by one (as the API does), the time of extraction alone, SQL
// statements per article and peak RSS. Deterministic: the same N gives the same corpus.
// Extraction is also timed on the real articles of corpus/articles (they name people the
// seeds do not know), with the seeds' gazetteer and with 5,000 more known people (a service
// that has stored many articles): its cost must not grow with what is known.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../server/db/client.js';
import { repoRoot } from '../server/db/provider.js';
import { addEntity, type Gazetteer } from '../server/ingest/gazetteer.js';
import { defaultBatchSize, Ingestor } from '../server/ingest/ingest.js';
import { loadGazetteer } from '../server/ingest/loadGazetteer.js';
import { extractArticle } from '../server/ingest/pipeline.js';
import { loadSeeds } from '../server/seed/loadSeeds.js';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' } } });
const count = Number(values.articles);

const months = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
];
const templates = ['000_897a8455dd883e21.txt', '001_eab261c92f9538c6.txt'].map((name) =>
  readFileSync(path.join(repoRoot, 'seeds', name), 'utf8'),
);

/** Article i: a seed text with its own date, figures and one sentence that makes it unique. */
function article(i: number): string {
  const year = 2015 + (i % 10);
  const template = templates[i % 2]!.replace(
    /٢٣ ديسمبر ٢٠٢٢/,
    `${(i % 28) + 1} ${months[i % 12]} ${year}`,
  )
    .replace(/2 نوفمبر\/ تشرين الثاني 2021/, `${(i % 28) + 1} ${months[i % 12]} ${year}`)
    .replace(/4 مليارات دولار/, `${(i % 9) + 1} مليارات دولار`)
    .replace(/3\.4 مليار دولار/, `${(i % 7) + 1}.${i % 10} مليار دولار`);
  return `${template}\nوأضاف المصدر أن رقم المتابعة هو ${i}.`;
}

/** How many more people the large gazetteer knows. */
const morePeople = 5_000;
const letters = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي';
/** A made-up word of five letters, a different one for each n below 28^5. */
const madeUpWord = (n: number) =>
  Array.from({ length: 5 }, (_, k) => letters[Math.floor(n / 28 ** k) % 28]).join('');

/** Adds `count` made-up people, each known by a full name and a surname. */
function addMadeUpPeople(gazetteer: Gazetteer, count: number): void {
  for (let i = 0; i < count; i++) {
    const name = `${madeUpWord(2 * i)} ${madeUpWord(2 * i + 1)}`;
    const entity = { kind: 'person' as const, id: 1_000_000 + i, slug: `made-up-${i}` };
    addEntity(gazetteer, { ...entity, nameAr: name, iso2: null, roles: [] }, [
      name,
      madeUpWord(2 * i + 1),
    ]);
  }
}

/** A fresh SQLite database with the seeds loaded (not timed), counting its statements. */
async function freshDatabase(dir: string, name: string) {
  const counter = { statements: 0 };
  const database = await openDatabase(
    { provider: 'sqlite', url: path.join(dir, `${name}.db`) },
    { onStatement: () => counter.statements++ },
  );
  await loadSeeds(database.prisma, path.join(repoRoot, 'seeds'));
  return { database, counter };
}

const seconds = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9;
const perSecond = (n: number, s: number) => Math.round(n / s);

const dir = mkdtempSync(path.join(tmpdir(), 'khabar-bench-'));
try {
  const corpus = Array.from({ length: count }, (_, i) => article(i));
  const items = corpus.map((text, i) => ({ text, options: { slug: `bench-${i}` } }));

  // Extraction alone (the pure pipeline, no database), with the seeds' gazetteer.
  const pure = await freshDatabase(dir, 'pure');
  const gazetteer = await loadGazetteer(pure.database.prisma);
  await pure.database.close();
  extractArticle(article(count), gazetteer, { slug: 'warm-up' });
  let started = process.hrtime.bigint();
  for (const { text, options } of items) extractArticle(text, gazetteer, options);
  const extractionSeconds = seconds(started);

  // Extraction alone on the real corpus, then again knowing many more people.
  const corpusDir = path.join(repoRoot, 'corpus', 'articles');
  const realTexts = readdirSync(corpusDir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(path.join(corpusDir, name), 'utf8'));
  const timeRealCorpus = () => {
    const from = process.hrtime.bigint();
    for (const [i, text] of realTexts.entries()) extractArticle(text, gazetteer, { slug: `r${i}` });
    return Number(((seconds(from) * 1000) / realTexts.length).toFixed(2));
  };
  const realMs = timeRealCorpus();
  addMadeUpPeople(gazetteer, morePeople);
  const realMsKnowingMore = timeRealCorpus();

  // One transaction per article, as Mutation.ingestArticle stores one.
  const single = await freshDatabase(dir, 'single');
  const oneByOne = new Ingestor(single.database.prisma);
  await oneByOne.ingest(article(count), { slug: 'warm-up' }); // loads the gazetteer; not timed
  single.counter.statements = 0;
  started = process.hrtime.bigint();
  let statements = 0;
  for (const { text, options } of items)
    statements += (await oneByOne.ingest(text, options)).statements;
  const singleSeconds = seconds(started);
  const singleStatements = single.counter.statements;
  await single.database.close();

  // Batches of articles per transaction, as npm run ingest and seeding store them.
  const batched = await freshDatabase(dir, 'batched');
  const many = new Ingestor(batched.database.prisma);
  await many.ingest(article(count), { slug: 'warm-up' });
  batched.counter.statements = 0;
  started = process.hrtime.bigint();
  const outcomes = await many.ingestMany(items);
  const batchedSeconds = seconds(started);
  const batchedStatements = batched.counter.statements;
  const stored = await batched.database.prisma.article.count();
  await batched.database.close();
  if (outcomes.some((o) => o.status !== 'created'))
    throw new Error('bench: every generated article should have been created');

  const result = {
    articles: count,
    seconds: Number(batchedSeconds.toFixed(2)),
    articlesPerSecond: perSecond(count, batchedSeconds),
    batchSize: defaultBatchSize,
    oneByOne: {
      seconds: Number(singleSeconds.toFixed(2)),
      articlesPerSecond: perSecond(count, singleSeconds),
      sqlPerArticle: Number((singleStatements / count).toFixed(1)),
    },
    sqlPerArticle: Number((batchedStatements / count).toFixed(2)),
    extractionMsPerArticle: Number(((extractionSeconds * 1000) / count).toFixed(2)),
    extractionArticlesPerSecond: perSecond(count, extractionSeconds),
    realCorpus: {
      articles: realTexts.length,
      extractionMsPerArticle: realMs,
      morePeople,
      extractionMsPerArticleKnowingMore: realMsKnowingMore,
    },
    statementsPerArticle: Number((statements / count).toFixed(1)),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    storedArticles: stored,
    loadAverage: Number(loadavg()[0]!.toFixed(2)),
  };
  console.log(JSON.stringify(result, null, 2));
  console.log(
    `${result.articlesPerSecond} articles/s in batches of ${defaultBatchSize} (target 200), ` +
      `${result.oneByOne.articlesPerSecond} one by one, extraction alone ` +
      `${result.extractionArticlesPerSecond}; real articles ${realMs} ms each to extract ` +
      `(${realMsKnowingMore} ms knowing ${morePeople} more people); ` +
      `peak RSS ${result.peakRssMb} MB`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
