// Connections below a list (people { articles }, people { statements }) load in a fixed
// number of SQL statements that read only the rows returned: the parents asked for in one
// tick of a request are collected, ONE window-function query ranks each parent's rows and
// keeps the first `take`, and one findMany loads those rows with Pothos' selection. Prisma
// alone would run a query per parent (prismaConnection) or read every related row and cut
// them in memory (relatedConnection).
import type { Context } from '../builder.js';
import { Prisma } from '../generated/sqlite/client.js';

/** Columns that tie a row to its parent; SQL identifiers, so only these ever reach SQL. */
export type MentionColumn = 'personId' | 'organizationId' | 'placeId';
export type SpeakerColumn = 'speakerPersonId' | 'speakerOrganizationId';

/** What Pothos passes to a prismaConnection's resolver: a page plus the nested selection. */
export interface PageQuery {
  take?: number;
  skip?: number;
  cursor?: unknown;
  select?: object;
  include?: object;
}

/** Collects the keys asked for during one tick and loads them with one call. */
class Batcher<Value> {
  private pending = new Map<number, ((value: Value) => void)[]>();
  private failures: ((error: unknown) => void)[] = [];

  constructor(private readonly loadAll: (keys: number[]) => Promise<Map<number, Value>>) {}

  load(key: number): Promise<Value> {
    return new Promise((resolve, reject) => {
      if (this.pending.size === 0) setImmediate(() => this.dispatch());
      const waiting = this.pending.get(key);
      if (waiting) waiting.push(resolve);
      else this.pending.set(key, [resolve]);
      this.failures.push(reject);
    });
  }

  private dispatch(): void {
    const pending = this.pending;
    const failures = this.failures;
    this.pending = new Map();
    this.failures = [];
    this.loadAll([...pending.keys()]).then(
      (values) => {
        for (const [key, resolvers] of pending) {
          for (const resolve of resolvers) resolve(values.get(key) as Value);
        }
      },
      (error: unknown) => {
        for (const reject of failures) reject(error);
      },
    );
  }
}

/** One set of batchers per request; the context object lives exactly as long as it. */
const batchersOfRequest = new WeakMap<Context, Map<string, Batcher<unknown>>>();

function batcher<Value>(
  ctx: Context,
  key: string,
  loadAll: (keys: number[]) => Promise<Map<number, Value>>,
): Batcher<Value> {
  let batchers = batchersOfRequest.get(ctx);
  if (!batchers) {
    batchers = new Map();
    batchersOfRequest.set(ctx, batchers);
  }
  let found = batchers.get(key) as Batcher<Value> | undefined;
  if (!found) {
    found = new Batcher(loadAll);
    batchers.set(key, found as Batcher<unknown>);
  }
  return found;
}

/** Keeps the bind parameters of one statement well below SQLite's and PostgreSQL's limits. */
const parentsPerStatement = 1000;

function chunks(ids: number[]): number[][] {
  const result: number[][] = [];
  for (let start = 0; start < ids.length; start += parentsPerStatement)
    result.push(ids.slice(start, start + parentsPerStatement));
  return result;
}

/** How one connection's rows are found, ranked and loaded. */
export interface BatchedConnection<Row> {
  /** Batch key prefix, e.g. "Person.articles". */
  name: string;
  /** SQL of (parentId, id, position) for the given parents, position 1 = first of the page. */
  ranked: (parentIds: Prisma.Sql) => Prisma.Sql;
  /** SQL of (parentId, count) for the given parents. */
  counted: (parentIds: Prisma.Sql) => Prisma.Sql;
  /** Loads rows by id with the page's selection. */
  loadByIds: (ctx: Context, query: PageQuery, ids: number[]) => Promise<Row[]>;
  /** The ordinary, one-parent query: for pages after or before a cursor, and lone parents. */
  loadOne: (ctx: Context, query: PageQuery, parentId: number) => Promise<Row[]>;
}

