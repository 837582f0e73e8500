import { builder } from '../builder.js';
import { ProvenanceEnum } from './enums.js';
import { idOfType, invalidInput } from './globalId.js';
import { aliasTexts, articlesMentioning } from './lookup.js';
import { Named } from './named.js';
import { pageOptions } from './pagination.js';

export const Place = builder.prismaNode('Place', {
  // Loading by global ID yields null for a missing row instead of throwing.
  nullable: true,
  description: 'A country, city, region, territory or corridor.',
  id: { field: 'id' },
  // The names for the Named interface, and iso2, by which MentionTarget tells places apart.
  select: { id: true, nameAr: true, nameEn: true, nameRu: true, iso2: true },
  interfaces: [Named],
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable, unique, human-readable identifier.' }),
    kind: t.expose('kind', {
      type: builder.enumType('PlaceKind', {
        description: 'What sort of place it is.',
        values: {
          COUNTRY: { description: 'A country (has an ISO 3166 code).' },
          CITY: { description: 'A city.' },
          REGION: { description: 'A region spanning places, e.g. the South Caucasus.' },
          TERRITORY: { description: 'A territory with a disputed or special status.' },
          CORRIDOR: { description: 'A transport corridor, e.g. the Lachin corridor.' },
        } as const,
      }),
      description: 'What sort of place it is.',
    }),
    iso2: t.exposeString('iso2', {
      nullable: true,
      description: 'ISO 3166-1 alpha-2 code, for countries.',
    }),
    parent: t.relation('parent', {
      nullable: true,
      description: 'The place it lies in (a city’s country).',
    }),
    aliases: t.stringList({
      description:
        'Every form of the name as it occurs in text, ' +
        'including adjectives that point to a country (الروسي).',
      ...aliasTexts,
    }),
    provenance: t.expose('provenance', {
      type: ProvenanceEnum,
      description: 'Curated by hand or found by extraction.',
    }),
    articles: t.prismaConnection(articlesMentioning('placeId', 'this place')),
  }),
});

builder.queryFields((t) => ({
  place: t.prismaField({
    type: 'Place',
    nullable: true,
    description:
      'One place by global ID, slug or ISO code (give exactly one). ' +
      'Null when there is no such place.',
    args: {
      id: t.arg.id({ description: 'The global ID.' }),
      slug: t.arg.string({ description: 'The slug, e.g. "azerbaijan".' }),
      iso2: t.arg.string({ description: 'A country’s ISO 3166-1 alpha-2 code, e.g. "AZ".' }),
    },
    resolve: (query, _root, args, ctx) => {
      const given = [args.id, args.slug, args.iso2].filter((value) => value != null).length;
      if (given !== 1) throw invalidInput('give exactly one of "id", "slug" and "iso2"');
      const where =
        args.id != null
          ? { id: idOfType(String(args.id), 'Place') }
          : args.slug != null
            ? { slug: args.slug }
            : { iso2: args.iso2!.toUpperCase() };
      return ctx.prisma.place.findUnique({ ...query, where });
    },
  }),
  places: t.prismaConnection({
    type: 'Place',
    cursor: 'id',
    ...pageOptions,
    description: 'Places, in alphabetical order of their English name.',
    totalCount: (_parent, _args, ctx) => ctx.prisma.place.count(),
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.place.findMany({ ...query, orderBy: [{ nameEn: 'asc' }, { id: 'asc' }] }),
  }),
}));
