/** Every error the SDK throws on purpose is a KhabarError. */
export class KhabarError extends Error {
  override name = 'KhabarError';
}

/** The request never got an HTTP answer (DNS, refused connection, TLS, …). */
export class KhabarNetworkError extends KhabarError {
  override name = 'KhabarNetworkError';
  constructor(
    readonly url: string,
    options: { cause: unknown },
  ) {
    super(
      `could not reach ${url}: ${(options.cause as Error)?.message ?? String(options.cause)}`,
      options,
    );
  }
}

/** The server answered with an HTTP error and no GraphQL response. */
export class KhabarHttpError extends KhabarError {
  override name = 'KhabarHttpError';
  constructor(
    readonly status: number,
    readonly statusText: string,
    /** The response body as text (truncated to 2,000 characters in the message only). */
    readonly body: string,
  ) {
    super(`HTTP ${status} ${statusText}${body ? `: ${body.slice(0, 2000)}` : ''}`);
  }
}

/** One error of a GraphQL response, as the server sent it. */
export interface GraphQLErrorEntry {
  message: string;
  path?: (string | number)[];
  locations?: { line: number; column: number }[];
  extensions?: { code?: string; [key: string]: unknown };
}

/**
 * The server answered with GraphQL errors. `code` and `path` are the first error's; all
 * of them are in `errors`. Whatever data came with them is kept in `data`.
 */
export class KhabarGraphQLError<TData = unknown> extends KhabarError {
  override name = 'KhabarGraphQLError';
  readonly code: string | undefined;
  readonly path: (string | number)[] | undefined;
  constructor(
    readonly errors: GraphQLErrorEntry[],
    /** Partial data, when the server could resolve part of the query. */
    readonly data: TData | null,
    /** The HTTP status of the response. */
    readonly status: number,
  ) {
    const [first] = errors;
    super(
      first
        ? `${first.message}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''}`
        : 'GraphQL error',
    );
    this.code = first?.extensions?.code;
    this.path = first?.path;
  }
}
