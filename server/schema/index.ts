// Imports every concept's module (each registers its types and fields on the builder)
// and builds the schema.
import { lexicographicSortSchema } from 'graphql';
import { builder } from '../builder.js';
import './scalars.js';
import './enums.js';
import './named.js';
import './span.js';
import './speaker.js';
import './mention.js';
import './article.js';
import './person.js';
import './organization.js';
import './place.js';
import './statement.js';
import './tradeFigure.js';
import './event.js';

builder.queryType({ description: 'The entry points for reading the Khabar knowledge graph.' });

export const schema = lexicographicSortSchema(builder.toSchema());
