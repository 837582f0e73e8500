// How the embedded database is opened.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteBusyTimeoutMs } from '../server/db/adapters.js';
import { type Database, openDatabase } from '../server/db/client.js';
import { applyMigrations, migrationNames } from '../server/db/migrations.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';

describe('a SQLite database file', () => {
  let testDatabase: TestDatabase;
  let database: Database;
  beforeAll(async () => {
    testDatabase = await createTestDatabase('sqlite');
    database = await openDatabase(testDatabase.target);
  });
  afterAll(async () => {
    await database.close();
    await testDatabase.drop();
  });

  const pragma = async (name: string) =>
    Object.values(
      (await database.prisma.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`))[0]!,
    )[0];

  it('runs in WAL mode with a busy timeout and enforced foreign keys', async () => {
    expect(await pragma('journal_mode')).toBe('wal');
    expect(Number(await pragma('busy_timeout'))).toBe(sqliteBusyTimeoutMs);
    expect(Number(await pragma('foreign_keys'))).toBe(1);
  });

  it('is migrated on open; reopens while in use (a seed run beside a running server)', async () => {
    const tables = await database.prisma.$queryRawUnsafe<{ name: string }[]>(
      `SELECT name FROM sqlite_master
       WHERE type = 'table'
         AND name IN ('Article', 'Statement', 'TradeFigure', '_prisma_migrations')`,
    );
    expect(tables.map((t) => t.name).sort()).toEqual([
      'Article',
      'Statement',
      'TradeFigure',
      '_prisma_migrations',
    ]);
    const again = await openDatabase(testDatabase.target);
    const applied = await again.prisma.$queryRawUnsafe<{ n: number | bigint }[]>(
      'SELECT COUNT(*) AS n FROM _prisma_migrations',
    );
    expect(Number(applied[0]!.n)).toBe(migrationNames('sqlite').length);
    await again.close();
  });

  it('applies a migration that is missing on open', async () => {
    const scratch = await createTestDatabase('sqlite');
    // A file as the previous release left it: every migration but the latest.
    const names = migrationNames('sqlite');
    const latest = names.at(-1)!;
    expect(await applyMigrations(scratch.target, names.at(-2))).toEqual(names.slice(0, -1));

    const reopened = await openDatabase(scratch.target);
    const applied = await reopened.prisma.$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL',
    );
    expect(applied.map((row) => row.migration_name)).toContain(latest);
    expect(await reopened.prisma.article.count()).toBe(0); // the schema is whole
    await reopened.close();
    await scratch.drop();
  });
});
