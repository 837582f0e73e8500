// The three doors of extraction: Mutation.ingestArticle (with API keys), npm run ingest,
// and npm run apikey. Real server code, real database, real processes for the CLIs.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../server/db/apiKeyStore.js';
import { repoRoot } from '../server/db/provider.js';
import { maxTextLength } from '../server/ingest/pipeline.js';
import { startTestApi, type TestApi } from './support/api.js';
import { createTestDatabase, providers, type TestDatabase } from './support/databases.js';

const run = promisify(execFile);

const tradeSentence =
  'وأعلن نائب وزير الطاقة الروسي بافيل سوروكين أن حجم التبادل التجاري بين روسيا وتركيا ' +
  'بلغ 62 مليار دولار في عام 2022.';

const article = (quote: string) => `روسيا وتركيا تبحثان التعاون الاقتصادي
14-3-2023 | 11:40

موسكو - سبوتنيك. قال وزير الخارجية الروسي سيرغي لافروف إن "${quote}".

وكان لافروف قد أجرى في 10 مارس اتصالاً هاتفياً مع نظيره التركي.

${tradeSentence}

وأكد سوروكين أن البلدين يعملان على زيادة الاستثمارات المشتركة في قطاع الطاقة خلال العام الجاري.`;

const ingestMutation = `mutation($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    status warnings
    article {
      slug title publishedAt provenance
      events { kind occurredOn participants { ... on Person { slug } } }
      people { slug name provenance }
      statements { text direct speaker { ... on Person { slug name } } provenance confidence }
      tradeFigures {
        amount currency year status kind partners { iso2 } source { ... on Person { name } }
      }
    }
  }
}`;

const tables = [
  'article',
  'articleBlock',
  'person',
  'organization',
  'alias',
  'role',
  'mention',
  'statement',
  'tradeFigure',
  'tradeFigurePartner',
] as const;

