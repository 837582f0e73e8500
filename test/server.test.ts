// `npm start` as a user runs it: a real process on a real port over a fresh database.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { request as httpRequest } from 'node:http';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../server/db/provider.js';
import { maxRequestBodyBytes } from '../server/plugins/requestBodyLimit.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';
import { freePort } from './support/freePort.js';

/** A POST with exactly the given headers (fetch would always set Content-Length itself). */
function rawPost(
  port: number,
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode!, body: text }));
      },
    );
    request.on('error', reject);
    // An oversized declared length is answered before any body is sent: end without one.
    request.end(
      headers['content-length'] && Number(headers['content-length']) > body.length
        ? undefined
        : body,
    );
  });
}

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function startServer(env: Record<string, string | undefined>): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  return { child, output: () => output, exited };
}

async function waitForServing(started: Started): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!started.output().includes('Khabar is serving')) {
    if (started.child.exitCode !== null) throw new Error(`server exited: ${started.output()}`);
    if (Date.now() > deadline) throw new Error(`server did not start: ${started.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.each(['sqlite', 'postgresql'] as const)(
  'npm start on an empty %s database',
  (provider) => {
    let database: TestDatabase;
    let started: Started;
    let port: number;
    beforeAll(async () => {
      database = await createTestDatabase(provider);
      port = await freePort();
      started = startServer({ PORT: String(port), DATABASE_URL: database.url });
      await waitForServing(started);
    });
    afterAll(async () => {
      started?.child.kill('SIGTERM');
      await started?.exited;
      await database?.drop();
    });

    it('migrates, seeds and answers GraphQL over HTTP', async () => {
      expect(started.output()).toContain('Empty database: loading seeds/');
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ articles(first: 10) { totalCount nodes { publishedAt } } }',
        }),
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as {
        data: { articles: { totalCount: number; nodes: { publishedAt: string }[] } };
      };
      expect(body.data.articles.totalCount).toBe(2);
      expect(body.data.articles.nodes.map((a) => a.publishedAt)).toEqual([
        '2022-12-23',
        '2021-11-02',
      ]);
    });

    it('serves GraphiQL on GET', async () => {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        headers: { accept: 'text/html' },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(await response.text()).toContain('Khabar GraphQL');
    });

    if (provider === 'sqlite') {
      it('refuses a body too large or without a length, saying why; keeps serving', async () => {
        const query = JSON.stringify({ query: '{ articles(first: 1) { totalCount } }' });
        const oversized = await rawPost(
          port,
          { 'content-length': String(maxRequestBodyBytes + 1) },
          '',
        );
        expect(oversized.status).toBe(413);
        expect(oversized.body).toContain(`the limit is ${maxRequestBodyBytes}`);
        const chunked = await rawPost(port, { 'transfer-encoding': 'chunked' }, query);
        expect(chunked.status).toBe(411);
        expect(chunked.body).toContain('needs a Content-Length header');
        const fine = await rawPost(
          port,
          { 'content-length': String(Buffer.byteLength(query)) },
          query,
        );
        expect(fine.status).toBe(200);
        expect(JSON.parse(fine.body)).toMatchObject({ data: { articles: { totalCount: 2 } } });
      });

      it('keeps the SQLite file in WAL mode', () => {
        const file = new Database(database.target.url, { readonly: true });
        try {
          expect(file.pragma('journal_mode', { simple: true })).toBe('wal');
        } finally {
          file.close();
        }
      });
    }
  },
);

describe('npm start with a bad configuration', () => {
  it.each([
    {
      env: { PORT: 'eighty' },
      message: /PORT must be a whole number from 1 to 65535, got "eighty"/,
    },
    { env: { PORT: '70000' }, message: /PORT must be a whole number from 1 to 65535/ },
    {
      env: { DATABASE_URL: 'mysql://localhost/khabar' },
      message: /DATABASE_URL: expected a file: URL \(SQLite\) or a postgresql:\/\/ URL/,
    },
    { env: { DATABASE_URL: 'file:' }, message: /DATABASE_URL: a file: URL needs a path/ },
  ])('stops with a message naming the variable ($env)', async ({ env, message }) => {
    const started = startServer(env);
    expect(await started.exited).toBe(1);
    expect(started.output()).toMatch(message);
    expect(started.output()).toMatch(/^Khabar cannot start: /m);
  });
});
