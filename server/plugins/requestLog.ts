// One log line per HTTP request: its id (also sent back as `x-request-id`), method and path
// (never the query string, which can carry a GET request's query and variables), the
// GraphQL operation's type and name, its cost (from `extensions.cost`, when the query
// budget set one), the HTTP status, the GraphQL error codes and the duration.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { type ExecutionResult, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { type Logger, requestScope } from '../logger.js';

interface RequestRecord {
  id: string;
  startedAt: number;
  operationType?: string;
  operationName?: string | null;
  cost?: number | null;
  errorCodes: Set<string>;
}

/** A request id a proxy in front may set; anything else is replaced by a fresh one. */
const acceptableRequestId = /^[\w.:-]{1,100}$/;
const graphqlName = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/** The id a request is logged and answered under: the proxy's, when acceptable. */
export function requestIdOf(incoming: string | null | undefined): string {
  return incoming && acceptableRequestId.test(incoming) ? incoming : randomUUID();
}

/** The line logged for each request (with `reqId` when no request scope adds it). */
export interface RequestLine {
  reqId?: string;
  method: string;
  path: string;
  status: number;
  operationType: string | null;
  operation: string | null;
  cost: number | null;
  errors: string[];
  durationMs: number;
  client: string | null;
  /** Answered by the response cache's front door, before Yoga. */
  frontDoor?: true;
}

export function logRequestLine(logger: Logger, line: RequestLine): void {
  if (line.status >= 500) logger.error(line, 'request');
  else logger.info(line, 'request');
}

/** Milliseconds since `startedAt` (performance.now()), to a tenth. */
export const durationSince = (startedAt: number) =>
  Math.round((performance.now() - startedAt) * 10) / 10;

function costOf(extensions: Record<string, unknown> | undefined): number | null {
  const cost = extensions?.cost;
  if (typeof cost === 'number') return cost;
  if (typeof cost === 'object' && cost !== null) {
    const requested = (cost as { requested?: unknown }).requested;
    if (typeof requested === 'number') return requested;
  }
  return null;
}

function resultsOf(result: unknown): ExecutionResult[] {
  if (Array.isArray(result)) return result as ExecutionResult[];
  if (typeof result === 'object' && result !== null && !(Symbol.asyncIterator in result)) {
    return [result as ExecutionResult];
  }
  return []; // a stream (subscription, @defer): nothing to read before it ends
}

export function useRequestLog(logger: Logger): Plugin {
  const records = new WeakMap<Request, RequestRecord>();
  const recordOf = (request: Request): RequestRecord => {
    let record = records.get(request);
    if (!record) {
      record = {
        id: requestIdOf(request.headers.get('x-request-id')),
        startedAt: performance.now(),
        errorCodes: new Set(),
      };
      records.set(request, record);
    }
    return record;
  };

  return {
    // Wraps the whole request, so that even answers given before the plugins run (a CORS
    // preflight, the playground) are timed, and every line logged meanwhile has the id.
    instrumentation: {
      request: ({ request }, wrapped) =>
        requestScope.run({ reqId: recordOf(request).id }, () => wrapped()),
    },
    onParams({ params, request }) {
      const name = params.operationName;
      if (typeof name === 'string' && graphqlName.test(name)) {
        recordOf(request).operationName = name;
      }
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      if (!request) return;
      const operation = getOperationAST(args.document, args.operationName);
      const record = recordOf(request);
      record.operationType = operation?.operation;
      record.operationName = operation?.name?.value ?? null;
    },
    onResultProcess({ request, result }) {
      const record = recordOf(request);
      for (const one of resultsOf(result)) {
        record.cost = costOf(one.extensions as Record<string, unknown> | undefined) ?? record.cost;
        for (const error of one.errors ?? []) {
          const code = error.extensions?.code;
          if (typeof code === 'string') record.errorCodes.add(code);
        }
      }
    },
    onResponse({ request, response, serverContext }) {
      const record = recordOf(request);
      response.headers.set('x-request-id', record.id);
      logRequestLine(logger, {
        ...(requestScope.getStore() ? {} : { reqId: record.id }),
        method: request.method,
        path: new URL(request.url, 'http://localhost').pathname.slice(0, 200),
        status: response.status,
        operationType: record.operationType ?? null,
        operation: record.operationName ?? null,
        cost: record.cost ?? null,
        errors: [...record.errorCodes],
        durationMs: durationSince(record.startedAt),
        client:
          (serverContext as { req?: { socket?: { remoteAddress?: string } } }).req?.socket
            ?.remoteAddress ?? null,
      });
    },
  };
}
