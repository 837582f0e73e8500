// Opening the database: the generated Prisma client of the selected provider over its
// driver adapter, migrated to the latest schema; and its readiness (reachable, writable,
// migrated). A SQLite file is created only on first use and guarded against vanishing.
import { statfs } from 'node:fs/promises';
import path from 'node:path';
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQueryable,
} from '@prisma/driver-adapter-utils';
import { PrismaClient as PostgresPrismaClient } from '../generated/postgresql/client.js';
import { PrismaClient } from '../generated/sqlite/client.js';
import { createAdapterFactory, postgresTimeouts } from './adapters.js';
import { DatabaseUnavailableError, databaseFaultOf } from './faults.js';
import { applyMigrations, migrationNames } from './migrations.js';
import type { DatabaseTarget, Provider } from './provider.js';
import {
  assertMayCreate,
  DatabaseMissingError,
  markCreated,
  SqliteFileGuard,
  shownPath,
} from './sqliteFile.js';

export type { PrismaClient };
/** The client inside an interactive transaction. */
export type Transaction = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

export interface Database {
  prisma: PrismaClient;
  provider: Provider;
  /**
   * Null when the database answers, takes writes and has every migration applied;
   * otherwise the fault (its `reason` for clients, its message for the operator).
   * Answers within readinessTimeoutMs.
   */
  readiness(): Promise<DatabaseUnavailableError | null>;
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
 * A database fault (unreachable, timed out) is thrown, not taken for "no migrations yet".
 */
async function hasPendingMigrations(prisma: PrismaClient, provider: Provider): Promise<boolean> {
  let applied: { migration_name: string }[];
  try {
    applied = await prisma.$queryRawUnsafe(
      'SELECT migration_name FROM "_prisma_migrations" ' +
        'WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
  } catch (error) {
    if (databaseFaultOf(error)) throw error;
    return true; // no migrations table yet
  }
  const done = new Set(applied.map((row) => row.migration_name));
  return migrationNames(provider).some((name) => !done.has(name));
}

/**
 * Consults the SQLite file guard, which refuses to use a file deleted or replaced under the
 * server: before every statement that may write (anything but a SELECT) and before a
 * transaction begins; before reads at most once a second.
 */
function withFileCheck(
  factory: SqlMigrationAwareDriverAdapterFactory,
  guard: SqliteFileGuard,
): SqlMigrationAwareDriverAdapterFactory {
  const guardQueryable = <T extends SqlQueryable>(queryable: T): T => {
    const queryRaw = queryable.queryRaw.bind(queryable);
    const executeRaw = queryable.executeRaw.bind(queryable);
    queryable.queryRaw = async (query) => {
      if (/^\s*SELECT\b/i.test(query.sql)) guard.checkForRead();
      else guard.check();
      return queryRaw(query);
    };
    queryable.executeRaw = async (query) => {
      guard.check();
      return executeRaw(query);
    };
    return queryable;
  };
  const wrapAdapter = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      guard.check();
      return guardQueryable(await startTransaction(isolationLevel));
    };
    return guardQueryable(adapter);
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => wrapAdapter(await factory.connect()),
    connectToShadowDb: async () => wrapAdapter(await factory.connectToShadowDb()),
  };
}

/** Where the database is, for operators' messages: never a password. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.provider === 'sqlite') {
    return `SQLite file ${shownPath(target.url)}`;
  }
  const url = new URL(target.url);
  return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
}

/** What an operator can do about a fault, added to the start message and the log. */
const operatorHints: [RegExp, string][] = [
  [/read-only/, 'Khabar writes to it (migrations, ingestion, API keys): make it writable'],
  [/full/, 'free some space on that disk'],
  [/does not answer|connection refused/, 'is the database server running, and DATABASE_URL right?'],
  [
    /in time/,
    `connecting waits ${postgresTimeouts.connectionTimeoutMillis / 1000} s and a statement ` +
      `${postgresTimeouts.statement_timeout / 1000} s`,
  ],
];

