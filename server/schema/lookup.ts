// Shared shapes of the Named entities' API: lookup by global ID or slug, their aliases,
// and the articles that mention them.

import type { Context } from '../builder.js';
import type { Prisma } from '../generated/sqlite/client.js';
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

/** Options of an `articles` connection: the articles that mention the parent, newest first. */
export function articlesMentioning(
  column: 'personId' | 'organizationId' | 'placeId',
  what: string,
) {
  const where = (id: number): Prisma.ArticleWhereInput => ({
    mentions: { some: { [column]: id } },
  });
  return {
    type: 'Article' as const,
    cursor: 'id' as const,
    ...pageOptions,
    description: `Articles that mention ${what}, newest first.`,
    totalCount: (parent: { id: number }, _args: unknown, ctx: Context) =>
      ctx.prisma.article.count({ where: where(parent.id) }),
    resolve: (
      query: { include?: Prisma.ArticleInclude; select?: Prisma.ArticleSelect },
      parent: { id: number },
      _args: unknown,
      ctx: Context,
    ) =>
      ctx.prisma.article.findMany({
        ...query,
        where: where(parent.id),
        orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      }),
  };
}
