// Multi-row INSERT for the high-volume rows of articles (blocks, mentions, statements),
// for one article or for a batch of them.
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

/** `(?, ?), (?, ?)` or `($1, CAST($2 AS …)), …` for rows of the columns. */
function valuesList(
  columns: string[],
  rowCount: number,
  postgres: boolean,
  casts: Record<string, string>,
): string {
  let n = 0;
  const placeholder = (column: string) => {
    n++;
    if (!postgres) return '?';
    return casts[column] ? `CAST($${n} AS ${casts[column]})` : `$${n}`;
  };
  return Array.from({ length: rowCount }, () => `(${columns.map(placeholder).join(', ')})`).join(
    ', ',
  );
}

/** Rows in chunks that stay under the bound-parameter limit of both databases. */
function chunksOf<T>(rows: T[], columnCount: number): T[][] {
  const perChunk = Math.max(1, Math.floor(maxParameters / columnCount));
  const chunks: T[][] = [];
  for (let from = 0; from < rows.length; from += perChunk)
    chunks.push(rows.slice(from, from + perChunk));
  return chunks;
}

/**
 * Inserts rows, or updates the rows with the same `key` column, in one statement per
 * chunk; returns key value → id. The keys must be distinct (PostgreSQL refuses to update
 * a row twice in one statement).
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
  const updates = columns.filter((c) => c !== key).map((c) => `"${c}" = excluded."${c}"`);
  for (const chunk of chunksOf(rows, columns.length)) {
    const sql = `INSERT INTO "${table}" (${quotedColumns(columns)})
      VALUES ${valuesList(columns, chunk.length, postgres, casts)}
      ON CONFLICT ("${key}") DO UPDATE SET ${updates.join(', ')}
      RETURNING "id", "${key}" AS "key"`;
    const saved = await tx.$queryRawUnsafe<{ id: number | bigint; key: string }[]>(
      sql,
      ...chunk.flat().map((value) => written(value, postgres)),
    );
    for (const row of saved) ids.set(row.key, Number(row.id));
  }
  return ids;
}

/**
 * Inserts rows in as few statements as the parameter limit allows and returns, for each
 * row in the order given, its generated id. Rows are told apart by the `match` columns
 * (the database returns them in no promised order); rows equal in those columns take
 * their ids in ascending order, the order they were inserted in.
 */
export async function insertRowsReturningIds(
  tx: Transaction,
  table: string,
  columns: string[],
  rows: Value[][],
  match: string[],
  casts: Record<string, string> = {},
): Promise<number[]> {
  if (rows.length === 0) return [];
  const postgres = providerOf(tx) === 'postgresql';
  const matchIndexes = match.map((column) => columns.indexOf(column));
  if (matchIndexes.includes(-1)) throw new Error(`bulk insert: match columns must be inserted`);
  const keyOf = (values: unknown[]) => JSON.stringify(values.map((v) => String(v)));
  const idsByKey = new Map<string, number[]>();
  for (const chunk of chunksOf(rows, columns.length)) {
    const sql = `INSERT INTO "${table}" (${quotedColumns(columns)})
      VALUES ${valuesList(columns, chunk.length, postgres, casts)}
      RETURNING "id", ${quotedColumns(match)}`;
    const saved = await tx.$queryRawUnsafe<Record<string, unknown>[]>(
      sql,
      ...chunk.flat().map((value) => written(value, postgres)),
    );
    for (const row of saved) {
      const key = keyOf(match.map((column) => row[column]));
      const ids = idsByKey.get(key) ?? [];
      ids.push(Number(row.id as number | bigint));
      idsByKey.set(key, ids);
    }
  }
  for (const ids of idsByKey.values()) ids.sort((a, b) => a - b);
  return rows.map((row) => {
    const id = idsByKey.get(keyOf(matchIndexes.map((i) => row[i])))?.shift();
    if (id === undefined) throw new Error(`bulk insert into ${table}: a row came back unmatched`);
    return id;
  });
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
  for (const chunk of chunksOf(rows, columns.length)) {
    const sql = `INSERT INTO "${table}" (${quotedColumns(columns)})
      VALUES ${valuesList(columns, chunk.length, postgres, casts)}`;
    await tx.$executeRawUnsafe(sql, ...chunk.flat().map((value) => written(value, postgres)));
  }
}
