import { builder } from '../builder.js';
import type { Prisma } from '../generated/sqlite/client.js';
import { mentionedEntities, statementsOfArticle } from './articleFacts.js';
import { LanguageEnum, OrderDirectionEnum, ProvenanceEnum } from './enums.js';
import { idOrSlug } from './lookup.js';
import { Organization } from './organization.js';
import { pageOptions } from './pagination.js';
import { Person } from './person.js';
import { Place } from './place.js';
import { Statement } from './statement.js';

export const ArticleBlock = builder.prismaObject('ArticleBlock', {
  select: { index: true },
  description: 'One block of an article body, in reading order: a paragraph or a sub-heading.',
  fields: (t) => ({
    index: t.exposeInt('index', {
      description: 'Position in the body, from 0. Spans point at blocks by this index.',
    }),
    kind: t.expose('kind', {
      type: builder.enumType('BlockKind', {
        description: 'What a block of an article body is.',
        values: {
          PARAGRAPH: { description: 'A paragraph.' },
          HEADING: { description: 'A sub-heading.' },
        } as const,
      }),
      description: 'Paragraph or sub-heading.',
    }),
    text: t.exposeString('text', { description: 'The text as written.' }),
  }),
});

// Reading order, the id last so that ties are stable.
const readingOrder = [
  { blockIndex: 'asc' as const },
  { start: 'asc' as const },
  { id: 'asc' as const },
];

// Every column but the timestamps in the base selection, read by plain resolvers: they are
// small, and a field without a Pothos selection of its own skips Pothos' per-row lookup of
// its selection. The relations keep Pothos' planned loading; the hot lists of a page
// (people, organizations, places, statements) load in one statement per list for every
// article of the request (articleFacts.ts).
export const Article = builder.prismaNode('Article', {
  // Loading by global ID yields null for a missing row instead of throwing.
  nullable: true,
  description: 'A news article, its body as ordered blocks, and the facts found in it.',
  id: { field: 'id' },
  select: {
    id: true,
    slug: true,
    title: true,
    titleDerived: true,
    language: true,
    publishedAt: true,
    url: true,
    publisher: true,
    source: true,
    photoCredit: true,
    contentHash: true,
    provenance: true,
  },
  fields: (t) => ({
    slug: t.string({
      description: 'Stable, unique, human-readable identifier.',
      resolve: (article) => article.slug,
    }),
    title: t.string({
      description: 'The headline; derived from the lede when the text had none (see titleDerived).',
      resolve: (article) => article.title,
    }),
    titleDerived: t.boolean({
      description: 'True when the text had no title and it was derived from the lede.',
      resolve: (article) => article.titleDerived,
    }),
    language: t.field({
      type: LanguageEnum,
      description: 'The language the article is written in.',
      resolve: (article) => article.language,
    }),
    publishedAt: t.field({
      type: 'Date',
      nullable: true,
      description:
        'The day of publication; null when neither the editor, the text nor its URL gave one.',
      resolve: (article) => article.publishedAt,
    }),
    url: t.string({
      nullable: true,
      description: 'Where the article was published, if known.',
      resolve: (article) => article.url,
    }),
    publisher: t.string({
      nullable: true,
      description: 'The publisher line of the page, as written.',
      resolve: (article) => article.publisher,
    }),
    source: t.string({
      nullable: true,
      description: 'The news agency the text comes from (e.g. "تاس", TASS), as written.',
      resolve: (article) => article.source,
    }),
    photoCredit: t.string({
      nullable: true,
      description: "The photo's credit line, as written.",
      resolve: (article) => article.photoCredit,
    }),
    contentHash: t.string({
      description: 'SHA-256 of the raw text this article was loaded from.',
      resolve: (article) => article.contentHash,
    }),
    provenance: t.field({
      type: ProvenanceEnum,
      description: 'Whether the article was loaded with curated annotations or extracted.',
      resolve: (article) => article.provenance,
    }),
    blocks: t.relation('blocks', {
      description: 'The body: paragraphs and sub-headings in reading order.',
      query: { orderBy: { index: 'asc' } },
    }),
    translationOf: t.relation('translationOf', {
      nullable: true,
      description: 'The original, when this article is a translation.',
    }),
    translations: t.relation('translations', {
      description: 'The same article in other languages.',
    }),
    people: t.field({
      type: [Person],
      description: 'The people the article mentions, in order of first mention.',
      resolve: async (article, _args, ctx) => (await mentionedEntities(ctx, article.id)).people,
    }),
    organizations: t.field({
      type: [Organization],
      description: 'The organizations the article mentions, in order of first mention.',
      resolve: async (article, _args, ctx) =>
        (await mentionedEntities(ctx, article.id)).organizations,
    }),
    places: t.field({
      type: [Place],
      description: 'The places the article mentions, in order of first mention.',
      resolve: async (article, _args, ctx) => (await mentionedEntities(ctx, article.id)).places,
    }),
    mentions: t.relation('mentions', {
      description: 'Every occurrence of a person, organization or place, in reading order.',
      query: { orderBy: readingOrder },
    }),
    statements: t.field({
      type: [Statement],
      description: 'What people and organizations said in the article, in reading order.',
      resolve: (article, _args, ctx) => statementsOfArticle(ctx, article.id),
    }),
    tradeFigures: t.relation('tradeFigures', {
      description: 'The money figures the article cites, in reading order.',
      query: { orderBy: readingOrder },
    }),
  }),
});

