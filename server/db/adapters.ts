import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { DatabaseTarget } from './provider.js';

/** How long a SQLite writer waits for a lock before failing (better-sqlite3's busy timeout). */
export const sqliteBusyTimeoutMs = 5000;

/**
 * The SQLite bundled with better-sqlite3 (3.32 and later) accepts 32766 bound values per
 * statement. Without being told, Prisma assumes the old limit of 999 and splits a
 * relation's IN list into several statements once a page holds ~1000 related rows, so
 * the statements per request would grow with the page size.
 */
const sqliteMaxBindValues = 32766;

function withSqliteLimits(adapter: SqlDriverAdapter): SqlDriverAdapter {
  adapter.getConnectionInfo = () => ({
    maxBindValues: sqliteMaxBindValues,
    supportsRelationJoins: false,
  });
  return adapter;
}

/** The driver adapter factory for a database; creates the SQLite file's folder if needed. */
export function createAdapterFactory(
  target: DatabaseTarget,
): SqlMigrationAwareDriverAdapterFactory {
  if (target.provider === 'sqlite') {
    if (target.url !== ':memory:') mkdirSync(path.dirname(target.url), { recursive: true });
    const factory = new PrismaBetterSqlite3({ url: target.url, timeout: sqliteBusyTimeoutMs });
    return {
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: async () => withSqliteLimits(await factory.connect()),
      connectToShadowDb: async () => withSqliteLimits(await factory.connectToShadowDb()),
    };
  }
  return new PrismaPg({ connectionString: target.url, max: 10 });
}
