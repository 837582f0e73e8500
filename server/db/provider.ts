import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The two databases Khabar runs on. One Prisma schema, client and migration folder each. */
export type Provider = 'sqlite' | 'postgresql';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where each provider's Prisma schema and migrations live (standard Prisma layout). */
export const prismaPaths: Record<Provider, { schema: string; migrations: string }> = {
  sqlite: {
    schema: path.join(repoRoot, 'prisma/schema.prisma'),
    migrations: path.join(repoRoot, 'prisma/migrations'),
  },
  postgresql: {
    schema: path.join(repoRoot, 'prisma/postgresql/schema.prisma'),
    migrations: path.join(repoRoot, 'prisma/postgresql/migrations'),
  },
};

export interface DatabaseTarget {
  provider: Provider;
  /** For SQLite an absolute file path (or ':memory:'); for PostgreSQL the connection string. */
  url: string;
}

export const defaultDatabaseUrl = 'file:./data/khabar.db';

/**
 * Reads a DATABASE_URL: `file:` selects SQLite (relative paths resolve against the
 * working directory), `postgresql://` or `postgres://` selects PostgreSQL.
 * Throws an Error whose message says what was expected.
 */
export function parseDatabaseUrl(raw: string): DatabaseTarget {
  const value = raw.trim();
  if (value.startsWith('file:')) {
    const file = value.slice('file:'.length).replace(/^\/\/(?=\/)/, '');
    if (file === '') throw new Error('a file: URL needs a path, e.g. file:./data/khabar.db');
    return { provider: 'sqlite', url: file === ':memory:' ? file : path.resolve(file) };
  }
  if (/^postgres(ql)?:\/\//.test(value)) {
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      throw new Error(`"${value}" is not a valid postgresql:// URL`);
    }
    if (!parsed.hostname) throw new Error(`"${value}" names no host`);
    return { provider: 'postgresql', url: value };
  }
  throw new Error(
    `expected a file: URL (SQLite) or a postgresql:// URL (PostgreSQL), got "${value}"`,
  );
}
