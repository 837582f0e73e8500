// Articles whose day of publication is unknown (publishedAt null): they are listed last in
// either order, page through cursors like the others, and date ranges leave them out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveArticle } from '../server/db/articleStore.js';
import { startTestApi, type TestApi } from './support/api.js';
import { providers } from './support/databases.js';

const articles: { slug: string; publishedAt: string | null }[] = [
  { slug: 'undated-one', publishedAt: null },
  { slug: 'dated-2020', publishedAt: '2020-05-01' },
  { slug: 'undated-two', publishedAt: null },
  { slug: 'dated-2024', publishedAt: '2024-02-03' },
];

const listQuery = `query(
  $first: Int!
  $after: String
  $order: ArticleOrder
  $filter: ArticleFilter
) {
  articles(first: $first, after: $after, orderBy: $order, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { slug publishedAt }
  }
}`;

describe.each(providers)('undated articles on %s', (provider) => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi(provider, { seed: false });
    const lavrov = await api.database.prisma.person.create({
      data: { slug: 'sergey-lavrov', nameAr: 'سيرغي لافروف', nameEn: 'Sergey Lavrov' },
    });
    for (const [i, article] of articles.entries()) {
      await api.database.prisma.$transaction((tx) =>
        saveArticle(
          tx,
          {
            slug: article.slug,
            title: `مقال ${i}`,
            titleDerived: false,
            language: 'AR',
            publishedAt: article.publishedAt ? new Date(`${article.publishedAt}T00:00:00Z`) : null,
            url: null,
            publisher: null,
            source: null,
            photoCredit: null,
            contentHash: `hash-${i}`,
            blocks: [{ kind: 'PARAGRAPH', text: 'قال لافروف إن المحادثات كانت بناءة.' }],
          },
          {
            mentions: [
              {
                blockIndex: 0,
                start: 4,
                end: 10,
                text: 'لافروف',
                entity: { personId: lavrov.id },
                confidence: 1,
              },
            ],
            statements: [],
            tradeFigures: [],
            events: [],
          },
          'EXTRACTED',
        ),
      );
    }
  });
  afterAll(async () => {
    await api?.close();
  });

  const list = async (variables: Record<string, unknown>) => {
    const { body } = await api.query(listQuery, { first: 10, ...variables });
    expect(body.errors).toBeUndefined();
    return body.data.articles;
  };

  it.each([
    ['newest first', undefined, ['dated-2024', 'dated-2020', 'undated-two', 'undated-one']],
    [
      'oldest first',
      { field: 'PUBLISHED_AT', direction: 'ASC' },
      ['dated-2020', 'dated-2024', 'undated-one', 'undated-two'],
    ],
  ])('lists them last, %s', async (_order, order, slugs) => {
    const page = await list({ order });
    expect(page.nodes.map((a: { slug: string }) => a.slug)).toEqual(slugs);
    expect(page.nodes.at(-1).publishedAt).toBeNull();
  });

  it.each([
    ['newest first', undefined],
    ['oldest first', { field: 'PUBLISHED_AT', direction: 'ASC' }],
  ])('pages through dated and undated articles one by one, %s', async (_order, order) => {
    const all = (await list({ order })).nodes.map((a: { slug: string }) => a.slug);
    const paged: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const { nodes, pageInfo } = await list({ order, first: 1, after });
      paged.push(...nodes.map((a: { slug: string }) => a.slug));
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(paged).toEqual(all);
  });

  it.each([
    ['no range: all of them', {}, 4],
    ['from a day: only dated ones', { publishedFrom: '2019-01-01' }, 2],
    ['up to a day: only dated ones', { publishedTo: '2022-01-01' }, 1],
  ])('filters %s', async (_case, filter, count) => {
    const page = await list({ filter });
    expect(page.totalCount).toBe(count);
    expect(page.nodes).toHaveLength(count);
  });

  it.each([
    ['one person', '{ person(slug: "sergey-lavrov") { articles(first: 10) { nodes { slug } } } }'],
    [
      'a list of people',
      '{ people(first: 5) { nodes { articles(first: 10) { nodes { slug } } } } }',
    ],
  ])("lists a person's undated articles last, for %s", async (_case, query) => {
    const { body } = await api.query(query);
    expect(body.errors).toBeUndefined();
    const person = body.data.person ?? body.data.people.nodes[0];
    expect(person.articles.nodes.map((a: { slug: string }) => a.slug)).toEqual([
      'dated-2024',
      'dated-2020',
      'undated-two',
      'undated-one',
    ]);
  });
});