/** Resolver and totalCount of a prismaConnection that batches across parents. */
export function batchedConnection<Row extends { id: number }>(spec: BatchedConnection<Row>) {
  return {
    totalCount: (parent: { id: number }, _args: unknown, ctx: Context) =>
      batcher<number>(ctx, `${spec.name}#count`, async (parentIds) => {
        const counts = new Map<number, number>();
        for (const chunk of chunks(parentIds)) {
          const rows = await ctx.prisma.$queryRaw<{ parentId: unknown; count: unknown }[]>(
            spec.counted(Prisma.join(chunk)),
          );
          for (const row of rows) counts.set(Number(row.parentId), Number(row.count));
        }
        return new Map(parentIds.map((id) => [id, counts.get(id) ?? 0]));
      }).load(parent.id),
    resolve: (query: PageQuery, parent: { id: number }, _args: unknown, ctx: Context) => {
      const take = query.take ?? 0;
      // Pages from a cursor or from the end stay on Prisma's own cursor pagination.
      if (query.cursor != null || (query.skip ?? 0) !== 0 || take <= 0)
        return spec.loadOne(ctx, query, parent.id);
      const { take: _take, skip: _skip, cursor: _cursor, ...selection } = query;
      // Parents under the same field share the selection, so the key groups exactly them.
      const key = `${spec.name}#${take}#${JSON.stringify(selection)}`;
      return batcher<Row[]>(ctx, key, async (parentIds) => {
        if (parentIds.length === 1) {
          return new Map([[parentIds[0]!, await spec.loadOne(ctx, query, parentIds[0]!)]]);
        }
        const ranked: { parentId: number; id: number }[] = [];
        for (const chunk of chunks(parentIds)) {
          const rows = await ctx.prisma.$queryRaw<{ parentId: unknown; id: unknown }[]>(
            Prisma.sql`SELECT "parentId", "id" FROM (${spec.ranked(Prisma.join(chunk))}) ranked
              WHERE "position" <= ${take} ORDER BY "parentId", "position"`,
          );
          for (const row of rows)
            ranked.push({ parentId: Number(row.parentId), id: Number(row.id) });
        }
        const ids = [...new Set(ranked.map((row) => row.id))];
        const rows = ids.length ? await spec.loadByIds(ctx, selection, ids) : [];
        const byId = new Map(rows.map((row) => [row.id, row]));
        const pages = new Map<number, Row[]>(parentIds.map((id) => [id, []]));
        for (const { parentId, id } of ranked) {
          const row = byId.get(id);
          if (row) pages.get(parentId)!.push(row);
        }
        return pages;
      }).load(parent.id);
    },
  };
}

/** The articles that mention a parent, newest first (Article.publishedAt, undated last; id). */
export function rankedArticlesMentioning(column: MentionColumn) {
  const parent = Prisma.raw(`"${column}"`);
  return {
    ranked: (parentIds: Prisma.Sql) => Prisma.sql`
      SELECT pairs."parentId", a."id", ROW_NUMBER() OVER (
        PARTITION BY pairs."parentId" ORDER BY a."publishedAt" DESC NULLS LAST, a."id" DESC
      ) AS "position"
      FROM (SELECT DISTINCT m.${parent} AS "parentId", m."articleId" FROM "Mention" m
            WHERE m.${parent} IN (${parentIds})) pairs
      JOIN "Article" a ON a."id" = pairs."articleId"`,
    counted: (parentIds: Prisma.Sql) => Prisma.sql`
      SELECT m.${parent} AS "parentId", COUNT(DISTINCT m."articleId") AS "count"
      FROM "Mention" m WHERE m.${parent} IN (${parentIds}) GROUP BY m.${parent}`,
  };
}

/** The statements of a speaker, most recent first (saidOn with unknown dates last, then id). */
export function rankedStatementsOf(column: SpeakerColumn) {
  const parent = Prisma.raw(`"${column}"`);
  return {
    ranked: (parentIds: Prisma.Sql) => Prisma.sql`
      SELECT s.${parent} AS "parentId", s."id", ROW_NUMBER() OVER (
        PARTITION BY s.${parent} ORDER BY s."saidOn" DESC NULLS LAST, s."id" DESC
      ) AS "position"
      FROM "Statement" s WHERE s.${parent} IN (${parentIds})`,
    counted: (parentIds: Prisma.Sql) => Prisma.sql`
      SELECT s.${parent} AS "parentId", COUNT(*) AS "count"
      FROM "Statement" s WHERE s.${parent} IN (${parentIds}) GROUP BY s.${parent}`,
  };
}
