// The response cache: a repeated query runs no SQL, still pays its cost; an ingest, an update
// or a delete is seen by the very next query (read-your-writes) while unrelated answers stay
// cached; ETag and 304 on GET; the same in Redis. On SQLite and PostgreSQL.
import { once } from 'node:events';
import { createServer } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppOptions, createServerApp } from '../server/app.js';
import { ConfigError, loadConfig } from '../server/config.js';
import { createApiKey } from '../server/db/apiKeyStore.js';
import { type Database, openDatabase } from '../server/db/client.js';
import { repoRoot } from '../server/db/provider.js';
import { createMemoryStore, createRedisStore } from '../server/responseCache/stores.js';
import { loadSeeds } from '../server/seed/loadSeeds.js';
import { memoryLogger } from './support/api.js';
import { sampleArticle } from './support/articles.js';
import { createTestDatabase, providers, type TestDatabase } from './support/databases.js';

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

interface Answer {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: each query's shape, checked field by field.
  body: any;
}

/**
 * A seeded app over a fresh database, with the SQL it sends counted and its log kept. `http`:
 * served on a socket as `npm start` serves it (the front door, then Yoga), else called
 * in-process through yoga.fetch.
 */
async function startCachedApi(
  provider: (typeof providers)[number],
  app: AppOptions = {},
  { http = false } = {},
) {
  const testDatabase: TestDatabase = await createTestDatabase(provider);
  const statements: string[] = [];
  const database: Database = await openDatabase(testDatabase.target, {
    onStatement: (sql) => statements.push(sql),
  });
  await loadSeeds(database.prisma, path.join(repoRoot, 'seeds'));
  const { logger, logLines } = memoryLogger();
  const { yoga, listener } = createServerApp(database.prisma, { logger, ...app });
  const server = http ? createServer(listener).listen(0, '127.0.0.1') : null;
  if (server) await once(server, 'listening');
  const send = (pathAndQuery: string, init: RequestInit) =>
    server
      ? fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}${pathAndQuery}`, init)
      : yoga.fetch(`http://khabar.test${pathAndQuery}`, init);
  const editorKey = (await createApiKey(database.prisma, 'cache editor', 'EDITOR')).key;
  const answer = async (response: Response): Promise<Answer> => {
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text && JSON.parse(text) };
  };
  const post = async (
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ) =>
    answer(
      await send('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      }),
    );
  const get = async (query: string, headers: Record<string, string> = {}) =>
    answer(
      await send(`/graphql?query=${encodeURIComponent(query)}`, {
        headers: { accept: 'application/json', ...headers },
      }),
    );
  const asEditor = { authorization: `Bearer ${editorKey}` };
  /** Whether the request line logged for this answer says the front door gave it. */
  const answeredByFrontDoor = (result: Answer) => {
    const id = result.headers.get('x-request-id');
    const line = logLines.find((entry) => entry.msg === 'request' && entry.reqId === id);
    if (!line) throw new Error(`no request line for ${id}`);
    return line.frontDoor === true;
  };
  return {
    statements,
    logLines,
    send,
    post,
    get,
    ingest: (text: string, url: string) => post(ingestMutation, { input: { text, url } }, asEditor),
    remove: (id: string) => post(deleteMutation, { id }, asEditor),
    /** The answer, and how many SQL statements it took. */
    async measured(query: string, headers: Record<string, string> = {}) {
      statements.length = 0;
      const result = await post(query, undefined, headers);
      expect(result.body.errors).toBeUndefined();
      return { ...result, sql: statements.length, frontDoor: answeredByFrontDoor(result) };
    },
    answeredByFrontDoor,
    async close() {
      server?.closeAllConnections();
      await new Promise((resolve) => (server ? server.close(resolve) : resolve(null)));
      await yoga.dispose();
      await database.close();
      await testDatabase.drop();
    },
  };
}

const ingestMutation = `mutation($input: IngestArticleInput!) {
  ingestArticle(input: $input) { status article { id slug } }
}`;
const deleteMutation = `mutation($id: ID!) { deleteArticle(id: $id) { slug } }`;

// Lavrov is in the sample article; Pashinyan is not in it.
const lavrovQuery = `{ person(slug: "sergey-lavrov") {
  name statements(first: 100) { totalCount nodes { text } } } }`;
