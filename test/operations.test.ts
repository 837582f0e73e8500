// Running Khabar: request logs, /health and /ready, CORS, malformed requests, API keys
// (distinct refusals, lastUsedAt), and the process itself: HOST, a port in use, graceful
// shutdown on SIGTERM.
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import net from 'node:net';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { createApiKey, lastUsedWriteIntervalMs, revokeApiKey } from '../server/db/apiKeyStore.js';
import { openDatabase } from '../server/db/client.js';
import { repoRoot } from '../server/db/provider.js';
import { createLogger, serializeError } from '../server/logger.js';
import { startTestApi, type TestApi } from './support/api.js';
import { createTestDatabase, providers, type TestDatabase } from './support/databases.js';
import { freePort } from './support/freePort.js';
import {
  postGraphQL,
  type ServerProcess,
  startServer,
  stopServer,
  waitForOutput,
  waitForServing,
} from './support/serverProcess.js';

const fixture = (name: string) =>
  readFileSync(path.join(repoRoot, 'test/fixtures/articles', name), 'utf8');
const articleText = fixture('01_lavrov-bayramov-mirzoyan-moscow.txt');
const otherText = fixture('05_russia-turkey-trade-figures.txt');
const ingestMutation = `mutation Ingest($text: String!) {
  ingestArticle(input: { text: $text }) { status article { slug } }
}`;

/** A seeded app whose log lines are collected as parsed JSON. */
async function startLoggedApi(level: 'info' | 'warn' = 'info') {
  const stream = new PassThrough();
  let written = '';
  stream.on('data', (chunk) => (written += chunk));
  const logger = createLogger({ level, format: 'json', destination: stream });
  const api = await startTestApi('sqlite', { app: { logger } });
  const lines = () =>
    written
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { api, lines, written: () => written };
}

describe('the request log', () => {
  let api: TestApi;
  let lines: () => Record<string, unknown>[];
  let written: () => string;
  beforeAll(async () => {
    ({ api, lines, written } = await startLoggedApi());
  });
  afterAll(async () => {
    await api?.close();
  });

  it('writes one JSON line per request: id, operation, cost, status, duration', async () => {
    const before = lines().length;
    const response = await api.query(
      'query Newest($n: Int!) { articles(first: $n) { totalCount } }',
      { n: 2 },
    );
    expect(response.status).toBe(200);
    const logged = lines().slice(before);
    expect(logged).toHaveLength(1);
    const [line] = logged;
    expect(line).toMatchObject({
      level: 30,
      msg: 'request',
      method: 'POST',
      path: '/graphql',
      status: 200,
      operationType: 'query',
      operation: 'Newest',
      cost: response.body.extensions?.cost?.requested ?? null,
      errors: [],
    });
    expect(typeof line!.cost).toBe('number');
    expect(line!.reqId).toMatch(/^[0-9a-f-]{36}$/);
    expect(line!.durationMs).toBeGreaterThan(0);
  });

  it('answers with x-request-id: a well-formed incoming id kept, a bad one replaced', async () => {
    const app = createApp(api.database.prisma, {
      logger: createLogger({ level: 'silent', format: 'json' }),
    });
    const send = (headers: Record<string, string>) =>
      app.fetch('http://khabar.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: '{ articles(first: 1) { totalCount } }' }),
      });
    expect((await send({ 'x-request-id': 'edge-42.a' })).headers.get('x-request-id')).toBe(
      'edge-42.a',
    );
    const replaced = (await send({ 'x-request-id': 'bad id <script>' })).headers.get(
      'x-request-id',
    );
    expect(replaced).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs GraphQL error codes, never the variables, the body or the query string', async () => {
    const before = lines().length;
    const secret = 'hunter2-secret-value';
    const { key } = await createApiKey(api.database.prisma, 'log test', 'READER');
    const forbidden = await api.query(
      ingestMutation,
      { text: `${secret} ${articleText}` },
      { authorization: `Bearer ${key}` },
    );
    expect(forbidden.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await api.query(`{ articles(first: 1) { totalCount } } # ${secret}`);
    const logged = lines().slice(before);
    expect(logged.map((line) => line.errors)).toEqual([['FORBIDDEN'], []]);
    expect(logged[0]).toMatchObject({ operationType: 'mutation', operation: 'Ingest' });
    expect(written()).not.toContain(secret);
    expect(written()).not.toContain(key);
  });

  it("logs a database error by what went wrong, not by the call's arguments", async () => {
    const secret = 'hunter2-secret-value';
    const error = await api.database.prisma.apiKey
      .create({ data: { name: secret, scope: 'NOBODY' as 'READER', hash: secret, prefix: 'p' } })
      .catch((thrown: unknown) => thrown);
    expect((error as Error).message).toContain(secret); // Prisma quotes the call
    const logged = serializeError(error);
    expect(logged).toMatchObject({
      type: 'PrismaClientValidationError',
      message: 'Invalid value for argument `scope`. Expected ApiKeyScope.',
    });
    expect(JSON.stringify(logged)).not.toContain(secret);
  });

  it('logs nothing below LOG_LEVEL', async () => {
    const quiet = await startLoggedApi('warn');
    try {
      await quiet.api.query('{ articles(first: 1) { totalCount } }');
      expect(quiet.lines()).toEqual([]);
    } finally {
      await quiet.api.close();
    }
  });
});