describe.each(providers)('Mutation.ingestArticle on %s', (provider) => {
  let api: TestApi;
  let editor: string;
  let reader: string;
  const rowCounts = async () => {
    const counts: Record<string, number> = {};
    for (const table of tables)
      counts[table] = await (
        api.database.prisma[table] as unknown as { count(): Promise<number> }
      ).count();
    return counts;
  };
  const ingest = (input: Record<string, unknown>, key?: string) =>
    api.query(ingestMutation, { input }, key ? { authorization: `Bearer ${key}` } : {});

  beforeAll(async () => {
    api = await startTestApi(provider);
    editor = (await createApiKey(api.database.prisma, 'test editor', 'EDITOR')).key;
    reader = (await createApiKey(api.database.prisma, 'test reader', 'READER')).key;
  });
  afterAll(async () => {
    await api?.close();
  });

  it('missing or wrong key: UNAUTHENTICATED, reader key: FORBIDDEN, nothing written', async () => {
    const before = await rowCounts();
    const missing = await ingest({ text: article('نحن مستعدون للحوار') });
    expect(missing.status).toBe(401);
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await ingest({ text: article('نحن مستعدون للحوار') }, 'khb_not-a-real-key');
    expect(wrong.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const readOnly = await ingest({ text: article('نحن مستعدون للحوار') }, reader);
    expect(readOnly.status).toBe(403);
    expect(readOnly.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await rowCounts()).toEqual(before);
  });

  it('stores the article with its extracted facts, a new person among them', async () => {
    const { body } = await ingest(
      {
        text: article('العلاقات الثنائية تتطور بشكل جيد'),
        url: 'https://example.com/news/russia-turkey-economy',
      },
      editor,
    );
    expect(body.errors).toBeUndefined();
    const payload = body.data.ingestArticle;
    expect(payload.status).toBe('CREATED');
    expect(payload.article).toMatchObject({
      slug: 'russia-turkey-economy',
      publishedAt: '2023-03-14',
      provenance: 'EXTRACTED',
    });
    expect(payload.article.people.map((p: { name: string }) => p.name)).toEqual([
      'سيرغي لافروف',
      'بافيل سوروكين',
    ]);
    expect(payload.article.people[1].provenance).toBe('EXTRACTED');
    expect(payload.article.statements[0]).toMatchObject({
      text: 'العلاقات الثنائية تتطور بشكل جيد',
      direct: true,
      speaker: { slug: 'sergey-lavrov' },
      provenance: 'EXTRACTED',
    });
    expect(
      payload.article.statements
        .filter((s: { direct: boolean }) => !s.direct)
        .map((s: { speaker: { name: string } }) => s.speaker.name),
    ).toEqual(['بافيل سوروكين', 'بافيل سوروكين']);
    expect(payload.article.events).toEqual([
      { kind: 'CALL', occurredOn: '2023-03-10', participants: [{ slug: 'sergey-lavrov' }] },
    ]);
    expect(payload.article.tradeFigures).toEqual([
      {
        amount: '62000000000',
        currency: 'USD',
        year: 2022,
        status: 'ACTUAL',
        kind: 'TRADE_VOLUME',
        partners: [{ iso2: 'RU' }, { iso2: 'TR' }],
        source: { name: 'بافيل سوروكين' },
      },
    ]);
  });

  it('changes nothing when the same text comes again', async () => {
    const before = await rowCounts();
    const { body } = await ingest(
      {
        text: article('العلاقات الثنائية تتطور بشكل جيد'),
        url: 'https://example.com/news/russia-turkey-economy',
      },
      editor,
    );
    expect(body.data.ingestArticle.status).toBe('UNCHANGED');
    expect(await rowCounts()).toEqual(before);
  });

  it("a changed text replaces only the article's machine facts; curated facts stay", async () => {
    const before = await rowCounts();
    const curatedBefore = await api.database.prisma.statement.count({
      where: { provenance: 'CURATED' },
    });
    const { body } = await ingest(
      {
        text: article('الحوار سيستمر بلا توقف'),
        url: 'https://example.com/news/russia-turkey-economy',
      },
      editor,
    );
    expect(body.data.ingestArticle.status).toBe('UPDATED');
    expect(body.data.ingestArticle.article.statements[0].text).toBe('الحوار سيستمر بلا توقف');
    // one statement replaced by one, the known new person reused
    expect(await rowCounts()).toEqual(before);
    expect(await api.database.prisma.statement.count({ where: { provenance: 'CURATED' } })).toBe(
      curatedBefore,
    );
    expect(
      await api.database.prisma.statement.count({
        where: { text: 'العلاقات الثنائية تتطور بشكل جيد' },
      }),
    ).toBe(0);
  });

  it.each([
    { name: 'empty text', text: '   ', message: /empty/ },
    {
      name: 'text with no Arabic',
      text: 'Lavrov met Bayramov in Moscow on 23 December 2022.',
      message: /no Arabic/,
    },
    { name: 'binary data', text: `\u0000\u0001PK\u0003\u0004${'ب'.repeat(30)}`, message: /binary/ },
    {
      name: 'text over the size limit',
      text: 'ب'.repeat(maxTextLength + 1),
      message: /limit is 200000/,
    },
  ])('refuses $name with a clear error and writes nothing', async ({ text, message }) => {
    const before = await rowCounts();
    const { body, status } = await ingest({ text }, editor);
    expect(status).toBe(200);
    expect(body.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(message),
    });
    expect(await rowCounts()).toEqual(before);
  });

  it('stores a real article with no date in text or URL: publishedAt null, a warning', async () => {
    // corpus/articles/al-jareeda-com_01: a published page whose text and URL name no day.
    const text = readFileSync(path.join(repoRoot, 'corpus/articles/al-jareeda-com_01.txt'), 'utf8');
    const { body } = await ingest({ text, url: 'https://al-jareeda.com/archives/786963' }, editor);
    expect(body.errors).toBeUndefined();
    expect(body.data.ingestArticle.status).toBe('CREATED');
    expect(body.data.ingestArticle.article.publishedAt).toBeNull();
    expect(body.data.ingestArticle.warnings).toContainEqual(
      expect.stringMatching(/no publication date: neither the text nor the URL/),
    );
    expect(body.data.ingestArticle.article.statements.length).toBeGreaterThan(0);
  });

  it('stores speakers given only by description: unnamed person, new organization', async () => {
    const speakers = `mutation($input: IngestArticleInput!) {
      ingestArticle(input: $input) {
        article { id people { name } statements {
          text speaker { __typename ... on Person { slug name named roles { title(language: AR) } }
            ... on Organization { slug name kind } }
        } }
      }
    }`;
    const send = (text: string, url: string) =>
      api.query(speakers, { input: { text, url } }, { authorization: `Bearer ${editor}` });
    const first = await send(
      'أكد مسؤول روسي في 12 مايو 2024 أن بلاده ملتزمة بالاتفاق النفطي.\n\n' +
        'وأعلنت وزارة الخزانة الأمريكية أن العقوبات الجديدة تدخل حيز التنفيذ قريبا.',
      'https://example.com/news/unnamed-speakers-1',
    );
    expect(first.body.errors).toBeUndefined();
    const article = first.body.data.ingestArticle.article;
    expect(article.people).toEqual([]);
    expect(article.statements.map((s: { speaker: unknown }) => s.speaker)).toEqual([
      {
        __typename: 'Person',
        slug: expect.stringMatching(/^unnamed-/),
        name: 'مسؤول روسي',
        named: false,
        roles: [{ title: 'مسؤول روسي' }],
      },
      {
        __typename: 'Organization',
        slug: expect.any(String),
        name: 'وزارة الخزانة الأمريكية',
        kind: 'MINISTRY',
      },
    ]);
    // Never listed or searched as a person; the organization is learned and shared.
    const people = await api.query('{ people(filter: { name: "مسؤول" }) { totalCount } }');
    expect(people.body.data.people.totalCount).toBe(0);
    const second = await send(
      'قالت وزارة الخزانة الأمريكية في 13 مايو 2024 إن القائمة تضم عشر شركات روسية.',
      'https://example.com/news/unnamed-speakers-2',
    );
    const organization = article.statements[1].speaker;
    expect(second.body.data.ingestArticle.article.statements[0].speaker).toEqual(organization);
    // A changed text under the first URL replaces its unnamed speaker, leaving no orphan.
    const unnamedCount = () => api.database.prisma.person.count({ where: { named: false } });
    const before = await unnamedCount();
    const updated = await send(
      'أكد مصدر دبلوماسي في 14 مايو 2024 أن المحادثات ستستأنف الأسبوع المقبل.',
      'https://example.com/news/unnamed-speakers-1',
    );
    expect(updated.body.data.ingestArticle.article.statements[0].speaker.name).toBe(
      'مصدر دبلوماسي',
    );
    expect(await unnamedCount()).toBe(before);
    // Deleting the first article takes its unnamed person along; the organization still speaks.
    const removed = await api.query(
      'mutation($id: ID!) { deleteArticle(id: $id) { deletedPeople deletedOrganizations } }',
      { id: article.id },
      { authorization: `Bearer ${editor}` },
    );
    expect(removed.body.data.deleteArticle).toEqual({ deletedPeople: 1, deletedOrganizations: 0 });
  });

  it('a changed text under its URL takes along what only the old text named', async () => {
    const url = 'https://example.com/news/replaced-speakers';
    const count = () =>
      Promise.all([
        api.database.prisma.organization.count({
          where: { nameAr: 'هيئة الرقابة المالية الأوزبكية' },
        }),
        api.database.prisma.person.count({ where: { nameAr: 'مصدر في بنك طشقند', named: false } }),
      ]);
    const first = await ingest(
      {
        text:
          'وقالت هيئة الرقابة المالية الأوزبكية في 3 يونيو 2024 إن المصارف مستقرة.\n\n' +
          'وقال مصدر في بنك طشقند إن القروض الروسية ستصل قريبا.',
        url,
      },
      editor,
    );
    expect(first.body.data.ingestArticle.status).toBe('CREATED');
    expect(await count()).toEqual([1, 1]);
    const second = await ingest(
      { text: 'قال لافروف في 4 يونيو 2024 إن المحادثات مع طشقند كانت مفيدة.', url },
      editor,
    );
    expect(second.body.data.ingestArticle.status).toBe('UPDATED');
    expect(await count()).toEqual([0, 0]);
  });

  it('reads the headline: its quote, person and figure, spans at block index -1', async () => {
    const headlineQuery = `mutation($input: IngestArticleInput!) {
      ingestArticle(input: $input) {
        article {
          title
          blocks { text }
          statements {
            text direct speaker { ... on Person { slug } } span { blockIndex start end }
          }
          tradeFigures { amount currency span { blockIndex start end } }
          mentions { text span { blockIndex } }
        }
      }
    }`;
    const title = 'لافروف: «التجارة مع أنقرة بلغت 62 مليار دولار»';
    const { body } = await api.query(
      headlineQuery,
      {
        input: {
          text: `${title}\n\nوقال لافروف في 14 مارس 2023 إن البلدين يعملان على زيادة الاستثمارات.`,
        },
      },
      { authorization: `Bearer ${editor}` },
    );
    expect(body.errors).toBeUndefined();
    const stored = body.data.ingestArticle.article;
    expect(stored.title).toBe(title);
    expect(stored.blocks.map((b: { text: string }) => b.text).join('\n')).not.toContain('«');
    const quote = stored.statements.find((s: { direct: boolean }) => s.direct);
    expect(quote).toMatchObject({
      text: 'التجارة مع أنقرة بلغت 62 مليار دولار',
      speaker: { slug: 'sergey-lavrov' },
      span: { blockIndex: -1 },
    });
    expect(title.slice(quote.span.start, quote.span.end)).toBe(quote.text);
    expect(stored.tradeFigures).toHaveLength(1);
    expect(stored.tradeFigures[0]).toMatchObject({ amount: '62000000000', currency: 'USD' });
    const figureSpan = stored.tradeFigures[0].span;
    expect(figureSpan.blockIndex).toBe(-1);
    expect(title.slice(figureSpan.start, figureSpan.end)).toBe('62 مليار دولار');
    expect(stored.mentions).toContainEqual({ text: 'لافروف', span: { blockIndex: -1 } });
  });

  it('takes the date from the URL when the text has none', async () => {
    const { body } = await ingest(
      {
        text: 'قال لافروف إن "المفاوضات كانت مثمرة". وأكد أن الجانبين اتفقا على مواصلة الحوار.',
        url: 'https://example.com/politics/2021/11/19/lavrov-talks',
      },
      editor,
    );
    expect(body.data.ingestArticle.article.publishedAt).toBe('2021-11-19');
    expect(body.data.ingestArticle.warnings).toContainEqual(
      expect.stringMatching(/2021-11-19 was taken from the URL/),
    );
  });

  it('takes the date from publishedAt when the text has none', async () => {
    const { body } = await ingest(
      {
        text: 'قال لافروف إن "المحادثات كانت بناءة". وأكد أن الجانبين اتفقا على مواصلة الحوار.',
        publishedAt: '2024-05-01',
      },
      editor,
    );
    expect(body.data.ingestArticle.article.publishedAt).toBe('2024-05-01');
  });
});

