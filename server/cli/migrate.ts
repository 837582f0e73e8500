// npm run migrate -- create <name> | deploy | check
//   create: writes a migration folder for each provider when the schema changed
//           (PostgreSQL needs a server for its shadow database: POSTGRES_URL or the local one)
//   deploy: applies pending migrations to DATABASE_URL (the server also does this at start)
//   check:  fails when prisma/schema.prisma has a change without its migration
import { applyMigrations, createMigration, pendingSchemaChange } from '../db/migrations.js';
import { syncPostgresSchema } from '../db/prismaSchemas.js';
import { type DatabaseTarget, defaultDatabaseUrl, parseDatabaseUrl } from '../db/provider.js';
import { assertMayCreate, markCreated } from '../db/sqliteFile.js';

const shadowTargets: DatabaseTarget[] = [
  { provider: 'sqlite', url: ':memory:' },
  parseDatabaseUrl(process.env.POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'),
];

async function main(command: string | undefined, name: string | undefined): Promise<number> {
  switch (command) {
    case 'create': {
      if (!name) throw new Error('usage: npm run migrate -- create <name>');
      syncPostgresSchema();
      for (const target of shadowTargets) {
        const folder = await createMigration(target, name);
        console.log(
          `${target.provider}: ${folder ? `created ${folder}` : 'schema unchanged, no migration'}`,
        );
      }
      return 0;
    }
    case 'deploy': {
      const target = parseDatabaseUrl(process.env.DATABASE_URL ?? defaultDatabaseUrl);
      // The server's rule: no new, empty SQLite database where one has vanished.
      const sqliteFile = target.provider === 'sqlite' && target.url !== ':memory:';
      if (sqliteFile) assertMayCreate(target.url);
      const applied = await applyMigrations(target);
      if (sqliteFile) markCreated(target.url);
      console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
      return 0;
    }
    case 'check': {
      let stale = 0;
      for (const target of shadowTargets) {
        const sql = await pendingSchemaChange(target);
        if (sql !== null) {
          stale++;
          console.error(`${target.provider}: the schema has changes without a migration:\n${sql}`);
        } else console.log(`${target.provider}: migrations match the schema`);
      }
      return stale ? 1 : 0;
    }
    default:
      throw new Error(`unknown command "${command ?? ''}": use create <name>, deploy or check`);
  }
}

main(process.argv[2], process.argv[3]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
