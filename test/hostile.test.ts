// The hostile requests of issue 9, one test per attack: each is refused with its own code
// before it costs the database anything it should not, and the server keeps answering.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../server/schema/globalId.js';
import { type GraphQLResponse, startTestApi, type TestApi } from './support/api.js';
import { providers } from './support/databases.js';

const nested = (depth: number): string => {
  let inner = 'id';
  for (let level = 0; level < depth; level++) {
    inner = `articles(first: 1) { nodes { people { ${inner} } } }`;
  }
  return `{ ${inner} }`;
};

function expectRefused(response: GraphQLResponse, code: string, message?: RegExp): void {
  expect(response.body.errors?.map((error) => error.extensions?.code)).toEqual([code]);
  if (message) expect(response.body.errors![0]!.message).toMatch(message);
  expect(response.body.data ?? null).toBeNull();
  expect(JSON.stringify(response.body)).not.toMatch(/\bat .+\.(ts|js):\d+|stack/i);
}

describe.each(providers)('hostile queries on %s', (provider) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(provider);
  });
  afterAll(async () => {
    await api?.close();
  });

  /** Sends an attack, expects no SQL at all for it, then a small query still answered. */
  async function attack(query: string, variables?: Record<string, unknown>) {
    api.statements.length = 0;
    const started = performance.now();
    const response = await api.query(query, variables);
    const elapsedMs = performance.now() - started;
    const sql = api.statements.length;
    const healthy = await api.query('{ articles(first: 1) { totalCount } }');
    expect(healthy.body.data.articles.totalCount).toBe(2);
    return { response, sql, elapsedMs };
  }

  it('1: lists nested 50 deep are refused for depth, with no SQL', async () => {
    const { response, sql } = await attack(nested(50));
    expectRefused(response, 'QUERY_TOO_DEEP', /depth/i);
    expect(sql).toBe(0);
  });

  it('2: three nested lists of 100 are refused for cost, naming cost and limit', async () => {
    const query =
      '{articles(first:100){nodes{people{articles(first:100){nodes{people{' +
      'articles(first:100){nodes{id}}}}}}}}}';
    const { response, sql } = await attack(query);
    expectRefused(response, 'QUERY_TOO_COSTLY', /would cost \d+ points; the limit is 50000/);
    expect(response.body.extensions).toMatchObject({ cost: { maximum: 50_000 } });
    expect(sql).toBe(0);
  });

  it('3: 10,000 aliases of a field are refused, with no SQL', async () => {
    const aliases = Array.from(
      { length: 10_000 },
      (_, i) => `a${i}: articles(first: 100) { totalCount }`,
    );
    const { response, sql } = await attack(`{ ${aliases.join(' ')} }`);
    // The token limit fires while parsing, before aliases are even counted.
    expectRefused(response, 'TOO_MANY_TOKENS');
    expect(sql).toBe(0);
    const { response: fewer } = await attack(
      `{ ${aliases.slice(0, 31).join(' ').replaceAll('first: 100', 'first: 1')} }`,
    );
    expectRefused(fewer, 'TOO_MANY_ALIASES', /aliases/i);
  });

  it('4: nodes(ids:) takes at most 100 IDs; 200,000 are refused by cost first', async () => {
    const id = encodeGlobalId('Person', 1);
    const many = await attack('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: Array.from({ length: 200_000 }, () => id),
    });
    expectRefused(many.response, 'QUERY_TOO_COSTLY');
    expect(many.sql).toBe(0);
    const overHundred = await attack('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: Array.from({ length: 101 }, () => id),
    });
    expectRefused(overHundred.response, 'BAD_USER_INPUT', /at most 100 IDs, got 101/);
    expect(overHundred.sql).toBe(0);
    const hundred = await api.query('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: Array.from({ length: 100 }, () => id),
    });
    expect(hundred.body.errors).toBeUndefined();
    expect(hundred.body.data.nodes).toHaveLength(100);
  });

  it('5: depth 1,000 and 1,000 directives refused in parsing; 60 directives by count', async () => {
    const deep = await attack(nested(1_000));
    expectRefused(deep.response, 'TOO_MANY_TOKENS');
    const directives = (n: number) =>
      `{ articles(first: 1) { totalCount ${'@include(if: true) '.repeat(n)} } }`;
    expectRefused((await attack(directives(1_000))).response, 'TOO_MANY_TOKENS');
    expectRefused((await attack(directives(60))).response, 'TOO_MANY_DIRECTIVES', /directives/i);
  });

  it('13: crafted cursors and huge filters are refused; wildcards match literally', async () => {
    const bigCursor = 'Z'.repeat(1_000_000);
    const cursor = await attack(
      'query($c: String) { articles(first: 1, after: $c) { totalCount } }',
      {
        c: bigCursor,
      },
    );
    expectRefused(cursor.response, 'BAD_USER_INPUT');
    expect(JSON.stringify(cursor.response.body).length).toBeLessThan(2_000);
    const page = 'query($c: String) { articles(first: 1, after: $c) { nodes { id } } }';
    const crafted = Buffer.from('GPC:N:abc').toString('base64');
    expectRefused(
      (await attack(page, { c: crafted })).response,
      'BAD_USER_INPUT',
      /not a valid cursor/,
    );
    const pastIds = Buffer.from('GPC:N:99999999999999999999999').toString('base64');
    expectRefused((await attack(page, { c: pastIds })).response, 'BAD_USER_INPUT');
    // Well-formed but pointing nowhere: an empty page, not a server error.
    const nowhere = Buffer.from('GPC:N:2147483647').toString('base64');
    const { response: empty } = await attack(page, { c: nowhere });
    expect(empty.body.errors).toBeUndefined();
    expect(empty.body.data.articles.nodes).toEqual([]);
    for (const name of ['x'.repeat(50_000), 'x'.repeat(1_000_000)]) {
      const { response, sql } = await attack(
        'query($n: String) { people(first: 5, filter: { name: $n }) { totalCount } }',
        { n: name },
      );
      expectRefused(response, 'BAD_USER_INPUT', /at most 200 characters/);
      expect(JSON.stringify(response.body)).not.toContain('xxxxxxxxxx');
      expect(sql).toBe(0);
    }
    const partners = await attack(
      'query($p: [String!]) { tradeFigures(first: 5, filter: { partners: $p }) { totalCount } }',
      { p: Array.from({ length: 10_000 }, () => 'RU') },
    );
    expectRefused(partners.response, 'BAD_USER_INPUT', /at most 10 codes/);
    for (const wildcard of ['%', '_', '%%', 'ل_فروف']) {
      const { body } = await api.query(
        'query($n: String) { people(first: 5, filter: { name: $n }) { totalCount } }',
        { n: wildcard },
      );
      expect(body.data.people.totalCount, wildcard).toBe(0);
    }
  });

  it('every answer carries its cost', async () => {
    const { body } = await api.query('{ articles(first: 2) { nodes { title people { slug } } } }');
    expect(body.errors).toBeUndefined();
    expect(body.extensions).toMatchObject({
      cost: { requested: 2 * (1 + 1 + 20), maximum: 50_000 },
    });
  });
});

