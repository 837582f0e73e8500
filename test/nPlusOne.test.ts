// Pages must cost a fixed number of SQL statements, whatever their size: the articles page,
// and the connections under a list of people.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/api.js';
import { providers } from './support/databases.js';

const articlesPage = `query($first: Int!) {
  articles(first: $first) {
    totalCount
    nodes {
      id title publishedAt
      people { slug name(language: EN) roles { title } }
      places { slug name }
      statements {
        text direct
        speaker { ... on Person { name(language: EN) } ... on Organization { name(language: EN) } }
      }
      tradeFigures { amount currency year partners { iso2 } source { ... on Person { slug } } }
      events { slug participants { ... on Person { slug } } }
    }
  }
}`;

/** The articles page of `npm run bench` (bench/workloads.ts). */
const benchArticlesPage = `query($first: Int!) {
  articles(first: $first) {
    nodes {
      id title publishedAt people { name }
      statements {
        text speaker { __typename ... on Person { name } ... on Organization { name } }
      }
      tradeFigures { amount currency year }
    }
  }
}`;

/** Copies the seed articles' facts onto `count` more articles, so that pages are full. */
async function addArticles(api: TestApi, count: number): Promise<void> {
  const prisma = api.database.prisma;
  const template = await prisma.article.findFirstOrThrow({
    include: {
      blocks: true,
      mentions: true,
      statements: true,
      tradeFigures: { include: { partners: true } },
      eventReports: true,
    },
    where: { slug: '2022-12-23-lavrov-bayramov-talks-moscow' },
  });
  for (let n = 0; n < count; n++) {
    await prisma.article.create({
      data: {
        slug: `generated-${n}`,
        title: `${template.title} ${n}`,
        language: template.language,
        publishedAt: new Date(Date.UTC(2020, 0, 1 + n)),
        contentHash: `hash-${n}`,
        provenance: 'CURATED',
        blocks: { create: template.blocks.map(({ index, kind, text }) => ({ index, kind, text })) },
        mentions: {
          create: template.mentions.map(({ id: _id, articleId: _a, ...mention }) => mention),
        },
        statements: {
          create: template.statements.map(({ id: _id, articleId: _a, ...statement }) => statement),
        },
        tradeFigures: {
          create: template.tradeFigures.map(({ id: _id, articleId: _a, partners, ...figure }) => ({
            ...figure,
            partners: { create: partners.map(({ placeId, position }) => ({ placeId, position })) },
          })),
        },
        eventReports: {
          create: template.eventReports.map(({ id: _id, articleId: _a, ...report }) => report),
        },
      },
    });
  }
}

