// Faults of the database: gone, read-only, full, down or silent. The API answers 503 with
// SERVICE_UNAVAILABLE and a plain reason, /ready says why, the server keeps running, and it
// never makes a new empty database where one it was using has vanished.
import { chmodSync, chownSync, existsSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../server/db/apiKeyStore.js';
import { openDatabase } from '../server/db/client.js';
import { DatabaseUnavailableError, databaseFaultOf } from '../server/db/faults.js';
import { repoRoot } from '../server/db/provider.js';
import { creationMarkerOf, DatabaseMissingError } from '../server/db/sqliteFile.js';
import { type GraphQLResponse, startTestApi } from './support/api.js';
import { createTestDatabase, postgresAdminUrl, type TestDatabase } from './support/databases.js';
import { freePort } from './support/freePort.js';
import {
  postGraphQL,
  type ServerProcess,
  startServer,
  stopServer,
  unprivileged,
  waitForServing,
} from './support/serverProcess.js';
import { startTcpProxy, type TcpProxy } from './support/tcpProxy.js';

const articleText = readFileSync(
  path.join(repoRoot, 'test/fixtures/articles/01_lavrov-bayramov-mirzoyan-moscow.txt'),
  'utf8',
);
/** The same article with a line more: a new text, so each ingest is a write. */
const variant = (n: number) => `${articleText.trimEnd()}\n\nرمز المرجع ${'ب'.repeat(n + 1)}.\n`;

const ingestMutation = `mutation Ingest($text: String!) {
  ingestArticle(input: { text: $text }) { status article { slug } }
}`;
/** A read no response cache has seen: each call asks for a new alias. */
let reads = 0;
const countQuery = () => `{ articles(first: 1) { totalCount } read${++reads}: __typename }`;

function expectUnavailable(response: { status: number; body: GraphQLResponse['body'] }): void {
  expect(response.status).toBe(503);
  const [error] = response.body.errors ?? [];
  expect(error?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
  expect(error?.message).toMatch(/^The service is unavailable: .+\. Try again later\.$/);
  // No path, host, database name, SQL or driver in what the client reads.
  expect(JSON.stringify(response.body)).not.toMatch(
    /khabar_test|\/tmp|127\.0\.0\.1|prisma|SQLITE_|select|\bat /i,
  );
}

async function readiness(port: number): Promise<{ status: number; body: Record<string, string> }> {
  const response = await fetch(`http://127.0.0.1:${port}/ready`);
  return { status: response.status, body: (await response.json()) as Record<string, string> };
}

/** A database with an editor key, created before the server starts. */
async function databaseWithEditorKey(
  provider: 'sqlite' | 'postgresql',
): Promise<{ database: TestDatabase; key: string }> {
  const database = await createTestDatabase(provider);
  const opened = await openDatabase(database.target);
  const { key } = await createApiKey(opened.prisma, 'faults test', 'EDITOR');
  await opened.close();
  return { database, key };
}

describe('the SQLite file deleted under a running server', () => {
  let database: TestDatabase;
  let key: string;
  let server: ServerProcess | undefined;
  let port: number;
  beforeAll(async () => {
    ({ database, key } = await databaseWithEditorKey('sqlite'));
    port = await freePort();
    server = startServer({ PORT: String(port), DATABASE_URL: database.url });
    await waitForServing(server);
  });
  afterAll(async () => {
    await stopServer(server);
    await database?.drop();
  });

  it('answers 503 to writes and reads instead of writing into the deleted file', async () => {
    const auth = { authorization: `Bearer ${key}` };
    const before = await postGraphQL(port, ingestMutation, { text: variant(0) }, auth);
    expect(before.body.data.ingestArticle.status).toBe('CREATED');

    unlinkSync(database.target.url);
    const ingest = await postGraphQL(port, ingestMutation, { text: variant(1) }, auth);
    expectUnavailable(ingest);
    expect(ingest.body.errors[0].message).toContain('the database file was deleted');
    // The operator's log has the request line and the fault in full, under one request id.
    const reqId = ingest.headers.get('x-request-id');
    const logged = server!.logLines().filter((line) => line.reqId === reqId);
    expect(logged.find((line) => line.msg === 'request')).toMatchObject({
      status: 503,
      operation: 'Ingest',
      errors: ['SERVICE_UNAVAILABLE'],
    });
    expect(logged.find((line) => line.level === 50)).toMatchObject({
      err: {
        type: 'DatabaseUnavailableError',
        message: expect.stringMatching(/was deleted or moved/),
      },
    });
    // Reads are refused too (the file is checked before reads at most once a second).
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expectUnavailable(await postGraphQL(port, countQuery()));
    const ready = await readiness(port);
    expect(ready).toEqual({
      status: 503,
      body: { status: 'unavailable', reason: 'the database file was deleted' },
    });
    expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
    expect(existsSync(database.target.url)).toBe(false);
  });

  it('refuses to start on the vanished file rather than make a new empty one', async () => {
    await stopServer(server);
    server = undefined;
    const restarted = startServer({ PORT: String(port), DATABASE_URL: database.url });
    expect(await restarted.exited).toBe(1);
    expect(restarted.output()).toMatch(
      new RegExp(
        '^Khabar cannot start: the SQLite database .+ is missing, ' +
          'but Khabar created it before .*: it was deleted or moved\\. ' +
          'Restore it from a backup, or delete .+\\.created to start over',
        'm',
      ),
    );
    expect(existsSync(database.target.url)).toBe(false);
  });
});

describe('the SQLite file rule at open', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('creates a database and its marker on first use only', async () => {
    const file = database.target.url;
    const first = await openDatabase(database.target);
    await first.close();
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(creationMarkerOf(file), 'utf8')).toMatch(/^created \d{4}-/);

    rmSync(file);
    await expect(openDatabase(database.target)).rejects.toThrow(DatabaseMissingError);
    expect(existsSync(file)).toBe(false);

    // With the marker removed (the operator's way to start over) a new database is made.
    rmSync(creationMarkerOf(file));
    const fresh = await openDatabase(database.target);
    await fresh.close();
    expect(existsSync(file)).toBe(true);
  });

  it('refuses a missing file whose write-ahead log is still there', async () => {
    const file = database.target.url;
    const held = await openDatabase(database.target); // keeps -wal while open
    expect(existsSync(`${file}-wal`)).toBe(true);
    rmSync(file);
    rmSync(creationMarkerOf(file));
    await expect(openDatabase(database.target)).rejects.toThrow(/its write-ahead log .* is there/);
    await held.close().catch(() => {});
  });
});

