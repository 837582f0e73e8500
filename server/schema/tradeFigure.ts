import { builder } from '../builder.js';
import type { Prisma } from '../generated/sqlite/client.js';
import { speakerOf } from './articleFacts.js';
import { ProvenanceEnum } from './enums.js';
import { invalidInput } from './globalId.js';
import { pageOptions } from './pagination.js';
import { Place } from './place.js';
import { Span } from './span.js';
import { Speaker } from './speaker.js';

const TradeFigureKind = builder.enumType('TradeFigureKind', {
  description: 'What a money figure measures.',
  values: {
    TRADE_VOLUME: {
      description: 'Trade turnover between two countries (both partners are given).',
    },
    INVESTMENT: { description: 'An investment.' },
    OTHER: { description: 'Any other sum of money.' },
  } as const,
});

const FigureStatus = builder.enumType('FigureStatus', {
  description: 'How certain a figure is, from the wording of the text.',
  values: {
    ACTUAL: { description: 'Reported as reached ("بلغ").' },
    FORECAST: { description: 'Expected or possible ("قد يصل").' },
    ESTIMATE: { description: 'Approximate ("حوالي", "أكثر من").' },
  } as const,
});

// Every column in the base selection, read by plain resolvers: the columns are small, and a
// field without a Pothos selection of its own skips Pothos' per-row lookup of its selection.
builder.prismaNode('TradeFigure', {
  // Loading by global ID yields null for a missing row instead of throwing.
  nullable: true,
  description:
    'A money figure an article cites, such as a trade volume between two countries in a year.',
  id: { field: 'id' },
  select: {
    id: true,
    blockIndex: true,
    start: true,
    end: true,
    text: true,
    kind: true,
    year: true,
    amount: true,
    currency: true,
    status: true,
    sourcePersonId: true,
    sourceOrganizationId: true,
    provenance: true,
    confidence: true,
  },
  fields: (t) => ({
    kind: t.field({
      type: TradeFigureKind,
      description: 'What the figure measures.',
      resolve: (figure) => figure.kind,
    }),
    amount: t.field({
      type: 'Decimal',
      description: 'The exact amount in the currency, e.g. "3400000000".',
      resolve: (figure) => figure.amount,
    }),
    currency: t.string({
      description: 'ISO 4217 code, e.g. "USD".',
      resolve: (figure) => figure.currency,
    }),
    year: t.int({
      nullable: true,
      description: 'The year the figure refers to.',
      resolve: (figure) => figure.year,
    }),
    status: t.field({
      type: FigureStatus,
      description: 'Actual, forecast or estimate.',
      resolve: (figure) => figure.status,
    }),
    partners: t.field({
      type: [Place],
      description: 'For a trade volume, the two partner countries; may be empty for other kinds.',
      select: (_args, _ctx, nestedSelection) => ({
        partners: { orderBy: { position: 'asc' }, select: { place: nestedSelection(true) } },
      }),
      resolve: (figure) => figure.partners.map((partner) => partner.place),
    }),
    source: t.field({
      type: Speaker,
      nullable: true,
      description: 'Who gave the figure, when the text says.',
      // People and organizations in one statement for every figure of the request.
      resolve: (figure, _args, ctx) =>
        speakerOf(ctx, figure.sourcePersonId, figure.sourceOrganizationId),
    }),
    article: t.relation('article', { description: 'The article that cites it.' }),
    text: t.string({
      description: 'The exact words of the figure in the article, e.g. "3.4 مليار دولار".',
      resolve: (figure) => figure.text,
    }),
    span: t.field({
      type: Span,
      description: 'Where the words stand in the article.',
      resolve: (figure) => figure,
    }),
    provenance: t.field({
      type: ProvenanceEnum,
      description: 'Curated by hand or extracted by a program.',
      resolve: (figure) => figure.provenance,
    }),
    confidence: t.float({
      description: 'From 0 to 1; 1 for curated facts.',
      resolve: (figure) => figure.confidence,
    }),
  }),
});

const TradeFigureFilter = builder.inputType('TradeFigureFilter', {
  description: 'Narrows a list of figures; all given conditions must hold.',
  fields: (t) => ({
    kind: t.field({ type: TradeFigureKind, description: 'Only figures of this kind.' }),
    partners: t.stringList({
      description:
        'ISO 3166-1 alpha-2 codes that must all be among the partners, ' +
        'e.g. ["RU", "AZ"]; at most 10.',
    }),
    yearFrom: t.int({ description: 'Only figures for this year or later.' }),
    yearTo: t.int({ description: 'Only figures for this year or earlier.' }),
    status: t.field({ type: FigureStatus, description: 'Only figures with this status.' }),
  }),
});

function tradeFigureWhere(
  filter: typeof TradeFigureFilter.$inferInput | null | undefined,
): Prisma.TradeFigureWhereInput {
  if (!filter) return {};
  if ((filter.partners?.length ?? 0) > 10) {
    throw invalidInput('"filter.partners" takes at most 10 codes', {
      argumentName: 'filter.partners',
    });
  }
  for (const code of filter.partners ?? []) {
    if (!/^[A-Za-z]{2}$/.test(code)) {
      throw invalidInput('"filter.partners" takes ISO 3166-1 alpha-2 codes such as "RU"', {
        argumentName: 'filter.partners',
      });
    }
  }
  return {
    kind: filter.kind ?? undefined,
    status: filter.status ?? undefined,
    year:
      filter.yearFrom != null || filter.yearTo != null
        ? { gte: filter.yearFrom ?? undefined, lte: filter.yearTo ?? undefined }
        : undefined,
    AND: (filter.partners ?? []).map((code) => ({
      partners: { some: { place: { iso2: code.toUpperCase() } } },
    })),
  };
}

builder.queryFields((t) => ({
  tradeFigures: t.prismaConnection({
    type: 'TradeFigure',
    cursor: 'id',
    ...pageOptions,
    description: 'Money figures, by year (oldest first), then in article order.',
    args: {
      filter: t.arg({ type: TradeFigureFilter, description: 'Conditions the figures must meet.' }),
    },
    totalCount: (_parent, args, ctx) =>
      ctx.prisma.tradeFigure.count({ where: tradeFigureWhere(args.filter) }),
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.tradeFigure.findMany({
        ...query,
        where: tradeFigureWhere(args.filter),
        orderBy: [{ year: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
      }),
  }),
}));