const listQuery = `{ articles(first: 100) { totalCount nodes { slug } }
  statements(first: 100, filter: { speaker: "sergey-lavrov" }) { totalCount } }`;
const lookupQuery = (slug: string) => `{ article(slug: "${slug}") { slug title } }`;
// Lists narrowed to Pashinyan by their filter: an article without him leaves them cached.
const pashinyanQuery = `{ person(slug: "nikol-pashinyan") {
  name statements(first: 10) { totalCount } }
  statements(first: 10, filter: { speaker: "nikol-pashinyan" }) { totalCount }
  articles(first: 10, filter: { person: "nikol-pashinyan" }) { totalCount } }`;

const texts = (answer: Answer): string[] =>
  answer.body.data.person.statements.nodes.map((node: { text: string }) => node.text);

/** Read-your-writes through ingest (create, update) and delete: shared by both stores. */
function readYourWrites(
  api: () => Awaited<ReturnType<typeof startCachedApi>>,
  run: string,
  { overHttp = false } = {},
) {
  const url = `https://example.com/news/cache-${run}`;
  const slug = `cache-${run}`;
  const firstQuote = `التعاون يتقدم خطوة ${run}`;
  const secondQuote = `الحوار مستمر بلا انقطاع ${run}`;

  it('answers a repeated query from the cache, no SQL, and sees an ingest at once', async () => {
    const lavrov = await api().measured(lavrovQuery);
    const lists = await api().measured(listQuery);
    const missing = await api().measured(lookupQuery(slug));
    const pashinyan = await api().measured(pashinyanQuery);
    expect(missing.body.data.article).toBeNull();
    for (const [query, first] of [
      [lavrovQuery, lavrov],
      [listQuery, lists],
      [lookupQuery(slug), missing],
      [pashinyanQuery, pashinyan],
    ] as const) {
      expect(first.sql).toBeGreaterThan(0);
      const again = await api().measured(query);
      expect(again.sql).toBe(0);
      expect(again.body.data).toEqual(first.body.data);
      // Served on a socket, a hit never reaches Yoga; in-process there is no front door.
      expect([first.frontDoor, again.frontDoor]).toEqual([false, overHttp]);
    }

    const created = await api().ingest(sampleArticle(firstQuote), url);
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data.ingestArticle.status).toBe('CREATED');

    const lavrovAfter = await api().measured(lavrovQuery);
    expect(lavrovAfter.sql).toBeGreaterThan(0);
    expect(lavrovAfter.body.data.person.statements.totalCount).toBe(
      lavrov.body.data.person.statements.totalCount + 1,
    );
    expect(texts(lavrovAfter)).toContain(firstQuote);
    const listsAfter = await api().measured(listQuery);
    expect(listsAfter.body.data.articles.totalCount).toBe(lists.body.data.articles.totalCount + 1);
    expect(listsAfter.body.data.articles.nodes.map((n: { slug: string }) => n.slug)).toContain(
      slug,
    );
    expect(listsAfter.body.data.statements.totalCount).toBe(
      lists.body.data.statements.totalCount + 1,
    );
    expect((await api().measured(lookupQuery(slug))).body.data.article).toMatchObject({ slug });
    // Precise: an answer the article does not touch is still served from the cache.
    const pashinyanAfter = await api().measured(pashinyanQuery);
    expect(pashinyanAfter.sql).toBe(0);
    expect(pashinyanAfter.body.data).toEqual(pashinyan.body.data);
  });

  it('sees an update replace the old facts, and a delete remove them', async () => {
    await api().measured(lavrovQuery); // cached again
    const updated = await api().ingest(sampleArticle(secondQuote), url);
    expect(updated.body.data.ingestArticle.status).toBe('UPDATED');
    const afterUpdate = await api().measured(lavrovQuery);
    expect(texts(afterUpdate)).toContain(secondQuote);
    expect(texts(afterUpdate)).not.toContain(firstQuote);
    expect((await api().measured(lavrovQuery)).sql).toBe(0);
    const lists = await api().measured(listQuery);
    expect((await api().measured(lookupQuery(slug))).body.data.article).toMatchObject({ slug });

    const removed = await api().remove(updated.body.data.ingestArticle.article.id);
    expect(removed.body.errors).toBeUndefined();
    expect(texts(await api().measured(lavrovQuery))).not.toContain(secondQuote);
    const listsAfter = await api().measured(listQuery);
    expect(listsAfter.body.data.articles.totalCount).toBe(lists.body.data.articles.totalCount - 1);
    expect(listsAfter.body.data.statements.totalCount).toBe(
      lists.body.data.statements.totalCount - 1,
    );
    expect((await api().measured(lookupQuery(slug))).body.data.article).toBeNull();
  });
}