/** The same fault with the database named, for the operator's start message and log. */
function namedFault(error: unknown, target: DatabaseTarget): unknown {
  if (error instanceof DatabaseMissingError || error instanceof DatabaseUnavailableError) {
    return error;
  }
  const reason = databaseFaultOf(error);
  if (!reason) return error;
  const hint = operatorHints.find(([pattern]) => pattern.test(reason))?.[1];
  const detail = `${describeTarget(target)}: ${reason}${hint ? ` (${hint})` : ''}`;
  return new DatabaseUnavailableError(reason, detail, { cause: error });
}

/** How long the readiness check waits for the database before calling it unavailable. */
export const readinessTimeoutMs = 4_000;

/** Below this much free space on its disk a SQLite database is reported as not ready. */
const minimumFreeBytes = 1024 * 1024;

export async function openDatabase(
  target: DatabaseTarget,
  options: OpenOptions = {},
): Promise<Database> {
  const guard =
    target.provider === 'sqlite' && target.url !== ':memory:'
      ? new SqliteFileGuard(target.url)
      : null;
  if (guard) assertMayCreate(guard.file);
  let adapter = createAdapterFactory(target);
  if (guard) adapter = withFileCheck(adapter, guard);
  if (options.onStatement) adapter = withStatementCounter(adapter, options.onStatement);
  // Both generated clients have the same model types; the server codes against the SQLite
  // one and the PostgreSQL client is used through it.
  const prisma =
    target.provider === 'sqlite'
      ? new PrismaClient({ adapter })
      : (new PostgresPrismaClient({ adapter }) as unknown as PrismaClient);
  try {
    // Reached first, so that a database that is down or silent is named as such, within
    // the connect timeout, instead of surfacing later as a migration failure.
    await prisma.$queryRawUnsafe('SELECT 1');
    if ((options.migrate ?? true) && (await hasPendingMigrations(prisma, target.provider))) {
      await prisma.$disconnect(); // the engine needs the SQLite file to itself
      await applyMigrations(target);
    }
    if (guard) {
      // WAL lets readers go on while a writer commits; the busy timeout is set on the
      // adapter. synchronous=NORMAL is WAL's recommended level: no corruption on a crash,
      // and commits wait for no fsync (a power cut may lose the last transactions, never
      // half of one).
      await prisma.$queryRawUnsafe('PRAGMA journal_mode = WAL');
      await prisma.$executeRawUnsafe('PRAGMA synchronous = NORMAL');
    }
  } catch (error) {
    await prisma.$disconnect().catch(() => {});
    throw namedFault(error, target);
  }
  if (guard) {
    guard.remember();
    markCreated(guard.file);
  }

  async function check(): Promise<DatabaseUnavailableError | null> {
    try {
      guard?.check();
      if (await hasPendingMigrations(prisma, target.provider)) {
        return new DatabaseUnavailableError(
          'the database has migrations not yet applied',
          `${describeTarget(target)} has migrations not yet applied: restart Khabar or run ` +
            '`npm run migrate -- deploy`',
        );
      }
      // A write that changes nothing: refused by a read-only database on both providers.
      await prisma.$executeRawUnsafe('UPDATE "_prisma_migrations" SET id = id WHERE 1 = 0');
      if (guard) {
        const disk = await statfs(path.dirname(guard.file));
        if (disk.bavail * disk.bsize < minimumFreeBytes) {
          throw new DatabaseUnavailableError('the disk holding the database is full');
        }
      }
      return null;
    } catch (error) {
      const fault = namedFault(error, target);
      if (fault instanceof DatabaseUnavailableError) return fault;
      return new DatabaseUnavailableError(
        'the database check failed',
        `${describeTarget(target)}: the readiness check failed: ${(error as Error).message}`,
        { cause: error },
      );
    }
  }

  return {
    prisma,
    provider: target.provider,
    readiness: () => {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<DatabaseUnavailableError>((resolve) => {
        timer = setTimeout(
          () =>
            resolve(
              new DatabaseUnavailableError(
                `the database did not answer within ${readinessTimeoutMs / 1000} s`,
                `${describeTarget(target)} did not answer within ${readinessTimeoutMs / 1000} s`,
              ),
            ),
          readinessTimeoutMs,
        );
      });
      return Promise.race([check(), late]).finally(() => clearTimeout(timer));
    },
    close: () => prisma.$disconnect(),
  };
}
