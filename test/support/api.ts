// A seeded Khabar app over a fresh database, called in-process through yoga.fetch.
import path from 'node:path';
import { Writable } from 'node:stream';
import { type AppOptions, createApp } from '../../server/app.js';
import { type Database, openDatabase } from '../../server/db/client.js';
import { type Provider, repoRoot } from '../../server/db/provider.js';
import { createLogger } from '../../server/logger.js';
import { loadSeeds } from '../../server/seed/loadSeeds.js';
import { createTestDatabase, type TestDatabase } from './databases.js';

export interface GraphQLResponse {
  status: number;
  body: {
    // biome-ignore lint/suspicious/noExplicitAny: each query's shape, checked field by field.
    data?: any;
    errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
    // biome-ignore lint/suspicious/noExplicitAny: cost and rate limit, checked field by field.
    extensions?: any;
  };
}

export interface TestApi {
  database: Database;
  testDatabase: TestDatabase;
  /** SQL statements sent since the array was last emptied. */
  statements: string[];
  /** What the app logged (JSON lines, parsed): kept here so a passing run prints nothing. */
  logLines: Record<string, unknown>[];
  query(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse>;
  close(): Promise<void>;
}

/** A JSON logger whose lines are kept, parsed, in `logLines`: a passing run prints nothing. */
export function memoryLogger() {
  const logLines: Record<string, unknown>[] = [];
  const logger = createLogger({
    level: 'info',
    format: 'json',
    destination: new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n')) if (line) logLines.push(JSON.parse(line));
        done();
      },
    }),
  });
  return { logger, logLines };
}

export async function startTestApi(
  provider: Provider,
  options: { seed?: boolean; app?: AppOptions } = {},
): Promise<TestApi> {
  const testDatabase = await createTestDatabase(provider);
  const statements: string[] = [];
  const { logger, logLines } = memoryLogger();
  const database = await openDatabase(testDatabase.target, {
    onStatement: (sql) => statements.push(sql),
  });
  if (options.seed ?? true) {
    const report = await loadSeeds(database.prisma, path.join(repoRoot, 'seeds'));
    if (report.failed.length) throw new Error(`seeds failed: ${JSON.stringify(report.failed)}`);
  }
  const app = createApp(database.prisma, { logger, ...options.app });
  return {
    database,
    testDatabase,
    statements,
    logLines,
    async query(query, variables, headers = {}) {
      const response = await app.fetch('http://khabar.test/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: await response.json() };
    },
    async close() {
      await database.close();
      await testDatabase.drop();
    },
  };
}
