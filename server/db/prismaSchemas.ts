// prisma/schema.prisma (SQLite) is the one model; the PostgreSQL schema is derived from it
// because a Prisma schema names exactly one provider and a generated client refuses any
// other provider's adapter.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { prismaPaths } from './provider.js';

const derivedHeader =
  '// GENERATED from prisma/schema.prisma by `npm run generate`. Do not edit: edit the source.\n\n';

/** The PostgreSQL twin of the source schema: same models, other provider and client output. */
export function derivePostgresSchema(source: string): string {
  const withoutPothos = source.replace(/\ngenerator pothos \{[^}]*\}\n/, '\n');
  const swapped = withoutPothos
    .replace(/provider = "sqlite"/, 'provider = "postgresql"')
    .replace(
      'output       = "../server/generated/sqlite"',
      'output       = "../../server/generated/postgresql"',
    );
  if (swapped === withoutPothos)
    throw new Error('prisma/schema.prisma: datasource or client generator not found');
  return derivedHeader + swapped;
}

export function readSourceSchema(): string {
  return readFileSync(prismaPaths.sqlite.schema, 'utf8');
}

/** Rewrites prisma/postgresql/schema.prisma; returns true if it changed. */
export function syncPostgresSchema(): boolean {
  const target = prismaPaths.postgresql.schema;
  const next = derivePostgresSchema(readSourceSchema());
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // first run: nothing there yet
  }
  if (current === next) return false;
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, next);
  return true;
}
