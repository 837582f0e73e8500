// The articles page must cost a fixed number of SQL statements, whatever its size.
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
      statements { text direct speaker { ... on Person { name(language: EN) } ... on Organization { name(language: EN) } } }
      tradeFigures { amount currency year partners { iso2 } source { ... on Person { slug } } }
      events { slug participants { ... on Person { slug } } }
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
    // A regression guard: 19 statements were measured for this 11-relation query.
    expect(small).toBeLessThanOrEqual(20);
  });
});
