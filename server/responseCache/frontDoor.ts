// The response cache's front door: a query whose whole answer is cached is answered from the
// Node request itself, before Yoga builds a fetch Request and runs its plugins, parsing,
// validation and execution. A hit costs some 50 µs here against some 500 µs through Yoga
// (docs/benchmarks.md), and on a news site most requests are hits.
//
// It answers only what it can answer exactly as Yoga would, and hands everything else on:
// - a POST to /graphql with a JSON body of at most 16 KB: query, operationName, variables;
// - from no browser page (no Origin header: CORS stays Yoga's), asking for JSON;
// - whose answer is cached with the cost it was charged. The same parameters passed every
//   check before (document limits, arguments, cost limit), and their cost is charged again
//   against the caller's hourly budget; a caller over budget is refused by Yoga, as ever.
// Misses go on to Yoga with the body already read (whatwg-node takes `request.body`).
//
// Identical misses at once are answered once: while Yoga answers a miss, the same query
// arriving waits for that answer to be stored and is then answered from the cache. On a news
// site every ingest invalidates the front page, which dozens of connections then ask for in
// the same few milliseconds. A waiting request never takes its leader's answer directly: it
// reads the store again, where an answer computed before an invalidation is never written.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Logger } from '../logger.js';
import { payerFor } from '../plugins/queryBudget.js';
import type { RateVerdict } from '../plugins/rateLimiter.js';
import { durationSince, logRequestLine, requestIdOf } from '../plugins/requestLog.js';
import { BoundedMap } from './boundedMap.js';
import { type CachedAnswer, type QueryParams, responseCacheKey } from './index.js';

type NodeHandler = (request: IncomingMessage, response: ServerResponse) => unknown;

export interface FrontDoorOptions {
  /** Yoga's Node handler: every request the front door does not answer. */
  next: NodeHandler;
  answerOf(key: string): Promise<CachedAnswer | null>;
  /** Settles once the answer written under this key since the last call is stored; false if not. */
  answerWritten(key: string): Promise<boolean>;
  /** Charges a cost to a payer's hourly budget; null when rate limits are off. */
  charge: ((payer: string, cost: number) => Promise<RateVerdict>) | null;
  /** The per-operation cost limit, reported beside each cost as Yoga's answers do. */
  maxCost: number;
  /** With a logger, a request line and an `x-request-id`, as useRequestLog gives. */
  logger?: Logger;
}

/** How long a request waits for an identical miss ahead of it before going to Yoga itself. */
export const missWaitMs = 2000;
/**
 * How long a query whose answer was not stored (errors, a refusal) goes to Yoga with no wait:
 * waiting for such a leader would only run identical queries one after the other.
 */
const unstoredForgetMs = 10_000;

/** Bodies above this go to Yoga unread: cached reads are small, and memory stays bounded. */
export const frontDoorMaxBodyBytes = 16 * 1024;

const graphqlResponseJson = 'application/graphql-response+json; charset=utf-8';
const plainJson = 'application/json; charset=utf-8';

/**
 * The content type Yoga would answer with for this Accept header, or null where its
 * negotiation is not this simple one (quality values, streams, wildcards other than * / *).
 */
export function answerTypeFor(accept: string | undefined): string | null {
  if (accept === undefined || accept.trim() === '') return plainJson;
  let chosen: string | null = null;
  for (const part of accept.split(',')) {
    const type = part.trim().toLowerCase();
    if (type === 'application/graphql-response+json') chosen ??= graphqlResponseJson;
    else if (type === 'application/json' || type === '*/*') chosen ??= plainJson;
    else return null;
  }
  return chosen;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The body's parameters when it holds nothing but them, else null (Yoga decides). */
export function queryParamsOf(body: Buffer): QueryParams | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return null;
  }
  if (!isPlainObject(parsed)) return null;
  const { query, operationName, variables, ...rest } = parsed;
  if (Object.keys(rest).length > 0 || typeof query !== 'string' || query === '') return null;
  if (operationName != null && typeof operationName !== 'string') return null;
  if (variables != null && !isPlainObject(variables)) return null;
  return {
    query,
    operationName: operationName as string | null | undefined,
    variables: variables as Record<string, unknown> | null | undefined,
  };
}

/** The content type of the answer when the front door may give it, else null. */
function answerTypeOf(request: IncomingMessage): string | null {
  const { headers } = request;
  const length = Number(headers['content-length']);
  const mayAnswer =
    request.method === 'POST' &&
    request.url === '/graphql' &&
    headers.origin === undefined &&
    headers['transfer-encoding'] === undefined &&
    headers['content-encoding'] === undefined &&
    /^application\/json\s*(;|$)/i.test(headers['content-type'] ?? '') &&
    Number.isInteger(length) &&
    length > 0 &&
    length <= frontDoorMaxBodyBytes;
  return mayAnswer ? answerTypeFor(headers.accept) : null;
}

/**
 * A document that may hold a mutation or subscription: never made to wait for an identical
 * one (a false match, the word in a string, only forgoes the wait).
 */
