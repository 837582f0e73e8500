import { builder } from '../builder.js';
import { ProvenanceEnum } from './enums.js';
import { Organization } from './organization.js';
import { Person } from './person.js';
import { Place } from './place.js';
import { Span } from './span.js';

export const MentionTarget = builder.unionType('MentionTarget', {
  description: 'What a mention refers to.',
  types: () => [Person, Organization, Place],
  resolveType: (value) => ('iso2' in value ? 'Place' : 'kind' in value ? 'Organization' : 'Person'),
});

builder.prismaObject('Mention', {
  select: { id: true },
  description: 'One occurrence of a person, organization or place in an article.',
  fields: (t) => ({
    text: t.exposeString('text', {
      description: 'The words as written (a full name, a surname, a role such as "الوزير الروسي").',
    }),
    span: t.field({
      type: Span,
      select: { blockIndex: true, start: true, end: true },
      description: 'Where the words stand.',
      resolve: (mention) => mention,
    }),
    target: t.field({
      type: MentionTarget,
      description: 'The person, organization or place referred to.',
      select: { person: true, organization: true, place: true },
      resolve: (mention) => mention.person ?? mention.organization ?? mention.place!,
    }),
    provenance: t.expose('provenance', {
      type: ProvenanceEnum,
      description: 'Curated by hand or extracted by a program.',
    }),
    confidence: t.exposeFloat('confidence', { description: 'From 0 to 1; 1 for curated facts.' }),
  }),
});