describe.each(providers)('SQL statements per articles page on %s', (provider) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(provider);
    await addArticles(api, 60);
  });
  afterAll(async () => {
    await api?.close();
  });

  async function statementsFor(first: number): Promise<number> {
    api.statements.length = 0;
    const { body } = await api.query(articlesPage, { first });
    expect(body.errors).toBeUndefined();
    expect(body.data.articles.nodes).toHaveLength(first);
    expect(body.data.articles.nodes[0].statements.length).toBeGreaterThan(0);
    return api.statements.length;
  }

  it('does not grow with the page size (first: 5 vs first: 50)', async () => {
    const small = await statementsFor(5);
    const large = await statementsFor(50);
    expect(large).toBe(small);
    // A regression guard: 18 statements were measured for this 11-relation query (19 before
    // the mentioned entities and statements were loaded by hand, articleFacts.ts).
    expect(small).toBeLessThanOrEqual(18);
  });

  it('reads the benchmark articles page in 4 statements, whatever its size', async () => {
    for (const first of [5, 50]) {
      api.statements.length = 0;
      const { body } = await api.query(benchArticlesPage, { first });
      expect(body.errors).toBeUndefined();
      const articles = body.data.articles.nodes;
      expect(articles).toHaveLength(first);
      // The articles; mentioned people (with organizations and places); statements with
      // their speakers; trade figures.
      expect(api.statements).toHaveLength(4);
      expect(articles[0].people.length).toBeGreaterThan(0);
      expect(articles[0].statements[0].speaker.name).toEqual(expect.any(String));
    }
  });

  it('answers the hand-loaded lists as Prisma reads them', async () => {
    const { body } = await api.query(
      `query($first: Int!) {
        articles(first: $first) {
          nodes {
            title
            people { name(language: EN) }
            organizations { slug kind }
            places { name iso2 }
            statements {
              text direct saidOn provenance confidence span { blockIndex start end }
              speaker { __typename ... on Person { name } ... on Organization { name } }
            }
          }
        }
      }`,
      { first: 50 },
    );
    expect(body.errors).toBeUndefined();
    const prisma = api.database.prisma;
    const reading = [
      { blockIndex: 'asc' as const },
      { start: 'asc' as const },
      { id: 'asc' as const },
    ];
    const once = <Entity extends { id: number }>(entities: (Entity | null)[]): Entity[] => [
      ...new Map(entities.flatMap((e) => (e ? [[e.id, e] as const] : []))).values(),
    ];
    let dated = 0;
    for (const article of body.data.articles.nodes.slice(0, 10)) {
      const found = await prisma.article.findFirstOrThrow({
        where: { title: article.title },
        include: {
          mentions: {
            orderBy: reading,
            include: { person: true, organization: true, place: true },
          },
          statements: {
            orderBy: reading,
            include: { speakerPerson: true, speakerOrganization: true },
          },
        },
      });
      expect(article.people).toEqual(
        once(found.mentions.map((m) => m.person)).map((p) => ({ name: p.nameEn ?? p.nameAr })),
      );
      expect(article.organizations).toEqual(
        once(found.mentions.map((m) => m.organization)).map((o) => ({
          slug: o.slug,
          kind: o.kind,
        })),
      );
      expect(article.places).toEqual(
        once(found.mentions.map((m) => m.place)).map((p) => ({ name: p.nameAr, iso2: p.iso2 })),
      );
      expect(article.statements).toEqual(
        found.statements.map((statement) => ({
          text: statement.text,
          direct: statement.direct,
          saidOn: statement.saidOn?.toISOString().slice(0, 10) ?? null,
          provenance: statement.provenance,
          confidence: statement.confidence,
          span: { blockIndex: statement.blockIndex, start: statement.start, end: statement.end },
          speaker: statement.speakerPerson
            ? { __typename: 'Person', name: statement.speakerPerson.nameAr }
            : { __typename: 'Organization', name: statement.speakerOrganization!.nameAr },
        })),
      );
      dated += found.statements.filter((statement) => statement.saidOn).length;
    }
    expect(dated).toBeGreaterThan(0);
  });
});

const statementsBySpeaker = `query($speaker: String!) {
  statements(first: 50, filter: { speaker: $speaker }) {
    nodes {
      text
      speaker { __typename ... on Person { name } ... on Organization { name } }
    }
  }
}`;

describe.each(providers)('SQL statements per list of statements by speaker on %s', (provider) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(provider);
    await addArticles(api, 20);
  });
  afterAll(async () => {
    await api?.close();
  });

  it.each([
    ['a person', 'sergey-lavrov'],
    ['an organization', 'government-azerbaijan'],
  ])('reads the statements of %s and their speaker in 2 statements', async (_what, slug) => {
    api.statements.length = 0;
    const { body } = await api.query(statementsBySpeaker, { speaker: slug });
    expect(body.errors).toBeUndefined();
    // The speaker looked up by slug (person and organization in one), then the statements;
    // the speaker's names come from the lookup.
    expect(api.statements).toHaveLength(2);
    const prisma = api.database.prisma;
    const found = await prisma.statement.findMany({
      where: {
        OR: [{ speakerPerson: { slug } }, { speakerOrganization: { slug } }],
      },
      include: { speakerPerson: true, speakerOrganization: true },
      orderBy: [{ saidOn: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
      take: 50,
    });
    expect(found.length).toBeGreaterThan(1);
    expect(body.data.statements.nodes).toEqual(
      found.map((statement) => ({
        text: statement.text,
        speaker: statement.speakerPerson
          ? { __typename: 'Person', name: statement.speakerPerson.nameAr }
          : { __typename: 'Organization', name: statement.speakerOrganization!.nameAr },
      })),
    );
  });
});

/** Longer pages, which show the order (statements with an unknown day last). */
const longPages = `longArticles: articles(first: 5) { nodes { title } }
  longStatements: statements(first: 5) { nodes { text direct } }`;

// The generated people only: the seeds' curated officials have no articles here.
const peopleWithPages = (extra = '') => `query($first: Int!) {
  people(first: $first, filter: { name: "Generated Person" }) {
    nodes {
      slug
      ${extra}
      articles(first: 2) {
        totalCount
        nodes { title }
        pageInfo { endCursor hasNextPage }
      }
      statements(first: 1) {
        totalCount
        nodes { text }
        pageInfo { endCursor hasNextPage }
      }
    }
  }
}`;

