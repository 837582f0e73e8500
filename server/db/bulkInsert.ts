// Multi-row INSERT for the high-volume rows of an article (blocks, mentions, statements).
// Prisma's createMany costs ~0.25 ms a row here (21 ms for the 90 mentions of a seed
// article); one raw statement costs ~2 ms. The SQL differs per provider in two ways only:
// placeholders, and enum columns, which PostgreSQL needs cast to their type.
import type { Transaction } from './client.js';

type Value = string | number | boolean | Date | null;

/** The provider of a client or transaction (Prisma keeps it as `_activeProvider`). */
function providerOf(tx: Transaction): 'sqlite' | 'postgresql' {
  const provider = (tx as unknown as { _activeProvider?: string })._activeProvider;
  if (provider !== 'sqlite' && provider !== 'postgresql')
    throw new Error(`bulk insert: unsupported provider ${provider}`);
  return provider;
}

function written(value: Value, postgres: boolean): string | number | boolean | null {
  if (value instanceof Date)
    return postgres ? value.toISOString() : value.toISOString().replace('Z', '+00:00');
  if (typeof value === 'boolean' && !postgres) return value ? 1 : 0;
  return value;
}

function quotedColumns(columns: string[]): string {
  return columns.map((c) => `"${c}"`).join(', ');
}

const maxParameters = 30_000; // under SQLite's 32766 and PostgreSQL's 65535

/**
 * Inserts rows, or updates the rows with the same `key` column, in one statement; returns
 * key value → id.
 */
export async function upsertRowsReturningIds(
  tx: Transaction,
  table: string,
  key: string,
  columns: string[],
  rows: Value[][],
  casts: Record<string, string> = {},
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  if (rows.length === 0) return ids;
  const postgres = providerOf(tx) === 'postgresql';
  let n = 0;
  const placeholder = (column: string) => {
    n++;
    return !postgres ? '?' : casts[column] ? `CAST($${n} AS ${casts[column]})` : `$${n}`;
  };
  const values = rows.map(() => `(${columns.map(placeholder).join(', ')})`).join(', ');
  const updates = columns.filter((c) => c !== key).map((c) => `"${c}" = excluded."${c}"`);
  const sql = `INSERT INTO "${table}" (${quotedColumns(columns)}) VALUES ${values}
    ON CONFLICT ("${key}") DO UPDATE SET ${updates.join(', ')}
    RETURNING "id", "${key}" AS "key"`;
  const saved = await tx.$queryRawUnsafe<{ id: number | bigint; key: string }[]>(
    sql,
    ...rows.flat().map((value) => written(value, postgres)),
  );
  for (const row of saved) ids.set(row.key, Number(row.id));
  return ids;
}

/** Inserts one row and returns its generated id. */
export async function insertRowReturningId(
  tx: Transaction,
  table: string,
  columns: string[],
  row: Value[],
  casts: Record<string, string> = {},
): Promise<number> {
  const postgres = providerOf(tx) === 'postgresql';
  const placeholders = columns.map((column, i) =>
    !postgres ? '?' : casts[column] ? `CAST($${i + 1} AS ${casts[column]})` : `$${i + 1}`,
  );
  const sql = `INSERT INTO "${table}" (${quotedColumns(columns)})
    VALUES (${placeholders.join(', ')}) RETURNING "id"`;
  const [inserted] = await tx.$queryRawUnsafe<{ id: number | bigint }[]>(
    sql,
    ...row.map((value) => written(value, postgres)),
  );
  return Number(inserted!.id);
}

export async function insertRows(
  tx: Transaction,
  table: string,
  columns: string[],
  rows: Value[][],
  /** column → PostgreSQL type to cast to, as SQL: '"Provenance"', 'timestamp(3)', 'decimal' */
  casts: Record<string, string> = {},
): Promise<void> {
  if (rows.length === 0) return;
  const postgres = providerOf(tx) === 'postgresql';
  const perChunk = Math.max(1, Math.floor(maxParameters / columns.length));
  for (let from = 0; from < rows.length; from += perChunk) {
    const chunk = rows.slice(from, from + perChunk);
    let n = 0;
    const placeholder = (column: string) => {
      n++;
      if (!postgres) return '?';
      return casts[column] ? `CAST($${n} AS ${casts[column]})` : `$${n}`;
    };
    const values = chunk.map(() => `(${columns.map(placeholder).join(', ')})`).join(', ');
    const sql = `INSERT INTO "${table}" (${quotedColumns(columns)}) VALUES ${values}`;
    await tx.$executeRawUnsafe(sql, ...chunk.flat().map((value) => written(value, postgres)));
  }
}
