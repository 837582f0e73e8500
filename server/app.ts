// The HTTP application: graphql-yoga serving the schema at /graphql (GraphiQL on GET).

import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { createYoga, maskError as defaultMaskError, type YogaServerInstance } from 'graphql-yoga';
import type { Context } from './builder.js';
import { type ApiKeyScope, scopeOfKey } from './db/apiKeyStore.js';
import type { PrismaClient } from './db/client.js';
import { Ingestor } from './ingest/ingest.js';
import { usePlayground } from './playground/index.js';
import { useCursorCheck } from './plugins/cursorArguments.js';
import { useQueryBudget } from './plugins/queryBudget.js';
import { defaultQueryLimits, type QueryLimits, useDocumentLimits } from './plugins/queryLimits.js';
import { createRateLimiter, defaultRateLimits, type RateLimits } from './plugins/rateLimiter.js';
import { useRequestBodyLimit } from './plugins/requestBodyLimit.js';
import { withoutEchoedVariable } from './plugins/variableErrors.js';
import { schema } from './schema/index.js';

/**
 * Errors the caller caused (bad arguments, validation) keep their message, get a code and
 * are returned as they are (Yoga logs only errors that masking changed); anything else is
 * masked as "Unexpected error." and logged by Yoga, with no stack trace in the response.
 */
function maskError(error: unknown, message: string, isDev?: boolean): Error {
  if (error instanceof GraphQLError && withoutEchoedVariable(error)) {
    Object.assign(error.extensions, { code: 'BAD_USER_INPUT' });
    return error;
  }
  if (error instanceof GraphQLError) {
    // Pothos reports bad arguments (an invalid cursor, say) as PothosValidationError.
    if (error.originalError instanceof PothosValidationError) {
      // Pothos quotes a bad cursor in full (it may be megabytes); the client gets no echo.
      if (error.message.startsWith('Invalid cursor')) {
        error.message = 'not a valid cursor (use a cursor the API returned)';
      }
      Object.assign(error.extensions, { code: 'BAD_USER_INPUT' });
      return error;
    }
    // Our own errors, and graphql-js's parse and validation errors.
    if (!error.originalError || error.originalError instanceof GraphQLError) return error;
  }
  return defaultMaskError(error, message, isDev);
}

export interface AppOptions {
  /** What one request may ask (docs/api.md); defaults to defaultQueryLimits. */
  limits?: Partial<QueryLimits>;
  /** Hourly cost budgets; defaults to defaultRateLimits. */
  rateLimits?: Partial<RateLimits>;
  /** Redis for the rate-limit budgets shared by several processes; memory when absent. */
  redisUrl?: string;
}

export function createApp(
  prisma: PrismaClient,
  options: AppOptions = {},
): YogaServerInstance<Record<string, never>, Context> {
  const ingestor = new Ingestor(prisma); // keeps the gazetteer between requests
  const limits = { ...defaultQueryLimits, ...options.limits };
  const rateLimiter = createRateLimiter(
    { ...defaultRateLimits, ...options.rateLimits },
    options.redisUrl,
  );
  return createYoga<Record<string, never>, Context>({
    schema,
    context: ({ request }) => {
      let scope: Promise<ApiKeyScope | null> | undefined;
      const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
      return {
        prisma,
        ingestor,
        apiKeyScope: () => (scope ??= bearer ? scopeOfKey(prisma, bearer) : Promise.resolve(null)),
      };
    },
    graphqlEndpoint: '/graphql',
    landingPage: false,
    // GraphiQL is served by usePlayground, from local files with the SDK's examples.
    graphiql: false,
    maskedErrors: { maskError, isDev: false },
    // Replaced by useRequestBodyLimit, which checks Content-Length instead of counting bytes.
    maxRequestBodySize: false,
    plugins: [
      usePlayground(prisma),
      useRequestBodyLimit(),
      ...useDocumentLimits(limits),
      useQueryBudget(limits, rateLimiter),
      useCursorCheck(),
    ],
  });
}
