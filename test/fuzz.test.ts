// Issue 9's fuzz test: generated texts through Mutation.ingestArticle and generated argument
// sets through the read API. Every answer must be a GraphQL answer (data, or errors that each
// carry a code), never INTERNAL_SERVER_ERROR, and after the run every stored article must be
// whole. Seeds are fixed, so a failure prints a seed and path that replay it exactly.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../server/db/apiKeyStore.js';
import type { Provider } from '../server/db/provider.js';
import { type GraphQLResponse, startTestApi, type TestApi } from './support/api.js';

const ingestRuns = 700;
const readRuns = 1400;

/** Pieces that break naive text handling; joined in any order and number. */
const oddPieces = [
  '\uD800', // lone high surrogate
  '\uDFFF', // lone low surrogate
  '\u200F', // right-to-left mark
  '\u202E', // right-to-left override
  '\u2066', // left-to-right isolate
  '\u200D', // zero-width joiner
  '\uFEFF', // byte order mark
  '\u0000',
  '\u0007',
  '\u001B[31m',
  '\u007F',
  '\r\n',
  '\t',
  '🇷🇺',
  '👨‍👩‍👧',
  '𝕏',
  'لَافْرُوف',
  'سَيَرْغِي لافْرُوفُ',
  'مُحَمَّدٌ',
  'ﻻ',
  '٣٤٫٥',
  '%',
  '_',
  '\\',
  "'; DROP TABLE Article; --",
  '"',
  '<script>alert(1)</script>',
  '&nbsp;&#0;',
  'RU',
  'Lavrov',
  'لافروف',
  'روسيا',
  '2147483648',
  '-0',
  'NaN',
];

const hugeStrings = [
  'x'.repeat(10_000),
  'ل'.repeat(300_000),
  '🇷🇺'.repeat(50_000),
  'Z'.repeat(1_000_000),
];

const oddString: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .array(fc.constantFrom(...oddPieces), { maxLength: 6 })
      .map((parts) => parts.join('')),
  },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom(...hugeStrings) },
);

/** Text an article may well contain: stored, so the stores are reached, not only the checks. */
const printablePieces = [
  'لَافْرُوف',
  'مُحَمَّدٌ',
  '🇷🇺',
  '👨‍👩‍👧',
  '٣٤٫٥',
  '%',
  '_',
  '"',
  'Lavrov',
  'روسيا',
  '2147483648',
];
const printableString = fc
  .array(fc.constantFrom(...printablePieces), { maxLength: 8 })
  .map((parts) => parts.join(' '));

const boundaryInt = fc.oneof(
  fc.constantFrom(0, 1, -1, 99, 100, 101, 1899, 1900, 2100, 2101, 2 ** 31 - 1, -(2 ** 31)),
  fc.integer(),
);
/** Values GraphQL's Int refuses: the answer must still be a coded error. */
const notAnInt = fc.constantFrom<unknown>(
  2 ** 31,
  2 ** 53,
  -(2 ** 53),
  1.5,
  1e308,
  '5',
  true,
  null,
);
const intArgument = fc.oneof(
  { weight: 5, arbitrary: boundaryInt },
  { weight: 1, arbitrary: notAnInt },
);

const dateArgument = fc.oneof(
  fc.constantFrom(
    '2023-03-14',
    '1900-01-01',
    '2100-12-31',
    '0021-01-01',
    '0000-00-00',
    '2023-02-30',
  ),
  fc.constantFrom('9999-12-31', '2023-13-45', '2023-3-4', '20230314', '+275760-09-13'),
  oddString,
);

const amountWords = fc.oneof(
  fc.constantFrom('62', '0', '0.05', '12345678901234567.89', '99999999999999999999', '٣٤٫٥'),
  fc.constantFrom('1e308', '-7', '3,400', '3.4.5', '00000001'),
  fc.nat().map(String),
);
const yearWords = fc.constantFrom('2022', '0021', '1899', '1900', '2100', '2101', '9999', '٢٠٢٢');

/** An ingestable Arabic article with generated names, numbers, dates and odd pieces. */
const articleText = fc
  .record({
    title: fc.oneof({ weight: 3, arbitrary: printableString }, { weight: 1, arbitrary: oddString }),
    quote: fc.oneof({ weight: 3, arbitrary: printableString }, { weight: 1, arbitrary: oddString }),
    amount: amountWords,
    year: yearWords,
    day: fc.constantFrom('14-3-2023', '31-2-2023', '1-1-0021', '99-99-9999'),
    extra: fc.array(fc.oneof(printableString, oddString), { maxLength: 2 }),
    html: fc.boolean(),
  })
  .map(({ title, quote, amount, year, day, extra, html }) => {
    const lines = [
      `روسيا وتركيا ${title.slice(0, 200)}`,
      `${day} | 11:40`,
      `موسكو - سبوتنيك. قال وزير الخارجية الروسي سيرغي لافروف إن "${quote.slice(0, 2_000)}".`,
      'وأعلن نائب رئيس الوزراء الروسي ألكسندر نوفاك أن حجم التبادل التجاري بين روسيا وتركيا ' +
        `بلغ ${amount} مليار دولار في عام ${year}.`,
      ...extra.map((piece) => piece.slice(0, 2_000)),
    ];
    return html
      ? `<html><body><h1>${lines[0]}</h1><p>${lines.slice(1).join('</p><p>')}</p></body></html>`
      : lines.join('\n\n');
  });

