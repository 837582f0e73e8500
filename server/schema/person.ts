import { builder } from '../builder.js';
import type { Prisma } from '../generated/sqlite/client.js';
import { normalizeForMatching } from '../ingest/normalize.js';
import { LanguageEnum, ProvenanceEnum } from './enums.js';
import { invalidInput } from './globalId.js';
import { aliasTexts, articlesMentioning, idOrSlug, statementsSpokenBy } from './lookup.js';
import { Named } from './named.js';
import { pageOptions } from './pagination.js';

builder.prismaObject('Role', {
  select: { id: true },
  description: 'A position a person held: a title, where, and when (as far as known).',
  fields: (t) => ({
    title: t.string({
      description:
        'The title in the requested language, or in the other one when it is not known ' +
        '(extracted roles know only Arabic).',
      args: {
        language: t.arg({
          type: LanguageEnum,
          required: true,
          defaultValue: 'EN',
          description: 'AR or EN.',
        }),
      },
      select: { titleAr: true, titleEn: true },
      resolve: (role, { language }) =>
        (language === 'AR' ? (role.titleAr ?? role.titleEn) : (role.titleEn ?? role.titleAr)) ?? '',
    }),
    organization: t.relation('organization', {
      nullable: true,
      description: 'The organization, if the role belongs to one.',
    }),
    country: t.relation('country', { nullable: true, description: 'The country the role serves.' }),
    startedOn: t.expose('startedOn', {
      type: 'Date',
      nullable: true,
      description: 'First day in the role, if known.',
    }),
    endedOn: t.expose('endedOn', {
      type: 'Date',
      nullable: true,
      description: 'Last day in the role; null while current or unknown.',
    }),
    provenance: t.expose('provenance', {
      type: ProvenanceEnum,
      description: 'Curated by hand or extracted by a program.',
    }),
  }),
});

export const Person = builder.prismaNode('Person', {
  // Loading by global ID yields null for a missing row instead of throwing.
  nullable: true,
  description: 'A person in the news: names, aliases, roles, what they said and where they appear.',
  id: { field: 'id' },
  // The names always, for the Named interface's fields.
  select: { id: true, nameAr: true, nameEn: true, nameRu: true },
  interfaces: [Named],
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable, unique, human-readable identifier.' }),
    named: t.exposeBoolean('named', {
      description:
        'False for a speaker the article gives only by role ("مسؤول روسي", "مصدر في وزارة ' +
        'الطاقة"): one per article, its name and role are that description, and it is ' +
        'listed only as the speaker of its statements, never in `people` or search.',
    }),
    aliases: t.stringList({
      description:
        'Every form of the name as it occurs in text (surname alone, spelling variants), ' +
        'in all languages.',
      ...aliasTexts,
    }),
    roles: t.relation('roles', {
      description: 'Positions held, most recent first.',
      query: { orderBy: [{ startedOn: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }] },
    }),
    provenance: t.expose('provenance', {
      type: ProvenanceEnum,
      description: 'Curated by hand or found by extraction.',
    }),
    statements: t.prismaConnection(
      statementsSpokenBy('speakerPersonId', 'What this person said, most recent first.'),
    ),
    articles: t.prismaConnection(articlesMentioning('personId', 'this person')),
  }),
});

const PersonFilter = builder.inputType('PersonFilter', {
  description: 'Narrows a list of people; all given conditions must hold.',
  fields: (t) => ({
    name: t.string({
      description:
        'Matches any name or alias in any language, ignoring case, diacritics and Arabic ' +
        'spelling variants (أ/ا، ى/ي، ة/ه); at most 200 characters, % and _ taken literally.',
    }),
    country: t.string({
      description: 'ISO 3166-1 alpha-2 code of a country the person held a role for, e.g. "RU".',
    }),
  }),
});

/** Longer than any name or alias; a longer filter can only be a mistake or an attack. */
const maxNameFilterLength = 200;

function personWhere(
  filter: typeof PersonFilter.$inferInput | null | undefined,
): Prisma.PersonWhereInput {
  // Unnamed speakers are reached through their statements only.
  const where: Prisma.PersonWhereInput = { named: true };
  if (filter?.name != null) {
    if (filter.name.length > maxNameFilterLength) {
      throw invalidInput(`"filter.name" takes at most ${maxNameFilterLength} characters`, {
        argumentName: 'filter.name',
      });
    }
    const name = normalizeForMatching(filter.name);
    if (!name)
      throw invalidInput('"filter.name" must contain at least one letter or digit', {
        argumentName: 'filter.name',
      });
    // Prisma's `contains` is a LIKE without an escape clause, so % and _ would be wildcards.
    // Names hold neither, so a filter with them matches literally: nobody.
    where.aliases = /[%_]/.test(name)
      ? { some: { id: { lt: 0 } } }
      : { some: { normalized: { contains: name } } };
  }
  if (filter?.country != null)
    where.roles = { some: { country: { iso2: filter.country.toUpperCase() } } };
  return where;
}

builder.queryFields((t) => ({
  person: t.prismaField({
    type: 'Person',
    nullable: true,
    description:
      'One person by global ID or slug (give exactly one). Null when there is no such person.',
    args: {
      id: t.arg.id({ description: 'The global ID.' }),
      slug: t.arg.string({ description: 'The slug, e.g. "sergey-lavrov".' }),
    },
    resolve: (query, _root, args, ctx) => {
      return ctx.prisma.person.findUnique({ ...query, where: idOrSlug(args, 'Person') });
    },
  }),
  people: t.prismaConnection({
    type: 'Person',
    cursor: 'id',
    ...pageOptions,
    description: 'People, in alphabetical order of their English name.',
    args: {
      filter: t.arg({ type: PersonFilter, description: 'Conditions the people must meet.' }),
    },
    totalCount: (_parent, args, ctx) =>
      ctx.prisma.person.count({ where: personWhere(args.filter) }),
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.person.findMany({
        ...query,
        where: personWhere(args.filter),
        orderBy: [{ nameEn: 'asc' }, { id: 'asc' }],
      }),
  }),
}));
