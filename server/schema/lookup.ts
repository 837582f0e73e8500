// Shared shapes of the Named entities' API: lookup by global ID or slug, their aliases,
// and the articles that mention them.

import type { Prisma } from '../generated/sqlite/client.js';
import {
  batchedConnection,
  type MentionColumn,
  rankedArticlesMentioning,
  rankedStatementsOf,
  type SpeakerColumn,
} from './batchedConnections.js';
import { idOfType, invalidInput } from './globalId.js';
import { pageOptions } from './pagination.js';

/** The unique key of `Query.<entity>(id:, slug:)`: exactly one must be given. */
export function idOrSlug(
  args: { id?: string | number | null; slug?: string | null },
  typename: string,
): { id: number } | { slug: string } {
  if ((args.id == null) === (args.slug == null))
    throw invalidInput('give exactly one of "id" and "slug"');
  return args.id != null ? { id: idOfType(String(args.id), typename) } : { slug: args.slug! };
}

/** Selection and resolver of an `aliases: [String!]!` field. */
export const aliasTexts = {
  select: { aliases: { select: { text: true }, orderBy: { id: 'asc' as const } } },
  resolve: (entity: { aliases: { text: string }[] }) => entity.aliases.map((alias) => alias.text),
};

const newestFirst: Prisma.ArticleOrderByWithRelationInput[] = [
  { publishedAt: { sort: 'desc', nulls: 'last' } },
  { id: 'desc' },
];

/**
 * Options of an `articles` connection: the articles that mention the parent, newest first.
 * Under a list, pages and counts are batched (see batchedConnections.ts).
 */
export function articlesMentioning(column: MentionColumn, what: string) {
  const where = (id: number): Prisma.ArticleWhereInput => ({
    mentions: { some: { [column]: id } },
  });
  return {
    type: 'Article' as const,
    cursor: 'id' as const,
    ...pageOptions,
    description: `Articles that mention ${what}, newest first (undated ones last).`,
    ...batchedConnection({
      name: `articles:${column}`,
      ...rankedArticlesMentioning(column),
      loadByIds: (ctx, query, ids) =>
        ctx.prisma.article.findMany({ ...(query as object), where: { id: { in: ids } } }),
      loadOne: (ctx, query, parentId) =>
        ctx.prisma.article.findMany({
          ...(query as object),
          where: where(parentId),
          orderBy: newestFirst,
        }),
    }),
  };
}

const mostRecentFirst: Prisma.StatementOrderByWithRelationInput[] = [
  { saidOn: { sort: 'desc', nulls: 'last' } },
  { id: 'desc' },
];

/**
 * Options of a `statements` connection: what the parent said, most recent first.
 * Under a list, pages and counts are batched (see batchedConnections.ts).
 */
export function statementsSpokenBy(column: SpeakerColumn, description: string) {
  return {
    type: 'Statement' as const,
    cursor: 'id' as const,
    ...pageOptions,
    description,
    ...batchedConnection({
      name: `statements:${column}`,
      ...rankedStatementsOf(column),
      loadByIds: (ctx, query, ids) =>
        ctx.prisma.statement.findMany({ ...(query as object), where: { id: { in: ids } } }),
      loadOne: (ctx, query, parentId) =>
        ctx.prisma.statement.findMany({
          ...(query as object),
          where: { [column]: parentId },
          orderBy: mostRecentFirst,
        }),
    }),
  };
}
