// The HTTP application: graphql-yoga serving the schema at /graphql (GraphiQL on GET).

import type { IncomingMessage, ServerResponse } from 'node:http';
import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { createYoga, maskError as defaultMaskError, type YogaServerInstance } from 'graphql-yoga';
import type { Context } from './builder.js';
import type { CorsOrigins } from './config.js';
import { ApiKeyRefusedError, type ApiKeyScope, scopeOfAuthorization } from './db/apiKeyStore.js';
import type { PrismaClient } from './db/client.js';
import { databaseFaultOf } from './db/faults.js';
import { Ingestor } from './ingest/ingest.js';
import { type Logger, yogaLogger } from './logger.js';
import { usePlayground } from './playground/index.js';
import { useArgumentCheck } from './plugins/argumentCheck.js';
import { yogaCors } from './plugins/cors.js';
import { type ReadinessCheck, useHealthEndpoints, yogaHealthCheckOff } from './plugins/health.js';
import { useQueryBudget } from './plugins/queryBudget.js';
import { defaultQueryLimits, type QueryLimits, useDocumentLimits } from './plugins/queryLimits.js';
import { useQueryParameterCheck } from './plugins/queryParameters.js';
import { createRateLimiter, defaultRateLimits, type RateLimits } from './plugins/rateLimiter.js';
import { useRequestBodyLimit } from './plugins/requestBodyLimit.js';
import { useRequestLog } from './plugins/requestLog.js';
import { withoutEchoedVariable } from './plugins/variableErrors.js';
import { createFrontDoor } from './responseCache/frontDoor.js';
import {
  createResponseCache,
  defaultResponseCacheTtlMs,
  type ResponseCacheSettings,
  withoutResponseCache,
} from './responseCache/index.js';
import { schema } from './schema/index.js';

/**
 * Errors the caller caused (bad arguments, validation) keep their message, get a code and
 * are returned as they are (Yoga logs only errors that masking changed); anything else is
 * masked as "Unexpected error." and logged by Yoga, with no stack trace in the response.
 */
function maskError(error: unknown, message: string, isDev?: boolean): Error {
  // The database is gone, read-only, full or silent: the client may try again later.
  const fault = databaseFaultOf(error);
  if (fault) {
    return new GraphQLError(`The service is unavailable: ${fault}. Try again later.`, {
      path: error instanceof GraphQLError ? error.path : undefined,
      extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
    });
  }
  // The client's own mistakes below are mended in place: Yoga logs only the errors that
  // masking replaced, as failures inside the server.
  if (error instanceof GraphQLError && error.originalError instanceof ApiKeyRefusedError) {
    Object.assign(error.extensions, { code: 'UNAUTHENTICATED', http: { status: 401 } });
    return error;
  }
  // Yoga quotes JSON.parse's message, and with it the start of the body, variables included.
  if (error instanceof GraphQLError && error.extensions.originalError !== undefined) {
    delete (error.extensions as Record<string, unknown>).originalError;
    if (error.message === 'POST body sent invalid JSON.') {
      error.message = 'The request body is not valid JSON.';
    }
    return error;
  }
  if (error instanceof GraphQLError && withoutEchoedVariable(error)) {
    Object.assign(error.extensions, { code: 'BAD_USER_INPUT' });
    return error;
  }
  if (error instanceof GraphQLError) {
    // Pothos reports bad arguments (an invalid cursor, say) as PothosValidationError.
    // (Cursors never get here malformed: useArgumentCheck refuses them before execution.)
    if (error.originalError instanceof PothosValidationError) {
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
  /** Where request lines and masked errors are logged; Yoga's console logger when absent. */
  logger?: Logger;
  /** /ready's check; when absent, whether the database answers a query. */
  readiness?: ReadinessCheck;
  /** Which browser origins may call the API (CORS_ORIGINS); by default any, without credentials. */
  corsOrigins?: CorsOrigins;
  /** Whole answers to queries, in memory or in Redis (redisUrl); on by default (docs/api.md). */
  responseCache?: boolean | Partial<ResponseCacheSettings>;
}

export type KhabarYoga = YogaServerInstance<Record<string, never>, Context>;

/** The Yoga app alone: what tests call in-process through `yoga.fetch`. */
export function createApp(prisma: PrismaClient, options: AppOptions = {}): KhabarYoga {
  return createServerApp(prisma, options).yoga;
}

export interface ServerApp {
  yoga: KhabarYoga;
  /** The Node handler to serve: the response cache's front door, then Yoga. */
  listener: (request: IncomingMessage, response: ServerResponse) => void;
}

export function createServerApp(prisma: PrismaClient, options: AppOptions = {}): ServerApp {
  const ingestor = new Ingestor(prisma); // keeps the gazetteer between requests
  const limits = { ...defaultQueryLimits, ...options.limits };
  const rateLimiter = createRateLimiter(
    { ...defaultRateLimits, ...options.rateLimits },
    options.redisUrl,
  );
  const responseCache =
    options.responseCache === false
      ? withoutResponseCache()
      : createResponseCache(
          schema,
          {
            ttlMs: defaultResponseCacheTtlMs,
            ...(typeof options.responseCache === 'object' ? options.responseCache : {}),
          },
          options.redisUrl,
        );
  const yoga = createYoga<Record<string, never>, Context>({
    schema,
    context: ({ request }) => {
      let scope: Promise<ApiKeyScope | null> | undefined;
      const authorization = request.headers.get('authorization');
      return {
        prisma,
        ingestor,
        // Null without a key; an unknown or revoked key rejects (UNAUTHENTICATED, 401).
        apiKeyScope: () => (scope ??= scopeOfAuthorization(prisma, authorization)),
        responseCache: responseCache.invalidation,
      };
    },
    graphqlEndpoint: '/graphql',
    landingPage: false,
    // GraphiQL is served by usePlayground, from local files with the SDK's examples.
    graphiql: false,
    maskedErrors: { maskError, isDev: false },
    healthCheckEndpoint: yogaHealthCheckOff,
    cors: yogaCors(options.corsOrigins),
    logging: options.logger ? yogaLogger(options.logger) : true,
    // Replaced by useRequestBodyLimit, which checks Content-Length instead of counting bytes.
    maxRequestBodySize: false,
    plugins: [
      ...(options.logger ? [useRequestLog(options.logger)] : []),
      useHealthEndpoints(options.readiness ?? databaseAnswers(prisma)),
      useQueryParameterCheck(),
      usePlayground(prisma),
      useRequestBodyLimit(),
      ...useDocumentLimits(limits),
      useArgumentCheck(),
      useQueryBudget(limits, rateLimiter),
      // After the budget: a cached answer still pays its cost and carries extensions.cost.
      ...responseCache.plugins,
    ],
  });
  // Without a cache there is nothing for the front door to answer.
  const listener =
    options.responseCache === false
      ? yoga
      : createFrontDoor({
          next: yoga,
          answerOf: (key) => responseCache.answerOf(key),
          answerWritten: (key) => responseCache.answerWritten(key),
          charge: rateLimiter ? (payer, cost) => rateLimiter.consume(payer, cost) : null,
          maxCost: limits.maxCost,
          ...(options.logger ? { logger: options.logger } : {}),
        });
  return { yoga, listener };
}

/** The default readiness check: the database answers a query. */
function databaseAnswers(prisma: PrismaClient): ReadinessCheck {
  return async () => {
    try {
      await prisma.$queryRawUnsafe('SELECT 1');
      return null;
    } catch (error) {
      return { reason: databaseFaultOf(error) ?? 'the database check failed' };
    }
  };
}