describe('a read-only SQLite database', () => {
  it('stops the start with a message saying so', async () => {
    const database = await createTestDatabase('sqlite');
    try {
      const opened = await openDatabase(database.target);
      await opened.close();
      const folder = path.dirname(database.target.url);
      chmodSync(database.target.url, 0o444);
      chmodSync(folder, 0o777);
      if (unprivileged.uid !== undefined) chownSync(database.target.url, unprivileged.uid, 0);
      const server = startServer({ DATABASE_URL: database.url }, unprivileged);
      expect(await server.exited).toBe(1);
      expect(server.output()).toMatch(
        /^Khabar cannot start: SQLite file .+: the database is read-only \(Khabar writes to it/m,
      );
      expect(server.output()).not.toMatch(/\n\s+at /);
    } finally {
      await database.drop();
    }
  });

  it('answers writes with 503 while reads go on, and /ready says why', async () => {
    const api = await startTestApi('sqlite');
    try {
      const { key } = await createApiKey(api.database.prisma, 'read-only test', 'EDITOR');
      // query_only makes SQLite itself refuse every write with SQLITE_READONLY.
      await api.database.prisma.$executeRawUnsafe('PRAGMA query_only = 1');
      const ingest = await api.query(
        ingestMutation,
        { text: variant(2) },
        { authorization: `Bearer ${key}` },
      );
      expectUnavailable(ingest);
      expect(ingest.body.errors?.[0]?.message).toContain('the database is read-only');
      expect((await api.query(countQuery())).body.data.articles.totalCount).toBe(2);
      const fault = await api.database.readiness();
      expect(fault?.reason).toBe('the database is read-only');
    } finally {
      await api.database.prisma.$executeRawUnsafe('PRAGMA query_only = 0');
      await api.close();
    }
  });
});

describe('a full SQLite database', () => {
  it('answers 503 "full" and stores nothing of the article', async () => {
    const api = await startTestApi('sqlite');
    try {
      const { key } = await createApiKey(api.database.prisma, 'full test', 'EDITOR');
      // A page limit at the current size: the next page SQLite needs fails with SQLITE_FULL,
      // as on a full disk.
      const [pages] =
        await api.database.prisma.$queryRawUnsafe<{ page_count: bigint }[]>('PRAGMA page_count');
      await api.database.prisma.$queryRawUnsafe(`PRAGMA max_page_count = ${pages!.page_count}`);
      const ingest = await api.query(
        ingestMutation,
        { text: `${variant(3)}\n${'وقال المتحدث إن التعاون مستمر. '.repeat(400)}` },
        { authorization: `Bearer ${key}` },
      );
      expectUnavailable(ingest);
      expect(ingest.body.errors?.[0]?.message).toContain('the disk holding the database is full');
      expect((await api.query(countQuery())).body.data.articles.totalCount).toBe(2);
    } finally {
      await api.close();
    }
  });
});

describe('PostgreSQL that does not answer at start', () => {
  it('accepting connections and never answering: a clear message within 10 s', async () => {
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const silentPort = (silent.address() as net.AddressInfo).port;
    try {
      const started = Date.now();
      const server = startServer({
        DATABASE_URL: `postgresql://postgres@127.0.0.1:${silentPort}/khabar`,
      });
      expect(await server.exited).toBe(1);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(server.output()).toMatch(
        new RegExp(
          `^Khabar cannot start: PostgreSQL at 127\\.0\\.0\\.1:${silentPort}/khabar: ` +
            'the database did not answer in time \\(connecting waits 5 s',
          'm',
        ),
      );
      expect(server.output()).not.toMatch(/\n\s+at /);
    } finally {
      for (const socket of sockets) socket.destroy();
      silent.close();
    }
  });

  it('refusing connections: a clear message at once', async () => {
    const closedPort = await freePort();
    const server = startServer({
      DATABASE_URL: `postgresql://postgres@127.0.0.1:${closedPort}/khabar`,
    });
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(
      new RegExp(
        '^Khabar cannot start: PostgreSQL at .+: the database server does not answer ' +
          '\\(connection refused\\) \\(is the database server running',
        'm',
      ),
    );
  });
});

describe("the PostgreSQL pool's time limits", () => {
  it('reach the server: statement and idle-in-transaction timeouts', async () => {
    const database = await createTestDatabase('postgresql');
    const opened = await openDatabase(database.target);
    try {
      const show = async (setting: string) =>
        (await opened.prisma.$queryRawUnsafe<Record<string, string>[]>(`SHOW ${setting}`))[0]?.[
          setting
        ];
      expect(await show('statement_timeout')).toBe('15s');
      expect(await show('idle_in_transaction_session_timeout')).toBe('30s');
    } finally {
      await opened.close();
      await database.drop();
    }
  });
});

describe('PostgreSQL going away under a running server', () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let server: ServerProcess | undefined;
  let port: number;
  beforeAll(async () => {
    database = await createTestDatabase('postgresql');
    const target = new URL(database.url);
    proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
    target.port = String(proxy.port);
    port = await freePort();
    server = startServer({ PORT: String(port), DATABASE_URL: target.href });
    await waitForServing(server);
  });
  afterAll(async () => {
    await stopServer(server);
    await proxy?.close();
    await database?.drop();
  });

  it('down: 503 at once, /ready says so, and service resumes when it is back', async () => {
    expect((await postGraphQL(port, countQuery())).status).toBe(200);
    await proxy.setMode('refuse');
    const started = Date.now();
    expectUnavailable(await postGraphQL(port, countQuery()));
    expect(Date.now() - started).toBeLessThan(3000);
    const ready = await readiness(port);
    expect(ready.status).toBe(503);
    expect(ready.body.status).toBe('unavailable');
    expect(ready.body.reason).toMatch(/does not answer|connection/);

    await proxy.setMode('forward');
    const back = await postGraphQL(port, countQuery());
    expect(back.status).toBe(200);
    expect(back.body.data.articles.totalCount).toBe(2);
    expect((await readiness(port)).status).toBe(200);
  });

  it('silent: 503 within seconds instead of hanging, and /ready within 5 s', async () => {
    await proxy.setMode('silent');
    const started = Date.now();
    expectUnavailable(await postGraphQL(port, countQuery()));
    expect(Date.now() - started).toBeLessThan(8000);
    const readyStarted = Date.now();
    const ready = await readiness(port);
    expect(ready.status).toBe(503);
    expect(Date.now() - readyStarted).toBeLessThan(5000);

    await proxy.setMode('forward');
    expect((await postGraphQL(port, countQuery())).status).toBe(200);
  });
});

