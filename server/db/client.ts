// Opening the database: the generated Prisma client of the selected provider over its
// driver adapter, migrated to the latest schema.
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQueryable,
} from '@prisma/driver-adapter-utils';
import { PrismaClient as PostgresPrismaClient } from '../generated/postgresql/client.js';
import { PrismaClient } from '../generated/sqlite/client.js';
import { createAdapterFactory } from './adapters.js';
import { applyMigrations, migrationNames } from './migrations.js';
import type { DatabaseTarget, Provider } from './provider.js';

export type { PrismaClient };
/** The client inside an interactive transaction. */
export type Transaction = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

export interface Database {
  prisma: PrismaClient;
  provider: Provider;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Apply pending migrations first (default true). */
  migrate?: boolean;
  /** Called with each SQL statement sent to the database: tests and benchmarks count them. */
  onStatement?: (sql: string) => void;
}

function countStatements<T extends SqlQueryable>(
  queryable: T,
  onStatement: (sql: string) => void,
): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  const executeRaw = queryable.executeRaw.bind(queryable);
  queryable.queryRaw = (query) => {
    onStatement(query.sql);
    return queryRaw(query);
  };
  queryable.executeRaw = (query) => {
    onStatement(query.sql);
    return executeRaw(query);
  };
  return queryable;
}

function withStatementCounter(
  factory: SqlMigrationAwareDriverAdapterFactory,
  onStatement: (sql: string) => void,
): SqlMigrationAwareDriverAdapterFactory {
  const wrapAdapter = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) =>
      countStatements(await startTransaction(isolationLevel), onStatement);
    return countStatements(adapter, onStatement);
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => wrapAdapter(await factory.connect()),
    connectToShadowDb: async () => wrapAdapter(await factory.connectToShadowDb()),
  };
}

/**
 * True unless every committed migration is recorded as applied. Checked with a plain
 * query first because the schema engine locks a SQLite file exclusively even when it has
 * nothing to apply, which would fail while another process (a running server) has it open.
 */
async function hasPendingMigrations(prisma: PrismaClient, provider: Provider): Promise<boolean> {
  let applied: { migration_name: string }[];
  try {
    applied = await prisma.$queryRawUnsafe(
      'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
  } catch {
    return true; // no migrations table yet
  }
  const done = new Set(applied.map((row) => row.migration_name));
  return migrationNames(provider).some((name) => !done.has(name));
}

export async function openDatabase(
  target: DatabaseTarget,
  options: OpenOptions = {},
): Promise<Database> {
  const baseFactory = createAdapterFactory(target);
  const adapter = options.onStatement
    ? withStatementCounter(baseFactory, options.onStatement)
    : baseFactory;
  // Both generated clients have the same model types; the server codes against the SQLite
  // one and the PostgreSQL client is used through it.
  const prisma =
    target.provider === 'sqlite'
      ? new PrismaClient({ adapter })
      : (new PostgresPrismaClient({ adapter }) as unknown as PrismaClient);
  if ((options.migrate ?? true) && (await hasPendingMigrations(prisma, target.provider))) {
    await prisma.$disconnect(); // the engine needs the SQLite file to itself
    await applyMigrations(target);
  }
  if (target.provider === 'sqlite' && target.url !== ':memory:') {
    // WAL lets readers go on while a writer commits; the busy timeout is set on the adapter.
    // synchronous=NORMAL is WAL's recommended level: no corruption on a crash, and commits
    // wait for no fsync (a power cut may lose the last transactions, never half of one).
    await prisma.$queryRawUnsafe('PRAGMA journal_mode = WAL');
    await prisma.$executeRawUnsafe('PRAGMA synchronous = NORMAL');
  }
  return { prisma, provider: target.provider, close: () => prisma.$disconnect() };
}