describe.each(providers)('response cache in memory on %s', (provider) => {
  let api: Awaited<ReturnType<typeof startCachedApi>>;
  beforeAll(async () => {
    api = await startCachedApi(provider);
  });
  afterAll(async () => {
    await api?.close();
  });

  readYourWrites(() => api, `memory-${provider}`);

  it('charges a cached answer its cost against the rate limit, and says so', async () => {
    const query = '{ places(first: 20) { totalCount nodes { slug } } }';
    const first = await api.measured(query);
    const hit = await api.measured(query);
    expect(hit.sql).toBe(0);
    expect(hit.body.extensions.cost).toEqual(first.body.extensions.cost);
    expect(hit.body.extensions.cost.requested).toBeGreaterThan(0);
    expect(hit.body.extensions.rateLimit.remaining).toBe(
      first.body.extensions.rateLimit.remaining - first.body.extensions.cost.requested,
    );
    expect(hit.headers.get('x-ratelimit-remaining')).toBe(
      String(hit.body.extensions.rateLimit.remaining),
    );
  });

  it('gives anonymous GET answers a public max-age and an ETag; 304 when it matches', async () => {
    const query = '{ place(slug: "moscow") { slug name } }';
    const first = await api.get(query);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/"[\w-]{32}"$/);
    expect(first.headers.get('last-modified')).toBeNull();
    expect(first.headers.get('vary')).toBe('Accept, Authorization');
    const fromPage = await api.get(query, { origin: 'https://news.example.org' });
    expect(fromPage.headers.get('vary')?.split(', ').sort()).toEqual([
      'Accept',
      'Authorization',
      'Origin',
    ]);

    api.statements.length = 0;
    const notModified = await api.get(query, { 'if-none-match': etag ?? '' });
    expect(notModified.status).toBe(304);
    expect(notModified.body).toBe('');
    expect(notModified.headers.get('etag')).toBe(etag);
    expect(api.statements).toHaveLength(0);

    const other = await api.get(query, { 'if-none-match': 'W/"something-else"' });
    expect(other.status).toBe(200);
    expect(other.headers.get('etag')).toBe(etag);

    const withKey = await api.get(query, { authorization: 'Bearer khb_any-key' });
    expect(withKey.headers.get('cache-control')).toBe('private, no-cache');
    const posted = await api.post(query);
    expect(posted.headers.get('cache-control')).toBe('no-store');
    expect(posted.headers.get('etag')).toBeNull();
  });

  it('gives a new ETag, and no 304, once an ingest changes the answer', async () => {
    const query = '{ articles(first: 3) { totalCount } }';
    const before = await api.get(query);
    const etag = before.headers.get('etag') ?? '';
    expect((await api.get(query, { 'if-none-match': etag })).status).toBe(304);
    const created = await api.ingest(sampleArticle('etag'), 'https://example.com/news/etag');
    expect(created.body.data.ingestArticle.status).toBe('CREATED');
    const after = await api.get(query, { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.body.data.articles.totalCount).toBe(before.body.data.articles.totalCount + 1);
    expect(after.headers.get('etag')).not.toBe(etag);
  });

  it('marks a mutation and a refused query no-store', async () => {
    const refused = await api.post(ingestMutation, { input: { text: 'x' } });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(refused.headers.get('cache-control')).toBe('no-store');
    const invalid = await api.get('{ article(slug: "a", id: "b") { slug } }');
    expect(invalid.body.errors?.length).toBeGreaterThan(0);
    expect(invalid.headers.get('cache-control')).toBe('no-store');
    expect(invalid.headers.get('etag')).toBeNull();
  });
});

