// Ingestor.ingestMany, the batched path of `npm run ingest` and of seeding: a batch gives
// each text the outcome it would have had alone, in order; a batch is stored whole or not
// at all and acknowledged only once committed; concurrent batches store each text once.
// On SQLite and PostgreSQL.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../server/db/client.js';
import { repoRoot } from '../server/db/provider.js';
import { type IngestItem, type IngestOutcome, Ingestor } from '../server/ingest/ingest.js';
import { loadSeedGazetteer } from '../server/seed/loadSeeds.js';
import { sampleArticle } from './support/articles.js';
import { createTestDatabase, providers, type TestDatabase } from './support/databases.js';

/** A new person (not in the seeds) named by role, then quoted by name in later texts. */
const newPersonArticle = (quote: string) =>
  [
    'موسكو وأنقرة تبحثان مشاريع الطاقة',
    '15-3-2023 | 10:00',
    '',
    'وقال وزير الطاقة الروسي نيكولاي شولغينوف إن "التعاون في مجال الطاقة يتقدم".',
    '',
    `وأضاف شولغينوف أن "${quote}".`,
  ].join('\n');

/** Texts that exercise every rule of identity, in an order where the rules interact. */
const items: IngestItem[] = [
  { text: sampleArticle('الحوار مستمر بين البلدين'), options: { slug: 'first' } },
  { text: newPersonArticle('المشاريع المشتركة تتوسع') },
  { text: sampleArticle('الحوار مستمر بين البلدين'), options: { slug: 'again' } }, // same text
  { text: 'نص قصير' }, // no article: fails alone
  { text: newPersonArticle('الاستثمارات تنمو'), options: { slug: 'first' } }, // slug taken
  {
    text: sampleArticle('النسخة الأولى من الخبر'),
    options: { url: 'https://news.example/a/1' },
  },
  {
    text: sampleArticle('النسخة الثانية من الخبر'),
    options: { url: 'https://NEWS.example/a/1/' }, // the same URL: replaces the first
  },
  { text: sampleArticle('النسخة الأولى من الخبر') }, // that text is no longer stored
  { text: sampleArticle('تصريح آخر', '16-3-2023 | 09:15'), options: { url: 'ftp://bad' } },
  { text: newPersonArticle('الطاقة النووية على جدول الأعمال') },
];

/** What a client can see of the stored articles, with entities by slug, not by id. */
async function contents(database: Database) {
  const articles = await database.prisma.article.findMany({
    orderBy: { slug: 'asc' },
    select: {
      slug: true,
      url: true,
      title: true,
      publishedAt: true,
      contentHash: true,
      provenance: true,
      blocks: { orderBy: { index: 'asc' }, select: { kind: true, text: true } },
      mentions: {
        orderBy: [{ blockIndex: 'asc' }, { start: 'asc' }],
        select: {
          blockIndex: true,
          start: true,
          end: true,
          person: { select: { slug: true } },
          organization: { select: { slug: true } },
          place: { select: { slug: true } },
        },
      },
      statements: {
        orderBy: [{ blockIndex: 'asc' }, { start: 'asc' }],
        select: {
          text: true,
          direct: true,
          saidOn: true,
          speakerPerson: { select: { slug: true } },
          speakerOrganization: { select: { slug: true } },
        },
      },
      tradeFigures: {
        orderBy: [{ blockIndex: 'asc' }, { start: 'asc' }],
        select: {
          amount: true,
          year: true,
          partners: { orderBy: { position: 'asc' }, select: { place: { select: { iso2: true } } } },
          sourcePerson: { select: { slug: true } },
        },
      },
      eventReports: {
        orderBy: { start: 'asc' },
        select: {
          text: true,
          event: {
            select: {
              slug: true,
              participants: {
                orderBy: { person: { slug: 'asc' } },
                select: { person: { select: { slug: true } } },
              },
            },
          },
        },
      },
    },
  });
  const people = await database.prisma.person.findMany({
    where: { provenance: 'EXTRACTED' },
    orderBy: { slug: 'asc' },
    select: {
      slug: true,
      nameAr: true,
      aliases: { select: { text: true }, orderBy: { text: 'asc' } },
    },
  });
  return { articles, people };
}

/** The outcomes with ids replaced by slugs, the part two databases can agree on. */
const comparable = (outcomes: IngestOutcome[]) =>
  outcomes.map((o) =>
    o.status === 'failed' ? { failed: o.error.message } : { ...o, articleId: undefined },
  );

