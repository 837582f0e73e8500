import { builder } from '../builder.js';
import { Article, distinct } from './article.js';
import { LanguageEnum, ProvenanceEnum } from './enums.js';
import { pageOptions } from './pagination.js';
import { Place } from './place.js';
import { Speaker } from './speaker.js';

export const Event = builder.prismaNode('Event', {
  // Loading by global ID yields null for a missing row instead of throwing.
  nullable: true,
  description: 'Something that happened: a call, talks, a summit, a signed document.',
  id: { field: 'id' },
  select: { id: true },
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable, unique, human-readable identifier.' }),
    kind: t.expose('kind', {
      type: builder.enumType('EventKind', {
        description: 'What sort of event it is.',
        values: {
          CALL: { description: 'A telephone call.' },
          TALKS: { description: 'Talks or negotiations between delegations.' },
          MEETING: { description: 'A meeting.' },
          SUMMIT: { description: 'A meeting of heads of state or government.' },
          AGREEMENT: {
            description:
              'A document adopted or signed: an agreement, a declaration, a joint statement.',
          },
          STATEMENT: { description: 'A public statement.' },
          INCIDENT: {
            description: 'Something that happened on the ground (a road closed, a clash).',
          },
          LEGAL_ACTION: { description: 'An appeal to a court or another legal step.' },
          OTHER: { description: 'Anything else, such as an initiative.' },
        } as const,
      }),
      description: 'What sort of event it is.',
    }),
    title: t.string({
      description: 'A short title in the requested language (English when there is no Arabic).',
      args: {
        language: t.arg({
          type: LanguageEnum,
          required: true,
          defaultValue: 'EN',
          description: 'AR or EN.',
        }),
      },
      select: { titleAr: true, titleEn: true },
      resolve: (event, { language }) =>
        language === 'AR' ? (event.titleAr ?? event.titleEn) : event.titleEn,
    }),
    occurredOn: t.expose('occurredOn', {
      type: 'Date',
      nullable: true,
      description: 'The day it happened, if known.',
    }),
    participants: t.field({
      type: [Speaker],
      description: 'The people and organizations that took part.',
      select: {
        participants: { orderBy: { id: 'asc' }, select: { person: true, organization: true } },
      },
      resolve: (event) =>
        event.participants
          .map((p) => p.person ?? p.organization)
          .filter((speaker) => speaker !== null),
    }),
    places: t.field({
      type: [Place],
      description: 'Where it happened or the countries involved.',
      select: (_args, _ctx, nestedSelection) => ({
        places: { select: { place: nestedSelection(true) } },
      }),
      resolve: (event) => event.places.map((p) => p.place),
    }),
    articles: t.field({
      type: [Article],
      description: 'The articles that report it.',
      select: (_args, _ctx, nestedSelection) => ({
        reports: { select: { article: nestedSelection(true) } },
      }),
      resolve: (event) => event.reports.map((r) => r.article),
    }),
    provenance: t.expose('provenance', {
      type: ProvenanceEnum,
      description: 'Curated by hand or extracted by a program.',
    }),
  }),
});

builder.queryFields((t) => ({
  events: t.prismaConnection({
    type: 'Event',
    cursor: 'id',
    ...pageOptions,
    description: 'Events, most recent first (undated ones last).',
    totalCount: (_parent, _args, ctx) => ctx.prisma.event.count(),
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.event.findMany({
        ...query,
        orderBy: [{ occurredOn: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
      }),
  }),
}));

// Article.events lives here, beside the Event type, so that the two modules do not import
// each other.
builder.prismaObjectField(Article, 'events', (t) =>
  t.field({
    type: [Event],
    description: 'The events the article reports.',
    select: (_args, _ctx, nestedSelection) => ({
      eventReports: {
        orderBy: [{ blockIndex: 'asc' }, { start: 'asc' }],
        select: { eventId: true, event: nestedSelection(true) },
      },
    }),
    resolve: (article) =>
      distinct(
        article.eventReports,
        (r) => r.eventId,
        (r) => r.event,
      ),
  }),
);
