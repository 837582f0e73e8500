// The HTTP application: graphql-yoga serving the schema at /graphql (GraphiQL on GET).
import { createYoga, maskError as defaultMaskError, type YogaServerInstance } from 'graphql-yoga';
import { GraphQLError } from 'graphql';
import { PothosValidationError } from '@pothos/core';
import type { Context } from './builder.js';
import type { PrismaClient } from './db/client.js';
import { schema } from './schema/index.js';

const exampleQuery = `# Khabar: Arabic news on Russian diplomacy as a knowledge graph.
{
  articles(first: 5) {
    totalCount
    nodes {
      slug
      title
      publishedAt
      people { slug name(language: EN) }
      statements { text direct speaker { ... on Person { name(language: EN) } ... on Organization { name(language: EN) } } }
      tradeFigures { kind amount currency year status partners { iso2 } }
    }
  }
}
`;

/**
 * Errors the caller caused (bad arguments, validation) keep their message and get
 * BAD_USER_INPUT; anything else is masked, logged, and never shows a stack trace.
 */
function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  // Pothos reports bad arguments (an invalid cursor, say) as PothosValidationError.
  if (original instanceof PothosValidationError && error instanceof GraphQLError) {
    return new GraphQLError(original.message, { nodes: error.nodes, path: error.path, extensions: { code: 'BAD_USER_INPUT' } });
  }
  if (original instanceof GraphQLError) return original;
  if (error instanceof GraphQLError && !original) return error;
  console.error(error);
  return defaultMaskError(error, message, isDev);
}

export function createApp(prisma: PrismaClient): YogaServerInstance<Record<string, never>, Context> {
  return createYoga<Record<string, never>, Context>({
    schema,
    context: () => ({ prisma }),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: { title: 'Khabar GraphQL', defaultQuery: exampleQuery },
    maskedErrors: { maskError, isDev: false },
  });
}
