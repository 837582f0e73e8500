import type { Prisma } from '../generated/sqlite/client.js';
import { builder } from '../builder.js';
import { ProvenanceEnum } from './enums.js';
import { pageOptions } from './pagination.js';
import { Span } from './span.js';
import { Speaker, speakerOf } from './speaker.js';

builder.prismaNode('Statement', {
  // Loading by global ID yields null for a missing row instead of throwing.
  nullable: true,
  description: 'Something a person or an organization said, quoted or reported, with where the article says it.',
  id: { field: 'id' },
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The words: the quotation without its marks, or the reported clause.' }),
    direct: t.exposeBoolean('direct', { description: 'True for a direct quotation (in quotation marks), false for reported speech.' }),
    saidOn: t.expose('saidOn', { type: 'Date', nullable: true, description: 'The day it was said, when the text gives one.' }),
    speaker: t.field({
      type: Speaker,
      description: 'Who said it: a person, or an organization (a ministry’s statement).',
      select: { speakerPerson: true, speakerOrganization: true },
      resolve: (statement) => speakerOf(statement.speakerPerson, statement.speakerOrganization)!,
    }),
    article: t.relation('article', { description: 'The article that reports it.' }),
    span: t.field({ type: Span, description: 'Where the words stand in the article.', resolve: (statement) => statement }),
    provenance: t.expose('provenance', { type: ProvenanceEnum, description: 'Curated by hand or extracted by a program.' }),
    confidence: t.exposeFloat('confidence', { description: 'From 0 to 1; 1 for curated facts.' }),
  }),
});

const StatementFilter = builder.inputType('StatementFilter', {
  description: 'Narrows a list of statements; all given conditions must hold.',
  fields: (t) => ({
    speaker: t.string({ description: 'Slug of the speaker, a person or an organization.' }),
    article: t.string({ description: 'Slug of the article.' }),
    direct: t.boolean({ description: 'True for direct quotations only, false for reported speech only.' }),
    saidFrom: t.field({ type: 'Date', description: 'Said on or after this day.' }),
    saidTo: t.field({ type: 'Date', description: 'Said on or before this day.' }),
  }),
});

function statementWhere(filter: typeof StatementFilter.$inferInput | null | undefined): Prisma.StatementWhereInput {
  if (!filter) return {};
  return {
    OR: filter.speaker
      ? [{ speakerPerson: { slug: filter.speaker } }, { speakerOrganization: { slug: filter.speaker } }]
      : undefined,
    article: filter.article ? { slug: filter.article } : undefined,
    direct: filter.direct ?? undefined,
    saidOn: filter.saidFrom || filter.saidTo ? { gte: filter.saidFrom ?? undefined, lte: filter.saidTo ?? undefined } : undefined,
  };
}

builder.queryFields((t) => ({
  statements: t.prismaConnection({
    type: 'Statement',
    cursor: 'id',
    ...pageOptions,
    description: 'Statements, most recently said first (undated ones last), then in article order.',
    args: { filter: t.arg({ type: StatementFilter, description: 'Conditions the statements must meet.' }) },
    totalCount: (_parent, args, ctx) => ctx.prisma.statement.count({ where: statementWhere(args.filter) }),
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.statement.findMany({
        ...query,
        where: statementWhere(args.filter),
        orderBy: [{ saidOn: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
      }),
  }),
}));