describe.each(providers)('Ingestor.ingestMany on %s', (provider) => {
  const databases: TestDatabase[] = [];
  const opened: Database[] = [];
  /** A fresh database with the seed gazetteer (no seed articles: fewer rows to compare). */
  const freshDatabase = async () => {
    const testDatabase = await createTestDatabase(provider);
    databases.push(testDatabase);
    const database = await openDatabase(testDatabase.target);
    opened.push(database);
    await loadSeedGazetteer(database.prisma, path.join(repoRoot, 'seeds'));
    return { database, testDatabase };
  };

  let oneByOne: { outcomes: IngestOutcome[]; contents: Awaited<ReturnType<typeof contents>> };
  beforeAll(async () => {
    const { database } = await freshDatabase();
    const ingestor = new Ingestor(database.prisma);
    const outcomes: IngestOutcome[] = [];
    for (const { text, options } of items) {
      try {
        outcomes.push(await ingestor.ingest(text, options));
      } catch (error) {
        outcomes.push({ status: 'failed', error: error as never });
      }
    }
    oneByOne = { outcomes, contents: await contents(database) };
  });
  afterAll(async () => {
    for (const database of opened) await database.close();
    for (const database of databases) await database.drop();
  });

  it('gives each text the outcome and rows it gets alone, whatever the batch size', async () => {
    expect(oneByOne.outcomes.map((o) => o.status)).toEqual([
      'created',
      'created',
      'unchanged',
      'failed',
      'created',
      'created',
      'updated',
      'created',
      'failed',
      'created',
    ]);
    for (const batchSize of [100, 3]) {
      const { database } = await freshDatabase();
      const batches: IngestOutcome[][] = [];
      const outcomes = await new Ingestor(database.prisma).ingestMany(items, {
        batchSize,
        onCommitted: (done) => {
          batches.push(done);
        },
      });
      expect(batches.map((b) => b.length)).toEqual(batchSize === 3 ? [3, 3, 3, 1] : [10]);
      expect(comparable(outcomes)).toEqual(comparable(oneByOne.outcomes));
      expect(await contents(database)).toEqual(oneByOne.contents);
    }
  });

  it('stores a batch whole or not at all, and acknowledges it only once committed', async () => {
    const { database, testDatabase } = await freshDatabase();
    // The database refuses one statement of the second batch, after its first articles.
    // (SQLite: a NOT NULL violation, which no retry can cure, unlike RAISE, which Prisma
    // reports as a foreign key violation, a conflict a retry may settle.)
    if (provider === 'sqlite')
      await database.prisma.$executeRawUnsafe(
        `CREATE TRIGGER refuse BEFORE INSERT ON "Statement" WHEN NEW."text" LIKE '%مرفوض%'
         BEGIN INSERT INTO "LoadedSource" ("name", "hash") VALUES (NULL, NULL); END`,
      );
    else {
      await database.prisma.$executeRawUnsafe(
        `CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN
           IF NEW."text" LIKE '%مرفوض%' THEN RAISE EXCEPTION 'refused by the test'; END IF;
           RETURN NEW; END $$ LANGUAGE plpgsql`,
      );
      await database.prisma.$executeRawUnsafe(
        `CREATE TRIGGER refuse BEFORE INSERT ON "Statement" FOR EACH ROW EXECUTE FUNCTION refuse()`,
      );
    }
    const texts = ['أول', 'ثان', 'ثالث', 'رابع', 'نص مرفوض', 'سادس'].map((word) => ({
      text: sampleArticle(`تصريح ${word} في السلسلة`),
    }));
    const observer = await openDatabase(testDatabase.target, { migrate: false });
    opened.push(observer);
    const seenAtCommit: number[] = [];
    await expect(
      new Ingestor(database.prisma).ingestMany(texts, {
        batchSize: 3,
        onCommitted: async (done) => {
          // Another connection already sees what was acknowledged.
          const ids = done.flatMap((o) => (o.status === 'created' ? [o.articleId] : []));
          seenAtCommit.push(await observer.prisma.article.count({ where: { id: { in: ids } } }));
        },
      }),
    ).rejects.toThrow(provider === 'sqlite' ? /NOT NULL|null/i : /refused by the test/);
    expect(seenAtCommit).toEqual([3]);
    // The first batch stays; nothing of the second, neither its articles nor their rows.
    expect(await database.prisma.article.count()).toBe(3);
    expect(await database.prisma.statement.count({ where: { text: { contains: 'رابع' } } })).toBe(
      0,
    );
    expect(await database.prisma.event.count({ where: { reports: { none: {} } } })).toBe(0);
  });

  it('stores each text once when two processes ingest overlapping batches at once', async () => {
    const { database, testDatabase } = await freshDatabase();
    const second = await openDatabase(testDatabase.target, { migrate: false });
    opened.push(second);
    const texts = Array.from({ length: 12 }, (_, n) => ({
      text: sampleArticle(`تصريح متزامن رقم ${n}`),
    }));
    const [a, b] = await Promise.all([
      new Ingestor(database.prisma).ingestMany(texts, { batchSize: 4 }),
      new Ingestor(second.prisma).ingestMany([...texts].reverse(), { batchSize: 4 }),
    ]);
    const statuses = [...a, ...b].map((o) => o.status);
    expect(statuses.filter((s) => s === 'created')).toHaveLength(12);
    expect(statuses.filter((s) => s === 'unchanged')).toHaveLength(12);
    expect(await database.prisma.article.count()).toBe(12);
    // Each text names Novak, new to the seeds: one person for all twelve.
    expect(await database.prisma.person.count({ where: { nameAr: 'ألكسندر نوفاك' } })).toBe(1);
    const articleOf = (o: IngestOutcome) => (o.status === 'failed' ? null : o.articleId);
    expect(a.map(articleOf)).toEqual([...b].reverse().map(articleOf));
  });
});