const ingestText = fc.oneof(
  { weight: 12, arbitrary: articleText },
  { weight: 2, arbitrary: oddString },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', ' ', 'ب'.repeat(200_001), `<p>${'ب'.repeat(1_000_001)}</p>`),
  },
);

/** Mostly absent or acceptable, so that most ingests reach the stores; hostile one time in five. */
const mostlyValid = <T>(valid: fc.Arbitrary<T>, hostile: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constant(undefined) },
    { weight: 2, arbitrary: valid },
    { weight: 1, arbitrary: hostile },
  );

const urlArgument = mostlyValid(
  fc.oneof(
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    fc.constantFrom(
      'https://a.example/news/123',
      'https://b.example/world/123',
      'https://a.example/index.html',
      'https://xn--mgbh0fb.xn--kgbechtv/خبر',
    ),
  ),
  fc.oneof(
    fc.constantFrom('javascript:alert(1)', 'ftp://example.com/a', 'site-a/news/123', '', 'http://'),
    fc.constant(`https://example.com/${'a'.repeat(3_000)}`),
    oddString,
  ),
);

const ingestInput = fc.record(
  {
    text: ingestText,
    url: urlArgument,
    publishedAt: mostlyValid(
      fc.constantFrom('2023-03-14', '1900-01-01', '2100-12-31'),
      dateArgument,
    ),
    language: mostlyValid(
      fc.constantFrom('AR', 'EN', 'RU'),
      fc.constantFrom<unknown>('XX', 3, null),
    ),
  },
  { requiredKeys: ['text'] },
);

const base64 = (text: string) => Buffer.from(text).toString('base64');
const base64url = (text: string) => Buffer.from(text).toString('base64url');
const typeNames = ['Article', 'Person', 'Place', 'Organization', 'Statement', 'TradeFigure', 'X'];
const idArgument = fc.oneof(
  fc
    .tuple(fc.constantFrom(...typeNames), boundaryInt)
    .map(([type, id]) => base64url(`${type}:${id}`)),
  fc
    .tuple(fc.constantFrom(...typeNames), oddString)
    .map(([type, id]) => base64url(`${type}:${id}`)),
  fc.constantFrom(base64url(`Person:${'9'.repeat(5_000)}`), base64url('Article:1')),
  oddString,
);
const cursorArgument = fc.oneof(
  fc
    .tuple(fc.constantFrom('GPC:N:', 'GPC:S:', 'GPC:J:', 'GPC:', ''), boundaryInt)
    .map(([prefix, n]) => base64(`${prefix}${n}`)),
  fc
    .tuple(fc.constantFrom('GPC:N:', 'GPC:S:', 'GPC:J:'), oddString)
    .map(([prefix, rest]) => base64(`${prefix}${rest}`)),
  oddString,
);
const isoCode = fc.oneof(fc.constantFrom('RU', 'AZ', 'TR', 'ru', 'XX', 'R', 'RUS', ''), oddString);

/** Optional arguments: absent (undefined is dropped from the JSON), or a generated value. */
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 2 });
const paging = {
  first: maybe(intArgument),
  last: maybe(intArgument),
  after: maybe(cursorArgument),
  before: maybe(cursorArgument),
};
const pagingVariables = '$first: Int, $last: Int, $after: String, $before: String';
const pagingArguments = 'first: $first, last: $last, after: $after, before: $before';

interface ReadRequest {
  query: string;
  variables: Record<string, unknown>;
}