describe('response cache switched off', () => {
  let api: Awaited<ReturnType<typeof startCachedApi>>;
  beforeAll(async () => {
    api = await startCachedApi('sqlite', { responseCache: false });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('runs the SQL of every query, and still answers GET with an ETag', async () => {
    const first = await api.measured(pashinyanQuery);
    const second = await api.measured(pashinyanQuery);
    expect(second.sql).toBe(first.sql);
    const got = await api.get(pashinyanQuery);
    expect(got.headers.get('cache-control')).toBe('public, no-cache');
    const etag = got.headers.get('etag') ?? '';
    expect((await api.get(pashinyanQuery, { 'if-none-match': etag })).status).toBe(304);
  });
});

describe.each(providers)('response cache in Redis on %s', (provider) => {
  const keyPrefix = `khabar-test-${Date.now()}-${Math.random().toString(36).slice(2, 8)}:`;
  let api: Awaited<ReturnType<typeof startCachedApi>>;
  let redis: Redis;
  beforeAll(async () => {
    redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
    api = await startCachedApi(provider, {
      redisUrl,
      responseCache: { ttlMs: 60_000, keyPrefix },
    });
  });
  afterAll(async () => {
    await api?.close();
    const keys = await redis.keys(`${keyPrefix}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  readYourWrites(() => api, `redis-${provider}`);

  it('keeps the answers in Redis under the key prefix', async () => {
    expect(await redis.keys(`${keyPrefix}answer:*`)).not.toHaveLength(0);
  });
});

describe('an answer read before an invalidation is not stored after it', () => {
  const keyPrefix = `khabar-test-${Date.now()}-epoch:`;
  const stores = {
    memory: () => createMemoryStore(100),
    redis: () => createRedisStore(redisUrl, keyPrefix),
  };
  it.each(Object.keys(stores) as (keyof typeof stores)[])('in %s', async (kind) => {
    const store = stores[kind]();
    const person = { typename: 'Person', id: 'UGVyc29uOjE=' };
    const lookup = await store.get('q1');
    expect(lookup).toEqual({ result: null, epoch: expect.any(String) });
    await store.invalidate([person]); // an ingest commits while the query runs
    await store.setUnlessStale(
      'q1',
      { data: { stale: true } },
      [person],
      60_000,
      lookup.epoch ?? '',
    );
    expect((await store.get('q1')).result).toBeNull();

    const fresh = await store.get('q1');
    await store.setUnlessStale(
      'q1',
      { data: { fresh: true } },
      [person],
      60_000,
      fresh.epoch ?? '',
    );
    expect((await store.get('q1')).result).toEqual({ data: { fresh: true } });
    await store.invalidate([person]);
    expect((await store.get('q1')).result).toBeNull();
    await store.close();
  });
  afterAll(async () => {
    const redis = new Redis(redisUrl);
    const keys = await redis.keys(`${keyPrefix}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });
});

describe('RESPONSE_CACHE, RESPONSE_CACHE_TTL_MS and RESPONSE_CACHE_MAX_ANSWERS', () => {
  const cacheOf = (env: NodeJS.ProcessEnv) => loadConfig(env, false).app.responseCache;
  it('is on for 60 s by default, off with RESPONSE_CACHE=off, and refuses other values', () => {
    expect(cacheOf({})).toEqual({ ttlMs: 60_000, maxAnswers: 5000 });
    expect(cacheOf({ RESPONSE_CACHE_TTL_MS: '5000' })).toEqual({ ttlMs: 5000, maxAnswers: 5000 });
    expect(cacheOf({ RESPONSE_CACHE_MAX_ANSWERS: '200' })).toMatchObject({ maxAnswers: 200 });
    expect(() => cacheOf({ RESPONSE_CACHE_MAX_ANSWERS: '0' })).toThrow(/at least 1/);
    expect(cacheOf({ RESPONSE_CACHE: 'OFF' })).toBe(false);
    expect(() => cacheOf({ RESPONSE_CACHE: 'maybe' })).toThrow(ConfigError);
    expect(() => cacheOf({ RESPONSE_CACHE: 'maybe' })).toThrow(/RESPONSE_CACHE must be/);
    expect(() => cacheOf({ RESPONSE_CACHE_TTL_MS: '0' })).toThrow(/at least 1/);
    expect(() => cacheOf({ RESPONSE_CACHE_TTL_MS: 'soon' })).toThrow(/whole number/);
  });
});

describe.each(providers)('the front door, on a socket, in memory on %s', (provider) => {
  let api: Awaited<ReturnType<typeof startCachedApi>>;
  beforeAll(async () => {
    api = await startCachedApi(provider, {}, { http: true });
  });
  afterAll(async () => {
    await api?.close();
  });

  readYourWrites(() => api, `door-${provider}`, { overHttp: true });

  it.each([
    [undefined, 'application/json; charset=utf-8'],
    ['application/json', 'application/json; charset=utf-8'],
    ['*/*', 'application/json; charset=utf-8'],
    ['application/graphql-response+json', 'application/graphql-response+json; charset=utf-8'],
    [
      'application/graphql-response+json, application/json',
      'application/graphql-response+json; charset=utf-8',
    ],
  ])('answers a hit as Yoga answered the miss (Accept: %s)', async (accept, contentType) => {
    const query = `query Places { places(first: 5) { nodes { slug name } } } # ${accept}`;
    const headers: Record<string, string> = accept === undefined ? {} : { accept };
    const ask = async () => {
      const response = await api.send('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query }),
      });
      return { status: response.status, headers: response.headers, body: await response.json() };
    };
    const miss = await ask();
    const hit = await ask();
    expect([api.answeredByFrontDoor(miss), api.answeredByFrontDoor(hit)]).toEqual([false, true]);
    for (const answer of [miss, hit]) {
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toBe(contentType);
      expect(answer.headers.get('cache-control')).toBe('no-store');
      expect(answer.headers.get('x-request-id')).toMatch(/^[\w-]{36}$/);
    }
    const missBudget = miss.body.extensions.rateLimit;
    const hitReset: string = hit.body.extensions.rateLimit.resetAt;
    expect(hit.body).toEqual({
      data: miss.body.data,
      extensions: {
        cost: miss.body.extensions.cost,
        rateLimit: {
          ...missBudget,
          remaining: missBudget.remaining - miss.body.extensions.cost.requested,
          resetAt: hitReset,
        },
      },
    });
    // The end of the same hour's window, in whole seconds (give or take a clock tick).
    expect(hitReset).toMatch(/:\d\d\.000Z$/);
    expect(Math.abs(Date.parse(hitReset) - Date.parse(missBudget.resetAt))).toBeLessThanOrEqual(
      1000,
    );
    expect(hit.headers.get('x-ratelimit-remaining')).toBe(
      String(hit.body.extensions.rateLimit.remaining),
    );
    const line = api.logLines.find((entry) => entry.reqId === hit.headers.get('x-request-id'));
    expect(line).toMatchObject({ status: 200, operationType: 'query', operation: 'Places' });
  });

  it('keeps a request id a proxy sent, as Yoga does', async () => {
    const query = '{ places(first: 2) { nodes { slug } } }';
    await api.post(query);
    const hit = await api.post(query, undefined, { 'x-request-id': 'proxy-id.42' });
    expect(api.answeredByFrontDoor(hit)).toBe(true);
    expect(hit.headers.get('x-request-id')).toBe('proxy-id.42');
  });

  it.each([
    ['a browser origin (CORS is Yoga’s)', { origin: 'https://app.example' }, {}],
    ['quality values in Accept', { accept: 'application/json;q=0.9' }, {}],
    ['an extensions field', {}, { extensions: { trace: true } }],
    ['a body over 16 KB', {}, { variables: { padding: 'x'.repeat(17 * 1024) } }],
  ])('hands a cached query with %s on to Yoga', async (_case, headers, extra) => {
    const query = '{ places(first: 3) { nodes { slug } } }';
    await api.post(query);
    expect(api.answeredByFrontDoor(await api.post(query))).toBe(true);
    const response = await api.send('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify({ query, ...extra }),
    });
    const answer = {
      status: response.status,
      headers: response.headers,
      body: await response.json(),
    };
    expect(answer.status).toBe(200);
    expect(answer.body.data.places.nodes).toHaveLength(3);
    expect(api.answeredByFrontDoor(answer)).toBe(false);
    if ('origin' in headers) {
      expect(answer.headers.get('access-control-allow-origin')).toBe('https://app.example');
    }
  });

  it('leaves a malformed or wrong body to Yoga, which says what was wrong', async () => {
    const send = (body: string) =>
      api.send('/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
        },
        body,
      });
    const broken = await send('{"query": "{ places { nodes { slug } } }"');
    expect(broken.status).toBe(400);
    expect((await broken.json()).errors[0].message).toBe('The request body is not valid JSON.');
    const notAnObject = await send('["{ places { nodes { slug } } }"]');
    expect(notAnObject.status).toBe(400);
    const noQuery = await send('{"variables": {}}');
    expect(noQuery.status).toBe(400);
  });

  it('keeps serving when a client leaves halfway through its body', async () => {
    const port = Number(new URL((await api.send('/health', {})).url).port);
    const socket = connect(port, '127.0.0.1');
    await once(socket, 'connect');
    socket.write(
      'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-type: application/json\r\n' +
        'content-length: 500\r\n\r\n{"query": "{ places',
    );
    socket.destroy();
    const answer = await api.post('{ places(first: 1) { nodes { slug } } }');
    expect(answer.status).toBe(200);
  });

  it('gives fifty identical requests at once fifty equal answers', async () => {
    const query = '{ articles(first: 10) { nodes { slug title } } }';
    const first = await api.post(query);
    const answers = await Promise.all(Array.from({ length: 50 }, () => api.post(query)));
    for (const answer of answers) expect(answer.body.data).toEqual(first.body.data);
    expect(answers.filter((answer) => api.answeredByFrontDoor(answer))).toHaveLength(50);
  });

  it('runs fifty identical misses at once as one query, again after an ingest', async () => {
    const query = `{ articles(first: 7) { nodes { slug title } } } # herd ${provider}`;
    const herd = async () => {
      const answers = await Promise.all(Array.from({ length: 50 }, () => api.post(query)));
      const byYoga = answers.filter((answer) => !api.answeredByFrontDoor(answer));
      expect(byYoga).toHaveLength(1);
      for (const answer of answers) expect(answer.body.data).toEqual(byYoga[0]!.body.data);
      return byYoga[0]!.body.data.articles.nodes;
    };
    expect(await herd()).toHaveLength(2);
    // The ingest invalidates the list: the next herd runs it once more, not fifty times.
    const created = await api.ingest(sampleArticle(`herd ${provider}`), `https://example.com/herd`);
    expect(await herd()).toHaveLength(3);
    await api.remove(created.body.data.ingestArticle.article.id);
  });

  it('answers identical queries that are never cached each alone, none left waiting', async () => {
    const invalid = '{ articles(first: 7) { nodes { slug noSuchField } } }';
    const failing = '{ statements(first: 5, filter: { saidFrom: "not a date" }) { totalCount } }';
    const answers = await Promise.all(
      [invalid, failing].flatMap((query) => Array.from({ length: 20 }, () => api.post(query))),
    );
    expect(answers.filter((answer) => api.answeredByFrontDoor(answer))).toHaveLength(0);
    for (const answer of answers) {
      expect(answer.body.data ?? null).toBeNull();
      expect(answer.body.errors[0].message).toMatch(/noSuchField|not a date|date/i);
    }
  });
});