describe('/health and /ready', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi('sqlite');
  });
  afterAll(async () => {
    await api?.close();
  });

  it('/health says the process answers; /ready that the database serves', async () => {
    const app = createApp(api.database.prisma, {
      readiness: async () => {
        const fault = await api.database.readiness();
        return fault && { reason: fault.reason };
      },
    });
    const health = await app.fetch('http://khabar.test/health');
    expect(health.status).toBe(200);
    expect(health.headers.get('content-type')).toContain('application/json');
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await app.fetch('http://khabar.test/ready');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
    // Yoga's own check answered any URL ending in /health with an empty 200.
    expect((await app.fetch('http://khabar.test/graphql/health')).status).not.toBe(200);
  });

  it('/ready answers 503 with the reason when the check finds a fault', async () => {
    const app = createApp(api.database.prisma, {
      readiness: async () => ({ reason: 'the database is read-only' }),
    });
    const ready = await app.fetch('http://khabar.test/ready');
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({
      status: 'unavailable',
      reason: 'the database is read-only',
    });
  });

  it('the database readiness check notices migrations not applied', async () => {
    await api.database.prisma.$executeRawUnsafe(
      'UPDATE "_prisma_migrations" SET finished_at = NULL ' +
        'WHERE id = (SELECT MAX(id) FROM "_prisma_migrations")',
    );
    try {
      expect((await api.database.readiness())?.reason).toBe(
        'the database has migrations not yet applied',
      );
    } finally {
      await api.database.prisma.$executeRawUnsafe(
        'UPDATE "_prisma_migrations" SET finished_at = started_at WHERE finished_at IS NULL',
      );
    }
    expect(await api.database.readiness()).toBeNull();
  });
});

describe('CORS', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi('sqlite', { seed: false });
  });
  afterAll(async () => {
    await api?.close();
  });

  const preflight = (app: ReturnType<typeof createApp>, origin: string) =>
    app.fetch('http://khabar.test/graphql', {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, authorization',
      },
    });

  it('by default lets any page read answers, never with credentials', async () => {
    const app = createApp(api.database.prisma);
    const response = await preflight(app, 'https://news.example.org');
    expect(response.headers.get('access-control-allow-origin')).toBe('https://news.example.org');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
    const post = await app.fetch('http://khabar.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://news.example.org' },
      body: JSON.stringify({ query: '{ articles(first: 1) { totalCount } }' }),
    });
    expect(post.headers.get('access-control-allow-credentials')).toBeNull();
    expect(post.headers.get('access-control-expose-headers')).toContain('x-request-id');
  });

  it('with CORS_ORIGINS answers only the listed origins', async () => {
    const { corsOrigins } = loadConfig({
      CORS_ORIGINS: 'https://news.example.org, http://localhost:3000/',
    }).app;
    const app = createApp(api.database.prisma, { corsOrigins });
    const listed = await preflight(app, 'http://localhost:3000');
    expect(listed.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect(listed.headers.get('access-control-allow-credentials')).toBeNull();
    const other = await preflight(app, 'https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('with CORS_ORIGINS=none sends no CORS headers', async () => {
    const app = createApp(api.database.prisma, { corsOrigins: { allow: 'none' } });
    const response = await preflight(app, 'https://news.example.org');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('malformed requests', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi('sqlite', { seed: false });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('a body that is not JSON gets 400 and is never quoted back', async () => {
    const app = createApp(api.database.prisma);
    const secret = 'hunter2-secret-value';
    const response = await app.fetch('http://khabar.test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
      },
      body: `{"query": "{ articles { totalCount } }", "variables": {"password": "${secret}"`,
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      errors: [
        { message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } },
      ],
    });
    expect(text).not.toContain(secret);
  });

  it('a GET whose variables are not JSON gets 400, naming the parameter only', async () => {
    const app = createApp(api.database.prisma);
    const response = await app.fetch(
      'http://khabar.test/graphql?query={__typename}&variables={"password":"hunter2',
      { headers: { accept: 'application/graphql-response+json' } },
    );
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text).errors[0]).toEqual({
      message: 'The "variables" query parameter is not valid JSON.',
      extensions: { code: 'BAD_REQUEST' },
    });
    expect(text).not.toContain('hunter2');
  });
});