describe('limits that need their own server settings', () => {
  const apis: TestApi[] = [];
  afterAll(async () => {
    for (const api of apis) await api.close();
  });
  const start = async (app: Parameters<typeof startTestApi>[1], provider = providers[0]!) => {
    const api = await startTestApi(provider, app);
    apis.push(api);
    return api;
  };

  it('field suggestions are off in production, and introspection can be switched off', async () => {
    const api = await start({ app: { limits: { fieldSuggestions: false, introspection: false } } });
    const typo = await api.query('{ artcles(first: 1) { totalCount } }');
    expect(typo.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
    const introspection = await api.query('{ __schema { types { name } } }');
    expect(introspection.body.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('field suggestions and introspection stay on by default outside production', async () => {
    const api = await start({});
    const typo = await api.query('{ artcles(first: 1) { totalCount } }');
    expect(typo.body.errors?.[0]?.message).toMatch(/Did you mean "articles"/);
    const introspection = await api.query('{ __schema { queryType { name } } }');
    expect(introspection.body.data.__schema.queryType.name).toBe('Query');
  });

  it('an execution past its deadline is stopped with EXECUTION_TIMEOUT', async () => {
    // On PostgreSQL: its answers come through the event loop, where the deadline's timer fires.
    const api = await start({ app: { limits: { executionTimeoutMs: 1 } } }, 'postgresql');
    const response = await api.query(
      `{ articles(first: 20) {
          nodes { blocks { text } people { articles(first: 5) { totalCount } } } } }`,
    );
    expectRefused(response, 'EXECUTION_TIMEOUT', /longer than 0.001 s/);
  });

  it('an answer over the size cap is replaced by RESPONSE_TOO_LARGE', async () => {
    const api = await start({ app: { limits: { maxResponseBytes: 2_000 } } });
    expectRefused(
      await api.query('{ articles(first: 2) { nodes { blocks { text } } } }'),
      'RESPONSE_TOO_LARGE',
      /the limit is 2000/,
    );
    const small = await api.query('{ articles(first: 2) { totalCount } }');
    expect(small.body.data.articles.totalCount).toBe(2);
  });

  it('the hourly budget counts cost points, shows the rest, then refuses with 429', async () => {
    const api = await start({ app: { rateLimits: { anonymousPointsPerHour: 100 } } });
    const query = '{ articles(first: 2) { nodes { title people { slug } } } }'; // costs 44
    const first = await api.query(query);
    expect(first.body.extensions.rateLimit).toMatchObject({ limit: 100, remaining: 56 });
    const second = await api.query(query);
    expect(second.body.extensions.rateLimit).toMatchObject({ remaining: 12 });
    const third = await api.query(query);
    expect(third.status).toBe(429);
    expectRefused(third, 'RATE_LIMITED', /hourly budget of 100 points is spent/);
    // A caller with a key has a budget of its own.
    const keyed = await api.query(query, undefined, { authorization: 'Bearer some-key' });
    expect(keyed.body.extensions.rateLimit).toMatchObject({ limit: 10_000_000 });
  });
});
