// Fresh, real databases for tests: a SQLite file in a temporary folder, or a new database
// on the PostgreSQL server (127.0.0.1:5432, or POSTGRES_URL), dropped afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { DatabaseTarget, Provider } from '../../server/db/provider.js';

export const postgresAdminUrl =
  process.env.POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  target: DatabaseTarget;
  url: string;
  drop(): Promise<void>;
}

async function connectAdmin(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: postgresAdminUrl });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL does not answer at ${postgresAdminUrl} (${(error as Error).message}). ` +
        'The API suite runs on PostgreSQL too: start the server or set POSTGRES_URL.',
    );
  }
  return client;
}

export async function createTestDatabase(provider: Provider): Promise<TestDatabase> {
  const name = `khabar_test_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
  if (provider === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'khabar-'));
    const file = path.join(dir, `${name}.db`);
    return {
      target: { provider, url: file },
      url: `file:${file}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const admin = await connectAdmin();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  return {
    target: { provider, url: url.href },
    url: url.href,
    drop: async () => {
      const client = await connectAdmin();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

export const providers: Provider[] = ['sqlite', 'postgresql'];