describe('a read-only PostgreSQL database', () => {
  let database: TestDatabase;
  let key: string;
  let server: ServerProcess | undefined;
  let port: number;
  const name = () => new URL(database.url).pathname.slice(1);
  async function setReadOnly(on: boolean): Promise<void> {
    const admin = new pg.Client({ connectionString: postgresAdminUrl });
    await admin.connect();
    try {
      await admin.query(
        `ALTER DATABASE "${name()}" SET default_transaction_read_only = ${on ? 'on' : 'off'}`,
      );
      // Sessions keep the setting they started with: end them, so the pool reconnects.
      await admin.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1',
        [name()],
      );
    } finally {
      await admin.end();
    }
  }
  beforeAll(async () => {
    ({ database, key } = await databaseWithEditorKey('postgresql'));
    port = await freePort();
    server = startServer({ PORT: String(port), DATABASE_URL: database.url });
    await waitForServing(server);
  });
  afterAll(async () => {
    await stopServer(server);
    await database?.drop();
  });

  it('answers writes with 503 "read-only" and /ready says so; reads go on', async () => {
    await setReadOnly(true);
    // The first statement on a connection ended by the server may fail as a lost connection.
    await postGraphQL(port, countQuery());
    const ingest = await postGraphQL(
      port,
      ingestMutation,
      { text: variant(4) },
      { authorization: `Bearer ${key}` },
    );
    expectUnavailable(ingest);
    expect(ingest.body.errors[0].message).toContain('the database is read-only');
    expect((await readiness(port)).body).toEqual({
      status: 'unavailable',
      reason: 'the database is read-only',
    });
    const read = await postGraphQL(port, countQuery());
    expect(read.status).toBe(200);
  });

  it('stops the start with a message saying so', async () => {
    await stopServer(server);
    server = undefined;
    const restarted = startServer({ DATABASE_URL: database.url });
    expect(await restarted.exited).toBe(1);
    expect(restarted.output()).toMatch(
      /^Khabar cannot start: PostgreSQL at .+: the database is read-only \(Khabar writes to it/m,
    );
    await setReadOnly(false);
  });
});