describe.each(providers)('API keys on %s', (provider) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(provider, { seed: false });
  });
  afterAll(async () => {
    await api?.close();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const refusal = async (headers: Record<string, string>) => {
    const response = await api.query(ingestMutation, { text: articleText }, headers);
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    return response.body.errors?.[0]?.message;
  };

  it('a missing key, and an unknown or revoked one, get different messages', async () => {
    expect(await refusal({})).toMatch(/^an API key is required/);
    expect(await refusal({ authorization: 'Bearer khb_not-a-key' })).toBe(
      'the API key is unknown or revoked',
    );
    const { id, key } = await createApiKey(api.database.prisma, 'to revoke', 'EDITOR');
    await revokeApiKey(api.database.prisma, String(id));
    expect(await refusal({ authorization: `Bearer ${key}` })).toBe(
      'the API key is unknown or revoked',
    );
    expect(await refusal({ authorization: `Basic ${key}` })).toBe(
      'the Authorization header must be "Bearer <key>" with an API key',
    );
  });

  it('keeps lastUsedAt, writing it at most once a minute per key', async () => {
    const { id, key } = await createApiKey(api.database.prisma, 'usage', 'EDITOR');
    const lastUsed = async () =>
      (await api.database.prisma.apiKey.findUniqueOrThrow({ where: { id } })).lastUsedAt;
    expect(await lastUsed()).toBeNull();
    const keyWrites = () =>
      api.statements.filter((sql) => /^\s*UPDATE\s+\S*ApiKey\b/i.test(sql)).length;

    api.statements.length = 0;
    const auth = { authorization: `Bearer ${key}` };
    const first = await api.query(ingestMutation, { text: articleText }, auth);
    expect(first.body.data.ingestArticle.status).toBe('CREATED');
    await Promise.all([1, 2, 3].map(() => api.query(ingestMutation, { text: articleText }, auth)));
    expect(keyWrites()).toBe(1);
    const firstUse = await lastUsed();
    expect(firstUse).toBeInstanceOf(Date);
    expect(Date.now() - firstUse!.getTime()).toBeLessThan(60_000);

    // A minute later the next use is written again.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + lastUsedWriteIntervalMs + 1000);
    await api.query(ingestMutation, { text: otherText }, auth);
    expect(keyWrites()).toBe(2);
    expect((await lastUsed())!.getTime()).toBeGreaterThan(firstUse!.getTime() + 60_000);
  });
});