const readRequest: fc.Arbitrary<ReadRequest> = fc.oneof(
  fc
    .record({
      ...paging,
      filter: maybe(
        fc.record({
          language: maybe(fc.constantFrom<unknown>('AR', 'EN', 'RU', 'ar', 1)),
          organization: maybe(oddString),
          person: maybe(fc.oneof(oddString, fc.constantFrom('sergey-lavrov'))),
          place: maybe(fc.oneof(isoCode, oddString)),
          publishedFrom: maybe(dateArgument),
          publishedTo: maybe(dateArgument),
        }),
      ),
      orderBy: maybe(
        fc.record({
          direction: fc.constantFrom<unknown>('ASC', 'DESC', 'UP'),
          field: fc.constantFrom<unknown>('PUBLISHED_AT', 'TITLE', 'ID'),
        }),
      ),
    })
    .map((variables) => ({
      query: `query(${pagingVariables}, $filter: ArticleFilter, $orderBy: ArticleOrder) {
        articles(${pagingArguments}, filter: $filter, orderBy: $orderBy) {
          totalCount pageInfo { endCursor hasNextPage } nodes { id slug title people { slug } }
        } }`,
      variables,
    })),
  fc
    .record({
      ...paging,
      filter: maybe(fc.record({ country: maybe(isoCode), name: maybe(oddString) })),
    })
    .map((variables) => ({
      query: `query(${pagingVariables}, $filter: PersonFilter) {
        people(${pagingArguments}, filter: $filter) {
          totalCount pageInfo { startCursor endCursor }
          nodes { id name statements(first: 2) { nodes { text } } }
        } }`,
      variables,
    })),
  fc
    .record({
      ...paging,
      filter: maybe(
        fc.record({
          article: maybe(fc.oneof(idArgument, oddString)),
          direct: maybe(fc.constantFrom<unknown>(true, false, 'yes')),
          saidFrom: maybe(dateArgument),
          saidTo: maybe(dateArgument),
          speaker: maybe(fc.oneof(idArgument, oddString)),
        }),
      ),
    })
    .map((variables) => ({
      query: `query(${pagingVariables}, $filter: StatementFilter) {
        statements(${pagingArguments}, filter: $filter) {
          totalCount edges { cursor node { id text direct } }
        } }`,
      variables,
    })),
  fc
    .record({
      ...paging,
      filter: maybe(
        fc.record({
          kind: maybe(fc.constantFrom<unknown>('TRADE_VOLUME', 'INVESTMENT', 'OTHER', 'LOAN')),
          partners: maybe(
            fc.oneof(
              fc.array(isoCode, { maxLength: 12 }),
              fc.constant(Array.from({ length: 10_000 }, () => 'RU')),
            ),
          ),
          status: maybe(fc.constantFrom<unknown>('ACTUAL', 'ESTIMATE', 'FORECAST', 'GUESS')),
          yearFrom: maybe(intArgument),
          yearTo: maybe(intArgument),
        }),
      ),
    })
    .map((variables) => ({
      query: `query(${pagingVariables}, $filter: TradeFigureFilter) {
        tradeFigures(${pagingArguments}, filter: $filter) {
          totalCount nodes { id amount currency year partners { iso2 } }
        } }`,
      variables,
    })),
  idArgument.map((id) => ({
    query: 'query($id: ID!) { node(id: $id) { id ... on Article { title } } }',
    variables: { id },
  })),
  fc
    .oneof(
      fc.array(idArgument, { maxLength: 120 }),
      fc.constantFrom(Array.from({ length: 200_000 }, () => base64url('Person:1'))),
    )
    .map((ids) => ({
      query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      variables: { ids },
    })),
  fc
    .record({
      field: fc.constantFrom('article', 'person', 'organization', 'place'),
      id: maybe(idArgument),
      slug: maybe(oddString),
    })
    .map(({ field, id, slug }) => ({
      query: `query($id: ID, $slug: String) { one: ${field}(id: $id, slug: $slug) { id } }`,
      variables: { id, slug },
    })),
  fc.record({ id: maybe(idArgument), iso2: maybe(isoCode) }).map((variables) => ({
    query: 'query($id: ID, $iso2: String) { place(id: $id, iso2: $iso2) { id slug } }',
    variables,
  })),
);

/**
 * graphql-js's own variable coercion errors ("Variable "$x" got invalid value …") come back
 * with HTTP 400 and no extensions.code; tolerated here as request errors, and reported.
 */
const uncodedVariableError = /^Variable "\$\w+" got invalid value/;

/** What every answer must be, whatever was asked. */
function expectGraphQLAnswer(response: GraphQLResponse): void {
  const { status, body } = response;
  const shown = () => JSON.stringify(body).slice(0, 500);
  expect(status, shown()).toBeLessThan(500);
  expect(typeof body).toBe('object');
  const errors = body.errors ?? [];
  expect(body.data != null || errors.length > 0, shown()).toBe(true);
  for (const { message, extensions } of errors) {
    const code = extensions?.code;
    if (code === undefined && status === 400 && uncodedVariableError.test(message)) continue;
    expect(typeof code, `no code on "${message.slice(0, 200)}"`).toBe('string');
    expect(code, message.slice(0, 200)).not.toBe('INTERNAL_SERVER_ERROR');
    expect(message).not.toBe('Unexpected error.');
    // A short message: the input, which may be megabytes, is never echoed.
    expect(message.length, message.slice(0, 200)).toBeLessThan(1_000);
  }
}

