// Mutation.deleteArticle and npm run article -- delete: an article goes with its facts and
// the machine-made people and events only it referred to; people other articles mention,
// and curated entities, stay. On SQLite and PostgreSQL.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../server/db/apiKeyStore.js';
import { repoRoot } from '../server/db/provider.js';
import { encodeGlobalId } from '../server/schema/globalId.js';
import { startTestApi, type TestApi } from './support/api.js';
import { type Editor, editorOf, sampleArticle } from './support/articles.js';
import { providers } from './support/databases.js';

const run = promisify(execFile);

/** An article whose only new person is Trutnev, with a call on a day no other article has. */
const trutnevArticle = (quote: string) => `تروتنيف يزور أنقرة
20-4-2023 | 10:00

أنقرة - سبوتنيك. قال نائب رئيس الوزراء الروسي يوري تروتنيف إن "${quote}".

وكان تروتنيف قد أجرى في 18 أبريل اتصالاً هاتفياً مع وزير الخارجية الروسي سيرغي لافروف.`;

const deleteMutation = `mutation($id: ID!) {
  deleteArticle(id: $id) { deletedArticleId slug deletedPeople deletedOrganizations deletedEvents }
}`;

describe.each(providers)('deleting articles on %s', (provider) => {
  let api: TestApi;
  let editor: Editor;
  const prisma = () => api.database.prisma;
  const ingest = async (text: string, url?: string) => {
    const { body } = await editor.ingest({ text, url });
    expect(body.errors).toBeUndefined();
    return body.data.ingestArticle.article as { id: string; slug: string };
  };
  const remove = (id: string, key = editor.key) =>
    api.query(deleteMutation, { id }, { authorization: `Bearer ${key}` });
  const person = (nameAr: string) =>
    prisma().person.findFirst({ where: { nameAr }, select: { id: true, provenance: true } });
  const rowsOf = async (articleId: number) => ({
    blocks: await prisma().articleBlock.count({ where: { articleId } }),
    mentions: await prisma().mention.count({ where: { articleId } }),
    statements: await prisma().statement.count({ where: { articleId } }),
    figures: await prisma().tradeFigure.count({ where: { articleId } }),
    reports: await prisma().eventReport.count({ where: { articleId } }),
  });
  const idOf = (globalId: string) =>
    Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

  beforeAll(async () => {
    api = await startTestApi(provider);
    editor = await editorOf(api);
  });
  afterAll(async () => {
    await api?.close();
  });

  it('refuses a missing key (UNAUTHENTICATED) and a reader key (FORBIDDEN)', async () => {
    const article = await ingest(sampleArticle('مقال لا يحذفه القارئ'));
    const missing = await api.query(deleteMutation, { id: article.id });
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const reader = (await createApiKey(prisma(), 'reader', 'READER')).key;
    const forbidden = await remove(article.id, reader);
    expect(forbidden.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await prisma().article.count({ where: { id: idOf(article.id) } })).toBe(1);
  });

  it('removes the article, its facts, and the new person and event only it had', async () => {
    const kept = await ingest(sampleArticle('مقال يبقى بعد الحذف'));
    const doomed = await ingest(trutnevArticle('الزيارة كانت مثمرة للغاية'));
    const trutnev = await person('يوري تروتنيف');
    expect(trutnev?.provenance).toBe('EXTRACTED');
    const lavrov = await prisma().person.findUniqueOrThrow({ where: { slug: 'sergey-lavrov' } });
    const novak = await person('ألكسندر نوفاك');
    const before = await rowsOf(idOf(doomed.id));
    expect(before.blocks * before.mentions * before.statements * before.reports).toBeGreaterThan(0);

    const { body } = await remove(doomed.id);
    expect(body.errors).toBeUndefined();
    expect(body.data.deleteArticle).toEqual({
      deletedArticleId: doomed.id,
      slug: doomed.slug,
      deletedPeople: 1,
      deletedOrganizations: 0,
      deletedEvents: 1,
    });
    expect(await prisma().article.count({ where: { id: idOf(doomed.id) } })).toBe(0);
    expect(await rowsOf(idOf(doomed.id))).toEqual({
      blocks: 0,
      mentions: 0,
      statements: 0,
      figures: 0,
      reports: 0,
    });
    expect(await person('يوري تروتنيف')).toBeNull();
    expect(await prisma().alias.count({ where: { personId: trutnev!.id } })).toBe(0);
    expect(
      await prisma().event.count({ where: { occurredOn: new Date('2023-04-18T00:00:00Z') } }),
    ).toBe(0);
    // Curated Lavrov, and Novak whom the kept article mentions, stay.
    expect(await prisma().person.count({ where: { id: { in: [lavrov.id, novak!.id] } } })).toBe(2);
    expect(await prisma().article.count({ where: { id: idOf(kept.id) } })).toBe(1);
    const node = await api.query('query($id: ID!) { node(id: $id) { id } }', { id: doomed.id });
    expect(node.body.data.node).toBeNull();
  });

  it('keeps a new person while another article names them, then goes with the last', async () => {
    const first = await ingest(trutnevArticle('المحادثات جرت في أجواء ودية'));
    const second = await ingest(trutnevArticle('التعاون سيتعزز في العام المقبل'));
    expect((await remove(first.id)).body.data.deleteArticle.deletedPeople).toBe(0);
    expect(await person('يوري تروتنيف')).not.toBeNull();
    const last = await remove(second.id);
    expect(last.body.data.deleteArticle).toMatchObject({ deletedPeople: 1, deletedEvents: 1 });
    expect(await person('يوري تروتنيف')).toBeNull();
  });

  it('ingests a text naming a deleted person again, as a new person', async () => {
    const article = await ingest(trutnevArticle('عاد الحديث عن الزيارة مجددا'));
    const { body } = await editor.query(
      'query($id: ID!) { node(id: $id) { ... on Article { people { name provenance } } } }',
      { id: article.id },
    );
    expect(body.data.node.people).toContainEqual({ name: 'يوري تروتنيف', provenance: 'EXTRACTED' });
    expect((await remove(article.id)).body.data.deleteArticle.deletedPeople).toBe(1);
  });

  it('refuses to delete a curated seed article, deleting nothing', async () => {
    const seed = await prisma().article.findFirstOrThrow({ where: { provenance: 'CURATED' } });
    const before = await rowsOf(seed.id);
    const { body } = await remove(encodeGlobalId('Article', seed.id));
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringContaining('curated'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await rowsOf(seed.id)).toEqual(before);
  });

  it.each([
    {
      name: 'a malformed ID',
      id: 'not an id!',
      code: 'BAD_USER_INPUT',
      message: /not a global ID/,
    },
    {
      name: 'a huge ID',
      id: 'A'.repeat(1_000_000),
      code: 'BAD_USER_INPUT',
      message: /at most 100/,
    },
    {
      name: 'the ID of a person',
      id: encodeGlobalId('Person', 1),
      code: 'BAD_USER_INPUT',
      message: /not the ID of an Article/,
    },
    {
      name: 'an ID no article has',
      id: encodeGlobalId('Article', 987654),
      code: 'NOT_FOUND',
      message: /no article/,
    },
  ])('answers $name with $code, echoing nothing', async ({ id, code, message }) => {
    const { body } = await remove(id);
    expect(body.errors?.[0]?.extensions?.code).toBe(code);
    expect(body.errors?.[0]?.message).toMatch(message);
    expect(JSON.stringify(body)).not.toContain(id.slice(0, 50));
  });

  describe('npm run article -- delete', () => {
    const cli = (args: string[]) =>
      run(process.execPath, ['--import', 'tsx', 'server/cli/article.ts', ...args], {
        cwd: repoRoot,
        env: { ...process.env, DATABASE_URL: api.testDatabase.url },
      }).then(
        ({ stdout }) => ({ code: 0, output: stdout }),
        (failure: { code: number; stdout: string; stderr: string }) => ({
          code: failure.code,
          output: failure.stdout + failure.stderr,
        }),
      );

    it('deletes by slug; the server then ingests a text naming the deleted person', async () => {
      const article = await ingest(
        trutnevArticle('الحذف من سطر الأوامر'),
        'https://cli.example/news/trutnev',
      );
      expect(article.slug).toBe('trutnev');
      const { code, output } = await cli(['delete', 'trutnev']);
      expect(code).toBe(0);
      expect(output).toContain('deleted article trutnev, with 1 person(s)');
      expect(await prisma().article.count({ where: { slug: 'trutnev' } })).toBe(0);
      // The server's cached gazetteer still names the person another process deleted.
      const again = await ingest(trutnevArticle('الخادم لم يعلم بالحذف'));
      expect(again.slug).toBeTruthy();
      expect(await person('يوري تروتنيف')).not.toBeNull();
    });

    it.each([
      [['delete', 'no-such-article'], /no article has the slug no-such-article/],
      [['delete', '2021-11-02-lavrov-bayramov-phone-call'], /curated/],
      [['delete', 'Bad Slug!'], /a slug is made of/],
      [['remove', 'x'], /usage: npm run article -- delete <slug>/],
    ])('refuses %j with exit code 1', async (args, message) => {
      const { code, output } = await cli(args);
      expect(code).toBe(1);
      expect(output).toMatch(message);
    });
  });
});
