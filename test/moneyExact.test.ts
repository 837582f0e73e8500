// Money stays exact: amounts are stored as text in their canonical decimal form, so both
// databases give back the very digits written (SQLite's DECIMAL column rounded them to
// floats). Through the store and the API, and through the migration that changed the
// column, on SQLite and PostgreSQL.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalAmount, saveArticle } from '../server/db/articleStore.js';
import { prismaPaths } from '../server/db/provider.js';
import { startTestApi, type TestApi } from './support/api.js';
import { createTestDatabase, providers } from './support/databases.js';

const exactMigration = '_exact_amounts_unique_content';

describe('canonicalAmount', () => {
  it.each([
    ['12345678901234567890', '12345678901234567890'],
    ['0.05', '0.05'],
    ['003400000000.50', '3400000000.5'],
    ['12345678901234567.89', '12345678901234567.89'],
    ['0.000', '0'],
    ['-0', '0'],
    ['-12.10', '-12.1'],
  ])('%s → %s', (amount, canonical) => {
    expect(canonicalAmount(amount)).toBe(canonical);
  });

  it.each(['', '-', '1.', '.5', '1e9', '1,000', 'NaN', ' 1'])('refuses %j', (amount) => {
    expect(() => canonicalAmount(amount)).toThrow(/decimal number/);
  });
});

const amounts = ['12345678901234567890', '0.05', '12345678901234567.89', '3400000000'];

describe.each(providers)('exact amounts on %s', (provider) => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi(provider, { seed: false });
    await api.database.prisma.$transaction((tx) =>
      saveArticle(
        tx,
        {
          slug: 'money',
          title: 'أرقام',
          titleDerived: false,
          language: 'AR',
          publishedAt: new Date('2023-03-14T00:00:00Z'),
          url: null,
          publisher: null,
          source: null,
          photoCredit: null,
          contentHash: 'money-test',
          blocks: [{ kind: 'PARAGRAPH', text: 'أرقام' }],
        },
        {
          mentions: [],
          statements: [],
          events: [],
          tradeFigures: amounts.map((amount, n) => ({
            blockIndex: 0,
            start: 0,
            end: 5,
            text: 'أرقام',
            kind: 'OTHER' as const,
            amount,
            currency: 'USD',
            year: 2000 + n,
            status: 'ACTUAL' as const,
            partnerIds: [],
            source: null,
            confidence: 1,
          })),
        },
        'EXTRACTED',
      ),
    );
  });
  afterAll(async () => {
    await api?.close();
  });

  it('returns a 20-digit amount and 0.05 through the API with every digit', async () => {
    const { body } = await api.query('{ tradeFigures(first: 10) { nodes { amount year } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.tradeFigures.nodes.map((f: { amount: string }) => f.amount)).toEqual(amounts);
  });

  it('stores them as text, read back as written', async () => {
    const typeOf = provider === 'sqlite' ? 'typeof("amount")' : 'pg_typeof("amount")::text';
    const rows = await api.database.prisma.$queryRawUnsafe<{ amount: string; type: string }[]>(
      `SELECT "amount", ${typeOf} AS "type" FROM "TradeFigure" ORDER BY "year"`,
    );
    expect(rows).toEqual(amounts.map((amount) => ({ amount, type: 'text' })));
  });
});

/** The migration folders of a provider before and including the one that made amounts text. */
function migrationSql(provider: 'sqlite' | 'postgresql') {
  const dir = prismaPaths[provider].migrations;
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const index = folders.findIndex((name) => name.endsWith(exactMigration));
  const read = (name: string) => readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
  return { before: folders.slice(0, index).map(read), exact: read(folders[index]!) };
}

describe.each(providers)('the migration to exact amounts on %s', (provider) => {
  it('turns stored amounts into their digits and keeps texts stored twice, marked', async () => {
    const database = await createTestDatabase(provider);
    const { before, exact } = migrationSql(provider);
    const seedRows = `
      INSERT INTO "Article" ("slug", "title", "language", "publishedAt", "contentHash", "updatedAt")
      VALUES ('a', 't', 'AR', CURRENT_TIMESTAMP, 'same', CURRENT_TIMESTAMP),
             ('b', 't', 'AR', CURRENT_TIMESTAMP, 'same', CURRENT_TIMESTAMP),
             ('c', 't', 'AR', CURRENT_TIMESTAMP, 'other', CURRENT_TIMESTAMP);
      INSERT INTO "TradeFigure" ("articleId", "blockIndex", "start", "end", "text", "kind",
        "amount", "currency", "status", "provenance")
      VALUES (1, 0, 0, 1, 'x', 'OTHER', 3400000000, 'USD', 'ACTUAL', 'EXTRACTED'),
             (1, 0, 0, 1, 'x', 'OTHER', 0.05, 'USD', 'ACTUAL', 'EXTRACTED'),
             (1, 0, 0, 1, 'x', 'OTHER', 62000000000, 'USD', 'ACTUAL', 'EXTRACTED');`;
    const check = `SELECT "amount" FROM "TradeFigure" ORDER BY "id";
      SELECT "slug", "contentHash" FROM "Article" ORDER BY "id";`;
    try {
      let amountsAfter: unknown[];
      let articlesAfter: unknown[];
      if (provider === 'sqlite') {
        const db = new Sqlite(database.target.url);
        for (const sql of before) db.exec(sql);
        db.exec(seedRows);
        db.exec(exact);
        amountsAfter = db.prepare(check.split(';')[0]!).all();
        articlesAfter = db.prepare(check.split(';')[1]!).all();
        db.close();
      } else {
        const client = new pg.Client({ connectionString: database.url });
        await client.connect();
        for (const sql of before) await client.query(sql);
        await client.query(seedRows.replaceAll('CURRENT_TIMESTAMP', 'now()'));
        await client.query(exact);
        amountsAfter = (await client.query(check.split(';')[0]!)).rows;
        articlesAfter = (await client.query(check.split(';')[1]!)).rows;
        await client.end();
      }
      expect(amountsAfter).toEqual([
        { amount: '3400000000' },
        { amount: '0.05' },
        { amount: '62000000000' },
      ]);
      expect(articlesAfter).toEqual([
        { slug: 'a', contentHash: 'same' },
        { slug: 'b', contentHash: 'same-duplicate-2' },
        { slug: 'c', contentHash: 'other' },
      ]);
    } finally {
      await database.drop();
    }
  });
});