describe('the front door charges the rate limit', () => {
  let api: Awaited<ReturnType<typeof startCachedApi>>;
  const query = '{ places(first: 10) { nodes { slug } } }';
  beforeAll(async () => {
    // Room for this query three times (its cost: 20).
    api = await startCachedApi(
      'sqlite',
      { rateLimits: { anonymousPointsPerHour: 60, keyPointsPerHour: 1000 } },
      { http: true },
    );
  });
  afterAll(async () => {
    await api?.close();
  });

  it('charges each hit its cost, and a caller over budget gets Yoga’s 429', async () => {
    const miss = await api.post(query);
    const cost = miss.body.extensions.cost.requested;
    expect(cost).toBe(20);
    const hits = [await api.post(query), await api.post(query)];
    expect(hits.map((hit) => api.answeredByFrontDoor(hit))).toEqual([true, true]);
    expect(hits.map((hit) => hit.body.extensions.rateLimit.remaining)).toEqual([20, 0]);
    const refused = await api.post(query);
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(api.answeredByFrontDoor(refused)).toBe(false);
  });
});

describe.each(providers)('the front door, on a socket, in Redis on %s', (provider) => {
  const keyPrefix = `khabar-door-${Date.now()}-${Math.random().toString(36).slice(2, 8)}:`;
  let api: Awaited<ReturnType<typeof startCachedApi>>;
  let redis: Redis;
  beforeAll(async () => {
    redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
    api = await startCachedApi(
      provider,
      { redisUrl, responseCache: { ttlMs: 60_000, keyPrefix } },
      { http: true },
    );
  });
  afterAll(async () => {
    await api?.close();
    const keys = await redis.keys(`${keyPrefix}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  readYourWrites(() => api, `door-redis-${provider}`, { overHttp: true });
});