describe('the process: HOST and a port in use', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('listens on 127.0.0.1 by default and says so in the banner', async () => {
    const port = await freePort();
    const server = startServer({ PORT: String(port), DATABASE_URL: database.url, HOST: '' });
    try {
      await waitForServing(server);
      const banner = server.logLines().find((line) => /Khabar is serving/.test(String(line.msg)));
      expect(banner?.msg).toMatch(
        new RegExp(`^Khabar is serving GraphQL on http://127\\.0\\.0\\.1:${port}/graphql \\(`),
      );
      expect((await postGraphQL(port, '{ articles(first: 1) { totalCount } }')).status).toBe(200);
      // Another address of this machine, if it has one, is not served.
      const external = Object.values(networkInterfaces())
        .flat()
        .find((address) => address && address.family === 'IPv4' && !address.internal);
      if (external) {
        await expect(
          new Promise((resolve, reject) => {
            const socket = net.connect(port, external.address, () => resolve(socket.end()));
            socket.on('error', reject);
          }),
        ).rejects.toMatchObject({ code: 'ECONNREFUSED' });
      }
    } finally {
      await stopServer(server);
    }
  });

  it('a port in use stops the start with a plain message, no stack trace', async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as net.AddressInfo).port;
    try {
      const server = startServer({ PORT: String(port), DATABASE_URL: database.url });
      expect(await server.exited).toBe(1);
      expect(server.output()).toMatch(
        new RegExp(
          `^Khabar cannot start: port ${port} on 127\\.0\\.0\\.1 is already in use ` +
            '\\(another Khabar, or another program, listens there\\): ' +
            'stop it or set PORT to a free port$',
          'm',
        ),
      );
      expect(server.output()).not.toMatch(/\n\s+at |EADDRINUSE/);
    } finally {
      taken.close();
    }
  });

  it.each([
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of fatal, error, warn, info, debug/],
    [{ LOG_FORMAT: 'xml' }, /LOG_FORMAT must be json or pretty, got "xml"/],
    [{ CORS_ORIGINS: 'example.org' }, /CORS_ORIGINS must be \*, none, or origins/],
    [{ HOST: 'local host' }, /HOST must be an address or host name/],
  ])('a bad setting stops the start, naming it (%o)', async (env, message) => {
    const server = startServer({ ...env, DATABASE_URL: database.url });
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/^Khabar cannot start: /m);
    expect(server.output()).toMatch(message);
  });

  it('LOG_FORMAT=pretty writes lines for a person, not JSON', async () => {
    const port = await freePort();
    const server = startServer({
      PORT: String(port),
      DATABASE_URL: database.url,
      LOG_FORMAT: 'pretty',
    });
    try {
      await waitForServing(server);
      expect(server.output()).toMatch(/^\[[\d:.]+\] INFO: Khabar is serving GraphQL/m);
      expect(server.logLines()).toEqual([]);
    } finally {
      await stopServer(server);
    }
  });
});

describe.each(providers)('graceful shutdown on %s', (provider) => {
  let database: TestDatabase;
  let key: string;
  let server: ServerProcess;
  let port: number;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    const opened = await openDatabase(database.target);
    ({ key } = await createApiKey(opened.prisma, 'shutdown test', 'EDITOR'));
    await opened.close();
    port = await freePort();
    server = startServer({ PORT: String(port), DATABASE_URL: database.url });
    await waitForServing(server);
  });
  afterAll(async () => {
    await stopServer(server);
    await database?.drop();
  });

  /**
   * An ingest whose body is sent in two parts: the request is in flight from its headers on,
   * and ends only when `finish` sends the rest.
   */
  function ingestInTwoParts(text: string) {
    const body = Buffer.from(JSON.stringify({ query: ingestMutation, variables: { text } }));
    let answered!: (value: { status: number; connection?: string; body: string }) => void;
    const answer = new Promise<{ status: number; connection?: string; body: string }>(
      (resolve) => (answered = resolve),
    );
    const request = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': String(body.length),
          authorization: `Bearer ${key}`,
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          answered({
            status: response.statusCode!,
            connection: response.headers.connection,
            body: text,
          }),
        );
      },
    );
    request.write(body.subarray(0, 64));
    return { answer, finish: () => request.end(body.subarray(64)) };
  }

  it('SIGTERM: no new connections, in-flight request done, database closed, exit 0', async () => {
    const auth = { authorization: `Bearer ${key}` };
    const warm = await postGraphQL(port, ingestMutation, { text: articleText }, auth);
    expect(warm.body.data.ingestArticle.status).toBe('CREATED');

    const inFlight = ingestInTwoParts(otherText);
    await new Promise((resolve) => setTimeout(resolve, 500));
    server.child.kill('SIGTERM');
    await waitForOutput(server, (output) => output.includes('stopping: finishing requests'));
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
    expect(server.child.exitCode).toBeNull(); // still waiting for the request in flight
    inFlight.finish();

    const answer = await inFlight.answer;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).data.ingestArticle.status).toBe('CREATED');
    expect(answer.connection).toBe('close');
    expect(await server.exited).toBe(0);
    const logged = server.logLines();
    expect(
      logged.find((line) => line.msg === 'stopping: finishing requests in flight'),
    ).toMatchObject({ signal: 'SIGTERM', inFlight: 1 });
    expect(logged.at(-1)?.msg).toBe('stopped');

    const reopened = await openDatabase(database.target);
    try {
      expect(await reopened.prisma.article.count()).toBe(4); // 2 seeds + 2 ingested
    } finally {
      await reopened.close();
    }
  });
});
