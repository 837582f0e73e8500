// Driver adapter factories for the schema engine (migrations), each mending one way in
// which a 7.10 adapter and the WebAssembly schema engine disagree. The application's own
// queries use the plain adapters (adapters.ts).
//
// PostgreSQL: @prisma/adapter-pg 7.10 throws on PostgreSQL's internal one-byte "char" type (OID
// 18),
// which the schema engine reads from pg_catalog when it describes a database. Queries of
// the application never return it; migrations do. This factory serves the schema engine
// only: it reports such columns as text (pg already returns them as one-letter strings).

import { PrismaPg } from '@prisma/adapter-pg';
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { createAdapterFactory } from './adapters.js';
import type { DatabaseTarget } from './provider.js';

const pgCharOid = 18;
const pgTextOid = 25;

function reportCharAsText<T>(result: T): T {
  for (const field of (result as { fields?: { dataTypeID: number }[] }).fields ?? []) {
    if (field.dataTypeID === pgCharOid) field.dataTypeID = pgTextOid;
  }
  return result;
}

function patchQuery<T extends { query: (...args: never[]) => unknown }>(queryable: T): T {
  const original = queryable.query.bind(queryable) as (...args: unknown[]) => unknown;
  (queryable as { query: unknown }).query = (...args: unknown[]) => {
    const result = original(...args);
    return result instanceof Promise ? result.then(reportCharAsText) : result;
  };
  return queryable;
}

class CharAsTextPool extends pg.Pool {
  constructor(config: pg.PoolConfig) {
    super(config);
    patchQuery(this);
    this.on('connect', (client) => patchQuery(client));
  }
}

class PgMigrationAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres' as const;
  readonly adapterName = '@prisma/adapter-pg';

  constructor(private readonly connectionString: string) {}

  connect(): Promise<SqlDriverAdapter> {
    return new PrismaPg(new CharAsTextPool({ connectionString: this.connectionString, max: 2 }), {
      disposeExternalPool: true,
    }).connect();
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const admin = new pg.Client({ connectionString: this.connectionString });
    await admin.connect();
    const database = `khabar_shadow_${globalThis.crypto.randomUUID().replaceAll('-', '')}`;
    await admin.query(`CREATE DATABASE "${database}"`);
    const url = new URL(this.connectionString);
    url.pathname = `/${database}`;
    const adapter = await new PrismaPg(new CharAsTextPool({ connectionString: url.href, max: 2 }), {
      disposeExternalPool: true,
    }).connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await admin.query(`DROP DATABASE IF EXISTS "${database}"`);
      await admin.end();
    };
    return adapter;
  }
}

// SQLite: the engine replays a whole migration.sql on the shadow database through
// executeRaw, and better-sqlite3 prepares one statement at a time. A parameterless
// multi-statement call is a script: run it as one.
function runScriptsWhole(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length === 0 && /;\s*\S/.test(query.sql)) {
      await adapter.executeScript(query.sql);
      return 0;
    }
    return executeRaw(query);
  };
  return adapter;
}

function sqliteMigrationAdapterFactory(
  target: DatabaseTarget,
): SqlMigrationAwareDriverAdapterFactory {
  const factory = createAdapterFactory(target);
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => runScriptsWhole(await factory.connect()),
    connectToShadowDb: async () => runScriptsWhole(await factory.connectToShadowDb()),
  };
}

/**
 * The schema engine's adapter factory for a database, and `closeAll` to release every
 * connection it opened: freeing the engine does not, and an open SQLite connection would
 * keep the server from switching the file to WAL.
 */
export function createMigrationAdapterFactory(target: DatabaseTarget): {
  factory: SqlMigrationAwareDriverAdapterFactory;
  closeAll: () => Promise<void>;
} {
  const inner =
    target.provider === 'postgresql'
      ? new PgMigrationAdapterFactory(target.url)
      : sqliteMigrationAdapterFactory(target);
  const opened: SqlDriverAdapter[] = [];
  const track = (adapter: SqlDriverAdapter) => {
    opened.push(adapter);
    return adapter;
  };
  return {
    factory: {
      provider: inner.provider,
      adapterName: inner.adapterName,
      connect: async () => track(await inner.connect()),
      connectToShadowDb: async () => track(await inner.connectToShadowDb()),
    },
    closeAll: async () => {
      await Promise.allSettled(opened.splice(0).map((adapter) => adapter.dispose()));
    },
  };
}
