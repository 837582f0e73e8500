import { builder, type Context } from '../builder.js';
import type { Prisma } from '../generated/sqlite/client.js';
import { speakerOf, speakersWithSlug } from './articleFacts.js';
import { ProvenanceEnum } from './enums.js';
import { pageOptions } from './pagination.js';
import { Span } from './span.js';
import { Speaker } from './speaker.js';

// Every column in the base selection, read by plain resolvers: a statement's columns are
// small, rows loaded by hand (articleFacts.ts) carry them all, and a field without a Pothos
// selection of its own skips Pothos' per-row selection lookup, the cost of long lists.
export const Statement = builder.prismaNode('Statement', {
  // Loading by global ID yields null for a missing row instead of throwing.
  nullable: true,
  description:
    'Something a person or an organization said, quoted or reported, ' +
    'with where the article says it.',
  id: { field: 'id' },
  select: {
    id: true,
    articleId: true,
    blockIndex: true,
    start: true,
    end: true,
    text: true,
    direct: true,
    saidOn: true,
    speakerPersonId: true,
    speakerOrganizationId: true,
    provenance: true,
    confidence: true,
  },
  fields: (t) => ({
    text: t.string({
      description: 'The words: the quotation without its marks, or the reported clause.',
      resolve: (statement) => statement.text,
    }),
    direct: t.boolean({
      description: 'True for a direct quotation (in quotation marks), false for reported speech.',
      resolve: (statement) => statement.direct,
    }),
    saidOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'The day it was said, when the text gives one.',
      resolve: (statement) => statement.saidOn,
    }),
    speaker: t.field({
      type: Speaker,
      description: 'Who said it: a person, or an organization (a ministry’s statement).',
      resolve: (statement, _args, ctx) => {
        const speaker = speakerOf(ctx, statement.speakerPersonId, statement.speakerOrganizationId);
        return speaker instanceof Promise
          ? speaker.then((found) => found ?? noSpeaker(statement.id))
          : (speaker ?? noSpeaker(statement.id));
      },
    }),
    article: t.relation('article', { description: 'The article that reports it.' }),
    span: t.field({
      type: Span,
      description: 'Where the words stand in the article.',
      resolve: (statement) => statement,
    }),
    provenance: t.field({
      type: ProvenanceEnum,
      description: 'Curated by hand or extracted by a program.',
      resolve: (statement) => statement.provenance,
    }),
    confidence: t.float({
      description: 'From 0 to 1; 1 for curated facts.',
      resolve: (statement) => statement.confidence,
    }),
  }),
});

/** Every statement has a speaker (the schema's check); a row without one is a bug. */
function noSpeaker(statementId: number): never {
  throw new Error(`statement ${statementId} has no speaker`);
}

const StatementFilter = builder.inputType('StatementFilter', {
  description: 'Narrows a list of statements; all given conditions must hold.',
  fields: (t) => ({
    speaker: t.string({ description: 'Slug of the speaker, a person or an organization.' }),
    article: t.string({ description: 'Slug of the article.' }),
    direct: t.boolean({
      description: 'True for direct quotations only, false for reported speech only.',
    }),
    saidFrom: t.field({ type: 'Date', description: 'Said on or after this day.' }),
    saidTo: t.field({ type: 'Date', description: 'Said on or before this day.' }),
  }),
});

/**
 * The filter as a where clause. The speaker's slug is looked up first, so that the
 * statements are then found through the speaker index instead of a join on both tables.
 */
function statementWhere(
  filter: typeof StatementFilter.$inferInput | null | undefined,
  ctx: Context,
): Promise<Prisma.StatementWhereInput> {
  if (!filter) return Promise.resolve({});
  // The page and its totalCount share the filter object: look the speaker up once.
  let where = whereOfFilter.get(filter);
  if (!where) {
    where = buildStatementWhere(filter, ctx);
    whereOfFilter.set(filter, where);
  }
  return where;
}

const whereOfFilter = new WeakMap<object, Promise<Prisma.StatementWhereInput>>();

async function buildStatementWhere(
  filter: typeof StatementFilter.$inferInput,
  ctx: Context,
): Promise<Prisma.StatementWhereInput> {
  let speaker: Prisma.StatementWhereInput | undefined;
  if (filter.speaker) {
    const { person, organization } = await speakersWithSlug(ctx, filter.speaker);
    speaker = {
      OR: [
        { speakerPersonId: person?.id ?? -1 },
        { speakerOrganizationId: organization?.id ?? -1 },
      ],
    };
  }
  return {
    ...speaker,
    article: filter.article ? { slug: filter.article } : undefined,
    direct: filter.direct ?? undefined,
    saidOn:
      filter.saidFrom || filter.saidTo
        ? { gte: filter.saidFrom ?? undefined, lte: filter.saidTo ?? undefined }
        : undefined,
  };
}

builder.queryFields((t) => ({
  statements: t.prismaConnection({
    type: 'Statement',
    cursor: 'id',
    ...pageOptions,
    description: 'Statements, most recently said first (undated ones last), then in article order.',
    args: {
      filter: t.arg({ type: StatementFilter, description: 'Conditions the statements must meet.' }),
    },
    totalCount: async (_parent, args, ctx) =>
      ctx.prisma.statement.count({ where: await statementWhere(args.filter, ctx) }),
    resolve: async (query, _root, args, ctx) =>
      ctx.prisma.statement.findMany({
        ...query,
        where: await statementWhere(args.filter, ctx),
        orderBy: [{ saidOn: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
      }),
  }),
}));
