// Bad GraphQL input gets a clear error with a code, or null where the schema says so;
// never a stack trace, never a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../server/schema/globalId.js';
import { type GraphQLResponse, startTestApi, type TestApi } from './support/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('sqlite');
});
afterAll(async () => {
  await api?.close();
});

function expectCleanError(response: GraphQLResponse, code: string, message: RegExp): void {
  expect(response.status).toBeLessThan(500);
  expect(response.body.errors).toHaveLength(1);
  const [error] = response.body.errors!;
  expect(error!.extensions?.code).toBe(code);
  expect(error!.message).toMatch(message);
  expect(JSON.stringify(response.body)).not.toMatch(/\bat .+\.(ts|js):\d+|stack/i);
}

describe('bad GraphQL input', () => {
  it('an unknown field is a validation error', async () => {
    expectCleanError(
      await api.query('{ articles(first: 1) { nodes { headline } } }'),
      'GRAPHQL_VALIDATION_FAILED',
      /Cannot query field "headline"/,
    );
  });

  it('an argument of the wrong type is a validation error', async () => {
    expectCleanError(
      await api.query('{ articles(first: "ten") { totalCount } }'),
      'GRAPHQL_VALIDATION_FAILED',
      /Int cannot represent/,
    );
    expectCleanError(
      await api.query(
        'query($d: Date) { articles(first: 1, filter: { publishedFrom: $d }) { totalCount } }',
        { d: '23/12/2022' },
      ),
      'BAD_USER_INPUT',
      /YYYY-MM-DD/,
    );
  });

  it('first: 1000, first: 0 and last: 101 are refused, naming the limit', async () => {
    expectCleanError(
      await api.query('{ articles(first: 1000) { totalCount } }'),
      'BAD_USER_INPUT',
      /"first" must be between 1 and 100, got 1000/,
    );
    expectCleanError(
      await api.query('{ statements(first: 0) { totalCount } }'),
      'BAD_USER_INPUT',
      /"first" must be between 1 and 100, got 0/,
    );
    expectCleanError(
      await api.query('{ people(last: 101) { totalCount } }'),
      'BAD_USER_INPUT',
      /"last" must be between 1 and 100/,
    );
    expectCleanError(
      await api.query(
        '{ person(slug: "sergey-lavrov") { statements(first: 500) { totalCount } } }',
      ),
      'BAD_USER_INPUT',
      /"first" must be between 1 and 100/,
    );
  });

  it('a malformed global ID is refused', async () => {
    expectCleanError(
      await api.query('{ node(id: "not-an-id!") { id } }'),
      'BAD_USER_INPUT',
      /not a valid global ID/,
    );
    expectCleanError(
      await api.query('{ article(id: "QXJ0aWNsZTp4") { slug } }'),
      'BAD_USER_INPUT',
      /not a valid global ID/,
    ); // "Article:x"
    const huge = Buffer.from(`Person:${'9'.repeat(30)}`).toString('base64url');
    const longId = 'A'.repeat(100_000);
    for (const id of [huge, longId]) {
      const response = await api.query('query($id: ID!) { node(id: $id) { id } }', { id });
      expectCleanError(response, 'BAD_USER_INPUT', /not a valid global ID/);
      // The input is never echoed back.
      expect(JSON.stringify(response.body)).not.toContain(id.slice(0, 40));
    }
  });

  it('a global ID of another type is refused where a specific type is expected', async () => {
    const personId = encodeGlobalId('Person', 1);
    expectCleanError(
      await api.query(`{ article(id: "${personId}") { slug } }`),
      'BAD_USER_INPUT',
      /the ID of a Person was given where the ID of an Article is expected/,
    );
  });

  it('an unknown ID or slug gives null, as the schema says', async () => {
    const { body, status } = await api.query(`{
      article(slug: "no-such-article") { slug }
      person(slug: "nobody") { slug }
      node(id: "${encodeGlobalId('Article', 999999)}") { id }
      unknownType: node(id: "${encodeGlobalId('Spaceship', 1)}") { id }
      nodes(ids: [
        "${encodeGlobalId('Person', 999999)}",
        "${encodeGlobalId('Spaceship', 1)}",
        "${encodeGlobalId('Article', 1)}"
      ]) {
        ... on Article { slug }
      }
    }`);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      article: null,
      person: null,
      node: null,
      unknownType: null,
      nodes: [null, null, { slug: '2021-11-02-lavrov-bayramov-phone-call' }],
    });
  });

  it('article needs exactly one of id and slug', async () => {
    expectCleanError(
      await api.query('{ article { slug } }'),
      'BAD_USER_INPUT',
      /exactly one of "id" and "slug"/,
    );
  });

  it('a malformed cursor is refused', async () => {
    const response = await api.query('{ articles(first: 1, after: "garbage") { totalCount } }');
    expect(response.status).toBeLessThan(500);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a syntax error and an empty body are client errors', async () => {
    const broken = await api.query('{ articles(first: 1) { ');
    expect(broken.status).toBe(400);
    expect(broken.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('the service keeps serving after bad requests', async () => {
    const { body } = await api.query('{ articles(first: 1) { totalCount } }');
    expect(body.data.articles.totalCount).toBe(2);
  });
});

describe('a failure inside the server', () => {
  it('is masked as "Unexpected error." without details, and logged', async () => {
    const doomed = await startTestApi('postgresql', { seed: false });
    // A table gone is a bug, not an outage (a database that is gone gets 503: faults.test.ts).
    await doomed.database.prisma.$executeRawUnsafe('DROP TABLE "Article" CASCADE');
    try {
      const response = await doomed.query('{ articles(first: 1) { totalCount } }');
      expectCleanError(response, 'INTERNAL_SERVER_ERROR', /^Unexpected error\.$/);
      expect(JSON.stringify(response.body)).not.toMatch(/khabar_test|database|prisma/i);
      // The server's log has the error the client did not see.
      expect(doomed.logLines.some((line) => line.level === 50)).toBe(true);
    } finally {
      await doomed.close();
    }
  });
});
