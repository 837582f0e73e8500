// Ingests at the same time, as two servers (two connections, two caches) on one database
// would send them: identical texts store one article, and articles that name the same new
// person share one person. On SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../server/app.js';
import { type Database, openDatabase } from '../server/db/client.js';
import { startTestApi, type TestApi } from './support/api.js';
import { type Editor, editorOf, ingestMutation, sampleArticle } from './support/articles.js';
import { providers } from './support/databases.js';

describe.each(providers)('concurrent ingests on %s', (provider) => {
  let api: TestApi;
  let editor: Editor;
  let secondDatabase: Database;
  let secondServer: ReturnType<typeof createApp>;

  /** Sends the ingest to the test API or to the second server, alternately. */
  const ingestOn = async (n: number, input: Record<string, unknown>) => {
    if (n % 2 === 0) return editor.ingest(input);
    const response = await secondServer.fetch('http://khabar.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editor.key}` },
      body: JSON.stringify({ query: ingestMutation, variables: { input } }),
    });
    return { status: response.status, body: await response.json() };
  };

  beforeAll(async () => {
    api = await startTestApi(provider);
    editor = await editorOf(api);
    secondDatabase = await openDatabase(api.testDatabase.target);
    secondServer = createApp(secondDatabase.prisma);
  });
  afterAll(async () => {
    await secondDatabase?.close();
    await api?.close();
  });

  it('stores all of 10 articles naming the same new person at once, sharing them', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        ingestOn(n, { text: sampleArticle(`التصريح المتزامن رقم ${n}`) }),
      ),
    );
    for (const { body } of results) expect(body.errors).toBeUndefined();
    expect(results.map((r) => r.body.data.ingestArticle.status)).toEqual(Array(10).fill('CREATED'));
    const novak = await api.database.prisma.person.findMany({
      where: { nameAr: 'ألكسندر نوفاك' },
      select: { slug: true },
    });
    expect(novak).toHaveLength(1);
    for (const { body } of results)
      expect(body.data.ingestArticle.article.people.map((p: { slug: string }) => p.slug)).toEqual([
        'sergey-lavrov',
        novak[0]!.slug,
      ]);
    // The call both name is one event, reported by all ten.
    const calls = await api.database.prisma.event.findMany({
      where: { kind: 'CALL', occurredOn: new Date('2023-03-10T00:00:00Z') },
      select: { _count: { select: { reports: true, participants: true } } },
    });
    expect(calls).toEqual([{ _count: { reports: 10, participants: 1 } }]);
  });

  it('stores one organization for 10 articles at once quoting the same unknown one', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        ingestOn(n, {
          text:
            `أعلنت هيئة الرقابة النووية الأوزبكية في 10 مارس 2023 أن المحطة رقم ${n} ` +
            'ستعمل قريبا.\n\nوقال مسؤول روسي إن التعاون مستمر.',
        }),
      ),
    );
    for (const { body } of results) expect(body.errors).toBeUndefined();
    expect(results.map((r) => r.body.data.ingestArticle.status)).toEqual(Array(10).fill('CREATED'));
    const regulators = await api.database.prisma.organization.findMany({
      where: { nameAr: 'هيئة الرقابة النووية الأوزبكية' },
    });
    expect(regulators).toHaveLength(1);
    // Each article's unnamed official is its own.
    expect(
      await api.database.prisma.person.count({ where: { named: false, nameAr: 'مسؤول روسي' } }),
    ).toBe(10);
  });

  it('gives 1 CREATED and 9 UNCHANGED for 10 identical ingests at once', async () => {
    const text = sampleArticle('نص أرسل عشر مرات في لحظة واحدة');
    const before = await api.database.prisma.article.count();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        ingestOn(n, { text, url: n < 5 ? 'https://race.example/news/1' : null }),
      ),
    );
    for (const { body } of results) expect(body.errors).toBeUndefined();
    const statuses = results.map((r) => r.body.data.ingestArticle.status as string);
    expect(statuses.filter((s) => s === 'CREATED')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'UNCHANGED')).toHaveLength(9);
    expect(new Set(results.map((r) => r.body.data.ingestArticle.article.id)).size).toBe(1);
    expect(await api.database.prisma.article.count()).toBe(before + 1);
  });

  it('stores 10 changed texts for one URL at once as one article, updated 9 times', async () => {
    const url = 'https://race.example/news/2';
    const before = await api.database.prisma.article.count();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        ingestOn(n, { text: sampleArticle(`هذه هي النسخة رقم ${n} من التصريح`), url }),
      ),
    );
    for (const { body } of results) expect(body.errors).toBeUndefined();
    const statuses = results.map((r) => r.body.data.ingestArticle.status as string);
    expect(statuses.filter((s) => s === 'CREATED')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'UPDATED')).toHaveLength(9);
    expect(await api.database.prisma.article.count()).toBe(before + 1);
    // The article holds exactly one version's facts, not a mix.
    const article = await api.database.prisma.article.findUniqueOrThrow({
      where: { url },
      select: { id: true, blocks: { select: { text: true } } },
    });
    const statements = await api.database.prisma.statement.findMany({
      where: { articleId: article.id, direct: true },
      select: { text: true },
    });
    expect(statements).toHaveLength(1);
    expect(article.blocks.some((b) => b.text.includes(`"${statements[0]!.text}"`))).toBe(true);
  });
});
