import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { DatabaseTarget } from './provider.js';

/** How long a SQLite writer waits for a lock before failing (better-sqlite3's busy timeout). */
export const sqliteBusyTimeoutMs = 5000;

/** The driver adapter factory for a database; creates the SQLite file's folder if needed. */
export function createAdapterFactory(target: DatabaseTarget): SqlMigrationAwareDriverAdapterFactory {
  if (target.provider === 'sqlite') {
    if (target.url !== ':memory:') mkdirSync(path.dirname(target.url), { recursive: true });
    return new PrismaBetterSqlite3({ url: target.url, timeout: sqliteBusyTimeoutMs });
  }
  return new PrismaPg({ connectionString: target.url, max: 10 });
}
