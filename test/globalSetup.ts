// Before any test: the suite runs the API on PostgreSQL too, so a PostgreSQL that does not
// answer stops the run at once with a plain message, instead of skipping anything.
import pg from 'pg';
import { postgresAdminUrl } from './support/databases.js';

export default async function checkPostgres(): Promise<void> {
  const client = new pg.Client({
    connectionString: postgresAdminUrl,
    connectionTimeoutMillis: 5000,
  });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new Error(
      `PostgreSQL does not answer at ${postgresAdminUrl}: ${(error as Error).message}\n` +
        'The test suite runs the API on SQLite and on PostgreSQL. ' +
        'Start PostgreSQL, or point POSTGRES_URL at one ' +
        '(a role that may create databases).',
    );
  } finally {
    await client.end().catch(() => {});
  }
}