/** fc.assert, but a failure shows the seed, path and a shortened counterexample. */
async function assertProperty<T>(
  property: fc.IAsyncProperty<T>,
  options: { seed: number; numRuns: number },
): Promise<void> {
  const details = await fc.check(property, { ...options, endOnFailure: true });
  if (!details.failed) return;
  throw new Error(
    `property failed; replay with { seed: ${details.seed}, ` +
      `path: "${details.counterexamplePath}" }\n` +
      `input: ${fc.stringify(details.counterexample).slice(0, 1_500)}\n` +
      `error: ${String(details.errorInstance).slice(0, 1_500)}`,
  );
}

interface ReportedArticle {
  statements: number;
  tradeFigures: number;
  mentions: number;
  blocks: number;
}

const ingestMutation = `mutation($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    status
    article { slug statements { id } tradeFigures { id } mentions { text } blocks { index } }
  }
}`;

function fuzzReads(getApi: () => TestApi, seed: number) {
  it(`${readRuns} generated read-API argument sets get coded GraphQL answers`, async () => {
    let answered = 0;
    await assertProperty(
      fc.asyncProperty(readRequest, async ({ query, variables }) => {
        const response = await getApi().query(query, variables);
        expectGraphQLAnswer(response);
        answered++;
      }),
      { seed, numRuns: readRuns },
    );
    expect(answered).toBeGreaterThanOrEqual(readRuns);
  });
}

const noRateLimits = { rateLimits: { keyPointsPerHour: 0, anonymousPointsPerHour: 0 } };

describe('fuzzing ingest and the read API on sqlite', () => {
  let api: TestApi;
  let editor: string;
  /** Per slug, the facts the last ingest answer reported for that article. */
  const reported = new Map<string, ReportedArticle>();
  const statuses = new Map<string, number>();

  beforeAll(async () => {
    api = await startTestApi('sqlite', { app: noRateLimits });
    editor = (await createApiKey(api.database.prisma, 'fuzz editor', 'EDITOR')).key;
  });
  afterAll(async () => {
    await api?.close();
  });

  it(`${ingestRuns} generated texts through ingestArticle get coded GraphQL answers`, async () => {
    await assertProperty(
      fc.asyncProperty(ingestInput, async (input) => {
        const response = await api.query(
          ingestMutation,
          { input },
          { authorization: `Bearer ${editor}` },
        );
        expectGraphQLAnswer(response);
        const answer = response.body.data?.ingestArticle;
        if (!answer) return;
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        reported.set(answer.article.slug, {
          statements: answer.article.statements.length,
          tradeFigures: answer.article.tradeFigures.length,
          mentions: answer.article.mentions.length,
          blocks: answer.article.blocks.length,
        });
      }),
      { seed: 9_001, numRuns: ingestRuns },
    );
    // The generator must reach the stores, not only the validators.
    expect(statuses.get('CREATED') ?? 0).toBeGreaterThanOrEqual(20);
  });

  it('no partial rows: every fact has its article, every article is as reported', async () => {
    const prisma = api.database.prisma;
    const articles = await prisma.article.findMany({
      select: {
        id: true,
        slug: true,
        _count: { select: { statements: true, tradeFigures: true, mentions: true, blocks: true } },
      },
    });
    const articleIds = articles.map((article) => article.id);
    const orphans = { articleId: { notIn: articleIds } };
    expect(await prisma.statement.count({ where: orphans })).toBe(0);
    expect(await prisma.mention.count({ where: orphans })).toBe(0);
    expect(await prisma.tradeFigure.count({ where: orphans })).toBe(0);
    expect(await prisma.articleBlock.count({ where: orphans })).toBe(0);
    expect(await prisma.eventReport.count({ where: orphans })).toBe(0);
    const figureIds = (await prisma.tradeFigure.findMany({ select: { id: true } })).map(
      (f) => f.id,
    );
    expect(
      await prisma.tradeFigurePartner.count({ where: { tradeFigureId: { notIn: figureIds } } }),
    ).toBe(0);
    for (const article of articles) {
      expect(article.slug, `article ${article.id}`).not.toBe('');
      expect(article._count.blocks, article.slug).toBeGreaterThan(0);
    }
    expect(reported.size).toBeGreaterThanOrEqual(20);
    const bySlug = new Map(articles.map((article) => [article.slug, article._count]));
    for (const [slug, facts] of reported) expect(bySlug.get(slug), slug).toEqual(facts);
  });

  // After the ingests, so that cursors and filters meet a database with odd text in it.
  fuzzReads(() => api, 9_002);
});

describe.each(['postgresql'] as Provider[])('fuzzing the read API on %s', (provider) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(provider, { app: noRateLimits });
  });
  afterAll(async () => {
    await api?.close();
  });
  fuzzReads(() => api, 9_003);
});
