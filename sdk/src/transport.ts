// Sending one GraphQL operation over the standard fetch, and turning the answer into data
// or a typed error. No Node-only imports: this runs in browsers too.
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import {
  type GraphQLErrorEntry,
  KhabarError,
  KhabarGraphQLError,
  KhabarHttpError,
  KhabarNetworkError,
} from './errors.js';

/**
 * A typed document: the SDK's own (typed strings), or any TypedDocumentNode a consumer
 * generated against the same schema (it must keep its source text in `loc`, as
 * graphql-tag and `parse()` do).
 */
export type Document<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> &
  // biome-ignore lint/complexity/noBannedTypes: the generated TypedDocumentString extends String.
  (string | String | { kind: 'Document'; loc?: { source: { body: string } } });

export interface RequestOptions {
  /** Aborts this request (in addition to the client's signal). */
  signal?: AbortSignal;
  /** Extra headers for this request. */
  headers?: Record<string, string>;
}

/** Variables are optional exactly when the operation has no required variable. */
export type RequestArgs<TVariables> =
  Record<string, never> extends TVariables
    ? [variables?: TVariables, options?: RequestOptions]
    : [variables: TVariables, options?: RequestOptions];

export interface TransportConfig {
  url: string;
  headers: Record<string, string>;
  fetch: typeof globalThis.fetch;
  signal?: AbortSignal;
}

export function documentText(document: unknown): string {
  if (typeof document === 'string' || document instanceof String) return String(document);
  const body = (document as { loc?: { source?: { body?: string } } })?.loc?.source?.body;
  if (typeof body === 'string') return body;
  throw new KhabarError(
    'cannot send this document: pass a typed document string, ' +
      'or a DocumentNode that keeps its source (loc)',
  );
}

function combineSignals(...signals: (AbortSignal | undefined)[]): AbortSignal | undefined {
  const present = signals.filter((signal): signal is AbortSignal => signal !== undefined);
  if (present.length <= 1) return present[0];
  const controller = new AbortController();
  for (const signal of present) {
    if (signal.aborted) controller.abort(signal.reason);
    else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}

export async function send<TResult>(
  config: TransportConfig,
  query: string,
  variables: unknown,
  options: RequestOptions = {},
): Promise<TResult> {
  let response: Response;
  try {
    response = await config.fetch(config.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...config.headers,
        ...options.headers,
      },
      body: JSON.stringify({ query, variables: variables ?? {} }),
      signal: combineSignals(config.signal, options.signal),
    });
  } catch (error) {
    if ((error as Error)?.name === 'AbortError') throw error;
    throw new KhabarNetworkError(config.url, { cause: error });
  }

  const text = await response.text();
  let body: { data?: TResult | null; errors?: GraphQLErrorEntry[] } | undefined;
  if (/json/.test(response.headers.get('content-type') ?? '')) {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }
  // A GraphQL answer wins over the status: a 400 with `errors` is the server explaining.
  if (body && Array.isArray(body.errors) && body.errors.length > 0) {
    throw new KhabarGraphQLError<TResult>(body.errors, body.data ?? null, response.status);
  }
  if (!response.ok) throw new KhabarHttpError(response.status, response.statusText, text);
  if (!body || body.data == null)
    throw new KhabarHttpError(response.status, 'not a GraphQL response', text);
  return body.data;
}