const onePersonsPages = `query($slug: String!, $articlesAfter: String, $statementsAfter: String) {
  person(slug: $slug) {
    slug
    articles(first: 2) {
      totalCount
      nodes { title }
      pageInfo { endCursor hasNextPage }
    }
    statements(first: 1) {
      totalCount
      nodes { text }
      pageInfo { endCursor hasNextPage }
    }
    nextArticles: articles(first: 2, after: $articlesAfter) { nodes { title } }
    nextStatements: statements(first: 1, after: $statementsAfter) { nodes { text direct } }
    ${longPages}
  }
}`;

/**
 * Adds `count` people, each mentioned in a few of the generated articles (one of them twice)
 * and speaking a few statements, some with an unknown day.
 */
async function addPeople(api: TestApi, count: number): Promise<void> {
  const prisma = api.database.prisma;
  const articles = await prisma.article.findMany({
    where: { slug: { startsWith: 'generated-' } },
    orderBy: { id: 'asc' },
  });
  for (let n = 0; n < count; n++) {
    const mentioned = articles.slice(n, n + 1 + (n % 4));
    const mention = (articleId: number) => ({
      articleId,
      blockIndex: 0,
      start: 0,
      end: 4,
      text: 'اسم',
      provenance: 'CURATED' as const,
    });
    const nameEn = `Generated Person ${String(n).padStart(2, '0')}`;
    await prisma.person.create({
      data: {
        slug: `generated-person-${n}`,
        nameAr: `شخص ${n}`,
        nameEn,
        aliases: { create: { text: nameEn, normalized: nameEn.toLowerCase(), language: 'EN' } },
        mentions: {
          create: [...mentioned.map((article) => mention(article.id)), mention(mentioned[0]!.id)],
        },
        statements: {
          create: mentioned.map((article, index) => ({
            ...mention(article.id),
            text: `قال ${n}-${index}`,
            direct: index % 2 === 0,
            saidOn: index === 1 ? null : new Date(Date.UTC(2021, n % 12, 1 + index)),
          })),
        },
      },
    });
  }
}

describe.each(providers)('SQL statements per list of people on %s', (provider) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(provider);
    await addArticles(api, 30);
    await addPeople(api, 25);
  });
  afterAll(async () => {
    await api?.close();
  });

  async function peoplePage(first: number, extra?: string) {
    api.statements.length = 0;
    const { body } = await api.query(peopleWithPages(extra), { first });
    expect(body.errors).toBeUndefined();
    expect(body.data.people.nodes).toHaveLength(first);
    return { people: body.data.people.nodes, sql: [...api.statements] };
  }

  it('costs the same for 2 and 20 people, articles and statements included', async () => {
    const small = await peoplePage(2);
    const large = await peoplePage(20);
    expect(large.sql.length).toBe(small.sql.length);
    // The people, then per connection one window query, one load of its rows, one count.
    expect(large.sql.length).toBeLessThanOrEqual(7);
    // Each connection reads its page through one window query (first + 1 rows per person),
    // never every related row of every person.
    expect(large.sql.filter((sql) => sql.includes('ROW_NUMBER()'))).toHaveLength(2);
    const withPages = large.people.filter(
      (person: { articles: { totalCount: number } }) => person.articles.totalCount > 2,
    );
    expect(withPages.length).toBeGreaterThan(1);
  });

  it('answers under a list as it answers for one person, with cursors that page on', async () => {
    const { people } = await peoplePage(20, longPages);
    let statementsSeen = 0;
    for (const person of people) {
      const { body } = await api.query(onePersonsPages, {
        slug: person.slug,
        articlesAfter: person.articles.pageInfo.endCursor,
        statementsAfter: person.statements.pageInfo.endCursor,
      });
      expect(body.errors).toBeUndefined();
      const alone = body.data.person;
      expect(person.articles).toEqual(alone.articles);
      expect(person.statements).toEqual(alone.statements);
      expect(person.longArticles).toEqual(alone.longArticles);
      expect(person.longStatements).toEqual(alone.longStatements);
      statementsSeen += person.longStatements.nodes.length;
      // The cursors of the batched pages continue exactly where those pages ended.
      expect(alone.nextArticles.nodes).toEqual(alone.longArticles.nodes.slice(2, 4));
      expect(alone.nextStatements.nodes).toEqual(alone.longStatements.nodes.slice(1, 2));
    }
    expect(statementsSeen).toBeGreaterThan(20);
  });
});
