// Imports every concept's module (each registers its types and fields on the builder)
// and builds the schema.
import { type GraphQLSchema, isObjectType, lexicographicSortSchema } from 'graphql';
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
import './ingest.js';

builder.queryType({ description: 'The entry points for reading the Khabar knowledge graph.' });

/** The Prisma plugin adds `totalCount` to connections without a way to describe it. */
function describeTotalCounts(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    const totalCount = isObjectType(type) ? type.getFields().totalCount : undefined;
    if (totalCount && !totalCount.description)
      totalCount.description = 'How many items the whole list holds, across all pages.';
  }
  return schema;
}

export const schema = describeTotalCounts(lexicographicSortSchema(builder.toSchema()));
