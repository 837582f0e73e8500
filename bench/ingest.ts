// npm run bench:ingest [-- --articles N]
// Ingests a generated corpus of seed-sized articles into a fresh SQLite database and prints
// articles per second and peak RSS. Deterministic: the same N gives the same corpus.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../server/db/client.js';
import { repoRoot } from '../server/db/provider.js';
import { Ingestor } from '../server/ingest/ingest.js';
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

const dir = mkdtempSync(path.join(tmpdir(), 'khabar-bench-'));
const database = await openDatabase({ provider: 'sqlite', url: path.join(dir, 'bench.db') });
try {
  await loadSeeds(database.prisma, path.join(repoRoot, 'seeds')); // the gazetteer; not timed
  const corpus = Array.from({ length: count }, (_, i) => article(i));
  const ingestor = new Ingestor(database.prisma);
  await ingestor.ingest(article(count), { slug: 'warm-up' }); // loads the gazetteer; not timed
  const started = process.hrtime.bigint();
  let statements = 0;
  for (const [i, text] of corpus.entries())
    statements += (await ingestor.ingest(text, { slug: `bench-${i}` })).statements;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const stored = await database.prisma.article.count();
  const result = {
    articles: count,
    seconds: Number(seconds.toFixed(2)),
    articlesPerSecond: Math.round(count / seconds),
    statementsPerArticle: Number((statements / count).toFixed(1)),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    storedArticles: stored,
  };
  console.log(JSON.stringify(result, null, 2));
  console.log(
    `${result.articlesPerSecond} articles/s (target 200), peak RSS ${result.peakRssMb} MB`,
  );
} finally {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}
