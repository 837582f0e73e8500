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

/**
 * PostgreSQL time limits, so that a server that stops answering costs a request seconds,
 * not the whole outage: connecting (a server that accepts but never answers fails the
 * start within 5 s), each statement (enforced by the server), each query as the client
 * waits for it (the server's limit plus a margin, for a server that answers nothing), and
 * a transaction left idle (which would hold its locks).
 */
export const postgresTimeouts = {
  connectionTimeoutMillis: 5_000,
  statement_timeout: 15_000,
  query_timeout: 20_000,
  idle_in_transaction_session_timeout: 30_000,
};

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
  return new PrismaPg({
    connectionString: target.url,
    ...postgresTimeouts,
    max: 10,
    keepAlive: true,
  });
}
