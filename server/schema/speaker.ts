import { builder } from '../builder.js';
import { Organization } from './organization.js';
import { Person } from './person.js';

/** Who said something or took part: a person, or an organization such as a ministry. */
export const Speaker = builder.unionType('Speaker', {
  description:
    'A person, or an organization speaking as one (a ministry’s statement). A speaker the ' +
    'article gives only by role is a Person with `named: false`.',
  types: () => [Person, Organization],
  // Organizations have a kind column, people do not.
  resolveType: (value) => ('kind' in value ? 'Organization' : 'Person'),
});