describe('which errors are database faults', () => {
  // Shapes as Prisma 7 and its driver adapters report them (seen in the tests above).
  const adapterError = (cause: Record<string, unknown>) =>
    Object.assign(new Error('Invalid invocation'), {
      code: 'P2010',
      meta: { driverAdapterError: { name: 'DriverAdapterError', cause } },
    });
  it.each([
    [
      adapterError({ kind: 'sqlite', originalCode: 'SQLITE_READONLY' }),
      'the database is read-only',
    ],
    [
      adapterError({ kind: 'sqlite', originalCode: 'SQLITE_FULL' }),
      'the disk holding the database is full',
    ],
    [
      adapterError({ kind: 'sqlite', originalCode: 'SQLITE_CANTOPEN' }),
      'the database file cannot be opened',
    ],
    [
      adapterError({ kind: 'sqlite', originalCode: 'SQLITE_IOERR_WRITE' }),
      'the database file cannot be read or written (I/O error)',
    ],
    [adapterError({ kind: 'postgres', code: '25006' }), 'the database is read-only'],
    [adapterError({ kind: 'postgres', code: '53100' }), 'the disk holding the database is full'],
    [
      adapterError({ kind: 'postgres', code: '57014' }),
      'the database did not answer in time (statement timeout)',
    ],
    [
      adapterError({ kind: 'postgres', code: '57P01' }),
      'the database server is shutting down or starting',
    ],
    [
      adapterError({ kind: 'DatabaseNotReachable', host: 'h', port: 1 }),
      'the database server does not answer (connection refused)',
    ],
    [
      new Error('Connection terminated due to connection timeout'),
      'the database did not answer in time',
    ],
    [new Error('Query read timeout'), 'the database did not answer in time'],
    [
      Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
      'the database server does not answer',
    ],
    [
      new DatabaseUnavailableError('the database file was deleted'),
      'the database file was deleted',
    ],
  ])('%s → %s', (error, reason) => {
    expect(databaseFaultOf(error)).toBe(reason);
    expect(databaseFaultOf({ originalError: error })).toBe(reason);
  });

  it.each([
    adapterError({ kind: 'UniqueConstraintViolation' }),
    adapterError({ kind: 'postgres', code: '23505' }),
    adapterError({ kind: 'sqlite', originalCode: 'SQLITE_CONSTRAINT' }),
    new Error('Unexpected token'),
    new TypeError('Cannot read properties of undefined'),
  ])('%s is not a fault', (error) => {
    expect(databaseFaultOf(error)).toBeNull();
  });
});