const mayChange = /\b(mutation|subscription)\b/;

export function createFrontDoor(options: FrontDoorOptions): NodeHandler {
  const { next, answerOf, answerWritten, charge, maxCost, logger } = options;
  /** Misses Yoga is answering now, by cache key: settle once the answer is stored (or not). */
  const missesInFlight = new Map<string, Promise<void>>();
  /** Keys whose last answer from Yoga was not stored, with when that was known. */
  const unstoredSince = new BoundedMap<string, number>(1000);

  /**
   * The cached answer, after waiting for an identical miss ahead of this one; null when this
   * request is to go to Yoga, registered as the miss in flight when there was none. After one
   * wait a miss goes to Yoga: the leader's answer was not stored (an error, an invalidation
   * while it ran), and queueing behind another leader would run identical queries one by one.
   */
  const cachedAnswerOf = async (key: string, response: ServerResponse) => {
    const cached = await answerOf(key).catch(() => null);
    if (cached) return cached;
    const unstoredAt = unstoredSince.get(key);
    if (unstoredAt !== undefined && performance.now() - unstoredAt < unstoredForgetMs) return null;
    const leader = missesInFlight.get(key);
    if (leader === undefined) {
      // Checked and set with no await between: one leader per key at a time.
      const answered = new Promise<void>((resolve) => {
        response.once('close', async () => {
          if (!(await answerWritten(key))) unstoredSince.set(key, performance.now());
          resolve();
        });
      });
      missesInFlight.set(
        key,
        answered.finally(() => missesInFlight.delete(key)),
      );
      return null;
    }
    if (!(await settlesWithin(leader, missWaitMs))) return null;
    return answerOf(key).catch(() => null);
  };

  const handOn = (request: IncomingMessage, response: ServerResponse, body: Buffer): void => {
    (request as IncomingMessage & { body?: Buffer }).body = body;
    void next(request, response);
  };

  const answer = async (
    request: IncomingMessage,
    response: ServerResponse,
    body: Buffer,
    startedAt: number,
    contentType: string,
  ) => {
    const params = queryParamsOf(body);
    if (!params) return handOn(request, response, body);
    const key = responseCacheKey(params);
    const cached = mayChange.test(params.query)
      ? await answerOf(key).catch(() => null)
      : await cachedAnswerOf(key, response);
    if (!cached) return handOn(request, response, body);
    const { authorization } = request.headers;
    const verdict = charge
      ? await charge(payerFor(authorization, request.socket.remoteAddress), cached.cost)
      : null;
    // Over budget: Yoga gives the refusal (429, Retry-After, the budget in extensions).
    if (verdict && !verdict.allowed) return handOn(request, response, body);

    const extensions = {
      cost: { requested: cached.cost, maximum: maxCost },
      ...(verdict ? { rateLimit: verdict.budget } : {}),
    };
    const text = `{"data":${cached.dataJson},"extensions":${JSON.stringify(extensions)}}`;
    const headers: Record<string, string | number> = {
      'Content-Type': contentType,
      'Cache-Control': 'no-store',
      'Content-Length': Buffer.byteLength(text),
    };
    const requestId = logger ? requestIdOf(firstOf(request.headers['x-request-id'])) : null;
    if (requestId) headers['x-request-id'] = requestId;
    if (verdict) {
      headers['x-ratelimit-limit'] = String(verdict.budget.limit);
      headers['x-ratelimit-remaining'] = String(verdict.budget.remaining);
      headers['x-ratelimit-reset'] = verdict.budget.resetAt;
    }
    response.writeHead(200, headers);
    response.end(text);
    if (logger && requestId) {
      logRequestLine(logger, {
        reqId: requestId,
        method: 'POST',
        path: '/graphql',
        status: 200,
        operationType: 'query',
        operation: cached.operation,
        cost: cached.cost,
        errors: [],
        durationMs: durationSince(startedAt),
        client: request.socket.remoteAddress ?? null,
        frontDoor: true,
      });
    }
  };

  return (request, response) => {
    const contentType = answerTypeOf(request);
    if (contentType === null) {
      void next(request, response);
      return;
    }
    const startedAt = performance.now();
    const chunks: Buffer[] = [];
    let received = 0;
    request.on('data', (chunk: Buffer) => {
      received += chunk.length;
      chunks.push(chunk);
    });
    // A client that goes away before its body ends gets no answer; its socket is gone.
    request.on('error', () => response.destroy());
    request.on('end', () => {
      const body = Buffer.concat(chunks, received);
      answer(request, response, body, startedAt, contentType).catch((error: unknown) => {
        // The rate limiter failed (Redis away with no insurance): Yoga reports it.
        logger?.warn({ err: error }, 'front door: handing the request on');
        if (!response.headersSent) void handOn(request, response, body);
      });
    });
  };
}

const firstOf = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Whether the promise settles within `ms`. */
function settlesWithin(promise: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  return Promise.race([promise.then(() => true), timeout]).finally(() => clearTimeout(timer));
}
