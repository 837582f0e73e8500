import { builder } from '../builder.js';
import { ProvenanceEnum } from './enums.js';
import { aliasTexts, articlesMentioning, idOrSlug, statementsSpokenBy } from './lookup.js';
import { Named } from './named.js';
import { pageOptions } from './pagination.js';

export const Organization = builder.prismaNode('Organization', {
  // Loading by global ID yields null for a missing row instead of throwing.
  nullable: true,
  description: 'A ministry, agency, court, government or other body in the news.',
  id: { field: 'id' },
  // The names for the Named interface, and the kind, by which unions tell organizations apart.
  select: { id: true, nameAr: true, nameEn: true, nameRu: true, kind: true },
  interfaces: [Named],
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable, unique, human-readable identifier.' }),
    kind: t.expose('kind', {
      type: builder.enumType('OrganizationKind', {
        description: 'What sort of body an organization is.',
        values: {
          GOVERNMENT: { description: 'A government or presidency as a whole.' },
          MINISTRY: { description: 'A ministry, e.g. a foreign ministry.' },
          AGENCY: { description: 'A state agency or department.' },
          MEDIA: { description: 'A news agency or outlet.' },
          COURT: { description: 'A court.' },
          MILITARY: { description: 'Armed forces or a peacekeeping contingent.' },
          INTERNATIONAL: { description: 'An international organization.' },
          OTHER: { description: 'Any other body.' },
        } as const,
      }),
      description: 'What sort of body it is.',
    }),
    country: t.relation('country', {
      nullable: true,
      description: 'The country it belongs to, if any.',
    }),
    aliases: t.stringList({
      description: 'Every form of the name as it occurs in text.',
      ...aliasTexts,
    }),
    provenance: t.expose('provenance', {
      type: ProvenanceEnum,
      description: 'Curated by hand or found by extraction.',
    }),
    statements: t.prismaConnection(
      statementsSpokenBy(
        'speakerOrganizationId',
        'Statements made in its name, most recent first.',
      ),
    ),
    articles: t.prismaConnection(articlesMentioning('organizationId', 'it')),
  }),
});

builder.queryFields((t) => ({
  organization: t.prismaField({
    type: 'Organization',
    nullable: true,
    description:
      'One organization by global ID or slug (give exactly one). ' +
      'Null when there is no such organization.',
    args: {
      id: t.arg.id({ description: 'The global ID.' }),
      slug: t.arg.string({ description: 'The slug, e.g. "mfa-russia".' }),
    },
    resolve: (query, _root, args, ctx) => {
      return ctx.prisma.organization.findUnique({
        ...query,
        where: idOrSlug(args, 'Organization'),
      });
    },
  }),
  organizations: t.prismaConnection({
    type: 'Organization',
    cursor: 'id',
    ...pageOptions,
    description: 'Organizations, in alphabetical order of their English name.',
    totalCount: (_parent, _args, ctx) => ctx.prisma.organization.count(),
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.organization.findMany({ ...query, orderBy: [{ nameEn: 'asc' }, { id: 'asc' }] }),
  }),
}));