describe('npm run ingest and npm run apikey', () => {
  let database: TestDatabase;
  let dir: string;
  const env = () => ({ ...process.env, DATABASE_URL: database.url });
  const cli = (script: string, args: string[]) =>
    run(process.execPath, ['--import', 'tsx', `server/cli/${script}.ts`, ...args], {
      cwd: repoRoot,
      env: env(),
    }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (failure: { code: number; stdout: string; stderr: string }) => ({
        code: failure.code,
        stdout: failure.stdout + failure.stderr,
      }),
    );

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    dir = mkdtempSync(path.join(tmpdir(), 'khabar-ingest-'));
    writeFileSync(path.join(dir, 'a_good.txt'), article('التعاون مستمر'));
    writeFileSync(path.join(dir, 'b_no_arabic.txt'), 'Nothing to extract here.');
    expect((await cli('seed', [])).code).toBe(0); // the gazetteer that extraction reads
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await database.drop();
  });

  it('prints a table per article and exits non-zero when one failed', async () => {
    const { code, stdout } = await cli('ingest', [dir]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/file\s+status\s+people\s+statements\s+figures\s+slug\s+notes/);
    expect(stdout).toMatch(/a_good\.txt\s+created\s+2\s+3\s+1/);
    expect(stdout).toMatch(/b_no_arabic\.txt\s+FAILED .*no Arabic/);
    expect(stdout).toContain('2 article(s): 1 created, 1 failed');
    const again = await cli('ingest', [path.join(dir, 'a_good.txt')]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/a_good\.txt\s+unchanged\s+2\s+3\s+1\s+a-good/);
    expect(again.stdout).toContain('1 article(s): 1 unchanged');
  });

  it('creates a key shown once on the last line, lists it, and revokes it', async () => {
    const created = await cli('apikey', ['create', '--scope', 'editor', '--name', 'newsroom']);
    expect(created.code).toBe(0);
    const key = created.stdout.trim().split('\n').at(-1)!;
    expect(key).toMatch(/^khb_[A-Za-z0-9_-]{32}$/);
    const listed = await cli('apikey', ['list']);
    expect(listed.stdout).toMatch(
      new RegExp(`#1\\t${key.slice(0, 10)}…\\teditor\\tactive\\tnewsroom`),
    );
    expect(listed.stdout).not.toContain(key);
    expect((await cli('apikey', ['revoke', '1'])).stdout).toContain('revoked 1 key(s)');
    expect((await cli('apikey', ['list'])).stdout).toMatch(/#1\t.*\teditor\trevoked /);
    expect((await cli('apikey', ['create', '--scope', 'admin', '--name', 'x'])).stdout).toContain(
      '--scope must be editor or reader',
    );
  });
});