/** The entities of a list of rows, once each, in the order of their first row. */
export function distinct<Row, Entity>(
  rows: Row[],
  key: (row: Row) => number | null,
  entity: (row: Row) => Entity | null,
): Entity[] {
  const seen = new Set<number>();
  const result: Entity[] = [];
  for (const row of rows) {
    const id = key(row);
    const value = entity(row);
    if (id === null || value === null || seen.has(id)) continue;
    seen.add(id);
    result.push(value);
  }
  return result;
}

const ArticleFilter = builder.inputType('ArticleFilter', {
  description: 'Narrows a list of articles; all given conditions must hold.',
  fields: (t) => ({
    language: t.field({ type: LanguageEnum, description: 'Only articles in this language.' }),
    publishedFrom: t.field({
      type: 'Date',
      description:
        'Only articles published on or after this day (articles with no known day are left out).',
    }),
    publishedTo: t.field({
      type: 'Date',
      description:
        'Only articles published on or before this day (articles with no known day are left out).',
    }),
    person: t.string({ description: 'Only articles that mention the person with this slug.' }),
    place: t.string({ description: 'Only articles that mention the place with this slug.' }),
    organization: t.string({
      description: 'Only articles that mention the organization with this slug.',
    }),
  }),
});

const ArticleOrderField = builder.enumType('ArticleOrderField', {
  description: 'What articles can be ordered by.',
  values: {
    PUBLISHED_AT: {
      description: 'Publication day; articles with no known day come last either way.',
    },
    TITLE: { description: 'Title.' },
  } as const,
});

const ArticleOrder = builder.inputType('ArticleOrder', {
  description: 'The order of a list of articles.',
  fields: (t) => ({
    field: t.field({ type: ArticleOrderField, required: true, description: 'What to order by.' }),
    direction: t.field({
      type: OrderDirectionEnum,
      required: true,
      description: 'Ascending or descending.',
    }),
  }),
});

type ArticleFilterInput = typeof ArticleFilter.$inferInput;

function articleWhere(filter: ArticleFilterInput | null | undefined): Prisma.ArticleWhereInput {
  if (!filter) return {};
  const mentions: Prisma.ArticleWhereInput[] = [];
  if (filter.person) mentions.push({ mentions: { some: { person: { slug: filter.person } } } });
  if (filter.place) mentions.push({ mentions: { some: { place: { slug: filter.place } } } });
  if (filter.organization)
    mentions.push({ mentions: { some: { organization: { slug: filter.organization } } } });
  const dated = filter.publishedFrom || filter.publishedTo;
  return {
    language: filter.language ?? undefined,
    // A range leaves out undated articles (a null day is in no range).
    publishedAt: dated
      ? { gte: filter.publishedFrom ?? undefined, lte: filter.publishedTo ?? undefined }
      : undefined,
    AND: mentions,
  };
}

builder.queryFields((t) => ({
  article: t.prismaField({
    type: 'Article',
    nullable: true,
    description:
      'One article by its global ID or its slug (give exactly one). ' +
      'Null when there is no such article.',
    args: {
      id: t.arg.id({ description: 'The global ID of the article.' }),
      slug: t.arg.string({ description: 'The slug of the article.' }),
    },
    resolve: (query, _root, args, ctx) => {
      return ctx.prisma.article.findUnique({ ...query, where: idOrSlug(args, 'Article') });
    },
  }),
  articles: t.prismaConnection({
    type: 'Article',
    cursor: 'id',
    ...pageOptions,
    description: 'Articles, newest first unless ordered otherwise.',
    args: {
      filter: t.arg({ type: ArticleFilter, description: 'Conditions the articles must meet.' }),
      orderBy: t.arg({
        type: ArticleOrder,
        defaultValue: { field: 'PUBLISHED_AT', direction: 'DESC' },
        description: 'The order of the list (default: newest first).',
      }),
    },
    totalCount: (_parent, args, ctx) =>
      ctx.prisma.article.count({ where: articleWhere(args.filter) }),
    resolve: (query, _root, args, ctx) => {
      const direction = args.orderBy?.direction === 'ASC' ? 'asc' : 'desc';
      const orderBy: Prisma.ArticleOrderByWithRelationInput[] =
        args.orderBy?.field === 'TITLE'
          ? [{ title: direction }, { id: direction }]
          : [{ publishedAt: { sort: direction, nulls: 'last' } }, { id: direction }];
      return ctx.prisma.article.findMany({
        ...query,
        where: articleWhere(args.filter),
        orderBy,
      });
    },
  }),
}));
