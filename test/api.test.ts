// The API contract over the seed articles, on SQLite and on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/api.js';
import { providers } from './support/databases.js';

const speakerFields = `speaker {
  __typename
  ... on Person { slug name(language: EN) }
  ... on Organization { slug name(language: EN) }
}`;

describe.each(providers)('GraphQL API on %s', (provider) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(provider);
  });
  afterAll(async () => {
    await api?.close();
  });

  it('lists both seed articles with titles, languages and dates, newest first', async () => {
    const { body } = await api.query(`{
      articles(first: 10) {
        totalCount
        pageInfo { hasNextPage }
        nodes {
          id slug title titleDerived language publishedAt source photoCredit publisher
          blocks { kind text }
        }
      }
    }`);
    expect(body.errors).toBeUndefined();
    const { totalCount, nodes } = body.data.articles;
    expect(totalCount).toBe(2);
    expect(nodes.map((a: { publishedAt: string }) => a.publishedAt)).toEqual([
      '2022-12-23',
      '2021-11-02',
    ]);
    const [talks, call] = nodes;
    expect(talks.title).toBe('لافروف يجري محادثات مع وزير الخارجية الأذربيجاني في موسكو');
    expect(talks.titleDerived).toBe(false);
    expect(call.titleDerived).toBe(true);
    expect(call.title).toContain('سيرغي لافروف');
    for (const article of nodes) {
      expect(article.language).toBe('AR');
      expect(article.source).toBe('تاس');
      expect(article.photoCredit).toBe('وزارة الخارجية الروسية');
      expect(article.publisher).toMatch(/^مجموعة الرؤية الاستراتيجية/);
    }
    expect(
      talks.blocks
        .filter((b: { kind: string }) => b.kind === 'HEADING')
        .map((b: { text: string }) => b.text),
    ).toEqual(['الوضع في ممر لاتشين', 'على الطريق نحو معاهدة سلام', 'جدول الأعمال الثنائي']);
    // The footer and the title are not part of the body.
    expect(talks.blocks.some((b: { text: string }) => b.text.startsWith('المصدر'))).toBe(false);
  });

  it('has the ten people of the seed articles with their English names', async () => {
    const { body } = await api.query(
      `{ people(first: 100) { totalCount }
         articles(first: 10) { nodes { people { slug name(language: EN) names { ar en ru } } } } }`,
    );
    // The curated officials (seeds/officials.json) are people too; these are the articles'.
    const names = body.data.articles.nodes.flatMap((a: { people: { name: string }[] }) =>
      a.people.map((p) => p.name),
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'Sergey Lavrov',
        'Jeyhun Bayramov',
        'Ilham Aliyev',
        'Recep Tayyip Erdoğan',
        'David Zalkaliani',
        'Nikol Pashinyan',
        'Dmitry Peskov',
        'Maria Zakharova',
        'Vladimir Putin',
        'Denis Gonchar',
      ]),
    );
    expect(body.data.people.totalCount).toBeGreaterThanOrEqual(10);
  });

  it('has the nine direct quotes, each with its speaker', async () => {
    const { body } = await api.query(`{
      statements(first: 100, filter: { direct: true }) {
        totalCount
        nodes { text direct saidOn article { slug } ${speakerFields} }
      }
    }`);
    expect(body.errors).toBeUndefined();
    const quotes = body.data.statements.nodes as {
      text: string;
      direct: boolean;
      speaker: { __typename: string; slug: string };
    }[];
    expect(quotes.length).toBeGreaterThanOrEqual(9);
    expect(quotes.every((q) => q.direct)).toBe(true);
    const speakerOf = (start: string) => quotes.find((q) => q.text.startsWith(start))?.speaker;
    expect(speakerOf('استعادة خط نقل كامل')).toMatchObject({
      __typename: 'Person',
      slug: 'maria-zakharova',
      name: 'Maria Zakharova',
    });
    expect(speakerOf('تم ضبط الساعات')).toMatchObject({
      __typename: 'Organization',
      slug: 'mfa-russia',
    });
    expect(speakerOf('أهمية مواصلة الجهود')).toMatchObject({ slug: 'sergey-lavrov' });
    expect(speakerOf('الوزيرن أعربا')).toMatchObject({ slug: 'mfa-russia' });
    expect(speakerOf('بتاريخ 2 نوفمبر')).toMatchObject({ slug: 'mfa-azerbaijan' });
    expect(speakerOf('شدّدا على أهمية')).toMatchObject({ slug: 'mfa-azerbaijan' });
    expect(speakerOf('الجانب الروسي يعمل')).toMatchObject({ slug: 'sergey-lavrov' });
    expect(speakerOf('مستعدة لتوقيع اتفاق')).toMatchObject({ slug: 'nikol-pashinyan' });
    expect(speakerOf('للمساهمة بكل الطرق')).toMatchObject({ slug: 'sergey-lavrov' });
  });

  it('has Russia–Azerbaijan trade figures: exact amounts, years, statuses, source', async () => {
    const { body } = await api.query(`{
      tradeFigures(first: 10, filter: { partners: ["RU", "AZ"], kind: TRADE_VOLUME }) {
        totalCount
        nodes {
          kind amount currency year status text
          partners { iso2 name(language: EN) }
          source { ... on Person { slug name(language: EN) } }
          article { slug }
        }
      }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.tradeFigures.nodes).toEqual([
      expect.objectContaining({
        amount: '3400000000',
        currency: 'USD',
        year: 2021,
        status: 'ACTUAL',
        text: '3.4 مليار دولار',
      }),
      expect.objectContaining({
        amount: '4000000000',
        currency: 'USD',
        year: 2022,
        status: 'FORECAST',
        text: '4 مليارات دولار',
      }),
    ]);
    for (const figure of body.data.tradeFigures.nodes) {
      expect(figure.partners.map((p: { iso2: string }) => p.iso2).sort()).toEqual(['AZ', 'RU']);
      expect(figure.source).toEqual({ slug: 'denis-gonchar', name: 'Denis Gonchar' });
    }
    const forecasts = await api.query(
      `{
        tradeFigures(first: 10, filter: { status: FORECAST, yearFrom: 2022 }) { nodes { year } }
      }`,
    );
    expect(forecasts.body.data.tradeFigures.nodes).toEqual([{ year: 2022 }]);
  });

  it('filters articles by person, place, language and dates', async () => {
    const slugs = async (filter: string) =>
      (
        await api.query(`{ articles(first: 10, filter: ${filter}) { nodes { slug } } }`)
      ).body.data.articles.nodes.map((a: { slug: string }) => a.slug);
    expect(await slugs('{ person: "maria-zakharova" }')).toEqual([
      '2022-12-23-lavrov-bayramov-talks-moscow',
    ]);
    expect(await slugs('{ person: "sergey-lavrov" }')).toHaveLength(2);
    expect(await slugs('{ place: "tbilisi" }')).toEqual(['2021-11-02-lavrov-bayramov-phone-call']);
    expect(await slugs('{ language: AR, publishedFrom: "2022-01-01" }')).toEqual([
      '2022-12-23-lavrov-bayramov-talks-moscow',
    ]);
    expect(await slugs('{ publishedTo: "2021-12-31" }')).toEqual([
      '2021-11-02-lavrov-bayramov-phone-call',
    ]);
    expect(await slugs('{ language: RU }')).toEqual([]);
  });

  it('finds people by any name or alias, in any language, ignoring spelling variants', async () => {
    const slugs = async (filter: string) =>
      (
        await api.query(`{ people(first: 10, filter: ${filter}) { nodes { slug } } }`)
      ).body.data.people.nodes.map((p: { slug: string }) => p.slug);
    expect(await slugs('{ name: "lavrov" }')).toEqual(['sergey-lavrov']);
    expect(await slugs('{ name: "سيرجي لافروف" }')).toEqual(['sergey-lavrov']);
    expect(await slugs('{ name: "لافروف" }')).toEqual(['sergey-lavrov']);
    expect(await slugs('{ name: "Захарова" }')).toEqual(['maria-zakharova']);
    // أردوغان without hamza
    expect(await slugs('{ name: "اردوغان" }')).toEqual(['recep-tayyip-erdogan']);
    const armenians = await slugs('{ country: "AM" }');
    expect(armenians).toContain('nikol-pashinyan');
    expect(armenians).not.toContain('sergey-lavrov');
  });

  it('serves a person with roles, statements and articles, and pages with cursors', async () => {
    const { body } = await api.query(`{
      person(slug: "sergey-lavrov") {
        id slug name nameEn: name(language: EN) aliases
        roles {
          title titleAr: title(language: AR) organization { slug } country { iso2 }
          startedOn endedOn
        }
        statements(first: 1) { totalCount pageInfo { hasNextPage endCursor } nodes { text saidOn } }
        articles(first: 5) { totalCount nodes { slug } }
      }
    }`);
    expect(body.errors).toBeUndefined();
    const lavrov = body.data.person;
    expect(lavrov.name).toBe('سيرغي لافروف');
    expect(lavrov.nameEn).toBe('Sergey Lavrov');
    expect(lavrov.aliases).toContain('لافروف');
    expect(lavrov.roles[0]).toMatchObject({
      organization: { slug: 'mfa-russia' },
      country: { iso2: 'RU' },
    });
    expect(lavrov.statements.totalCount).toBe(3);
    expect(lavrov.statements.pageInfo.hasNextPage).toBe(true);
    expect(lavrov.articles.totalCount).toBe(2);

    const next = await api.query(
      `query($after: String) {
        person(slug: "sergey-lavrov") {
          statements(first: 5, after: $after) { nodes { text } pageInfo { hasNextPage } }
        }
      }`,
      {
        after: lavrov.statements.pageInfo.endCursor,
      },
    );
    const rest = next.body.data.person.statements.nodes.map((s: { text: string }) => s.text);
    expect(rest).toHaveLength(2);
    expect(rest).not.toContain(lavrov.statements.nodes[0].text);
    expect(next.body.data.person.statements.pageInfo.hasNextPage).toBe(false);
  });

  it('resolves opaque global IDs through node, nodes and article(id)', async () => {
    const listed = await api.query(
      `{ articles(first: 1) { nodes { id slug } } person(slug: "maria-zakharova") { id } }`,
    );
    const article = listed.body.data.articles.nodes[0];
    const personId = listed.body.data.person.id;
    expect(article.id).not.toContain('Article'); // opaque
    const { body } = await api.query(
      `query($ids: [ID!]!, $id: ID!) {
      nodes(ids: $ids) { __typename id ... on Person { slug } ... on Article { slug } }
      node(id: $id) { ... on Article { slug } }
      article(id: $id) { slug }
    }`,
      { ids: [personId, article.id], id: article.id },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.nodes).toEqual([
      { __typename: 'Person', id: personId, slug: 'maria-zakharova' },
      { __typename: 'Article', id: article.id, slug: article.slug },
    ]);
    expect(body.data.node.slug).toBe(article.slug);
    expect(body.data.article.slug).toBe(article.slug);
  });

  it('filters statements by speaker, article, kind and date', async () => {
    const count = async (filter: string) =>
      (await api.query(`{ statements(first: 100, filter: ${filter}) { totalCount } }`)).body.data
        .statements.totalCount;
    expect(await count('{ speaker: "mfa-russia" }')).toBe(2);
    expect(await count('{ speaker: "sergey-lavrov", saidFrom: "2022-01-01" }')).toBe(1);
    expect(
      await count('{ article: "2022-12-23-lavrov-bayramov-talks-moscow", direct: true }'),
    ).toBe(3);
    // Zalkaliani, 8 Oct 2021
    expect(await count('{ direct: false, saidFrom: "2021-10-01", saidTo: "2021-10-31" }')).toBe(1);
  });

  it('reports the seed articles’ events', async () => {
    const { body } = await api.query(`{ article(slug: "2021-11-02-lavrov-bayramov-phone-call") {
      events { slug kind occurredOn title participants { ... on Person { slug } } }
    } }`);
    const call = body.data.article.events.find(
      (e: { kind: string; occurredOn: string }) =>
        e.kind === 'CALL' && e.occurredOn === '2021-11-02',
    );
    expect(call.participants.map((p: { slug: string }) => p.slug).sort()).toEqual([
      'jeyhun-bayramov',
      'sergey-lavrov',
    ]);
  });
});
