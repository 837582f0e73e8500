// The limit on the size of a request body, checked against its Content-Length header.
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/**
 * The largest request body accepted. The largest article `ingestArticle` takes (200,000
 * characters) fits even with every character JSON-escaped as \uXXXX.
 */
export const maxRequestBodyBytes = 4 * 1024 * 1024;

/**
 * A refusal sent before the body is read: the connection is closed after it, since the
 * unread body would otherwise be taken for the next request on a kept-alive connection.
 */
const refusal = (status: number, code: string, message: string) =>
  createGraphQLError(message, {
    extensions: { http: { status, headers: { connection: 'close' } }, code },
  });

/**
 * Replaces Yoga's `maxRequestBodySize`, which pipes every body through a byte-counting
 * TransformStream (and a Request copy): about a third of the cost of a small query. Node's
 * HTTP parser never delivers more bytes than Content-Length declares, so checking the
 * header is enough; a body without one (chunked) is refused, as fetch, curl and browsers
 * always send the length of a GraphQL request.
 */
export function useRequestBodyLimit(limit = maxRequestBodyBytes): Plugin {
  return {
    onRequestParse({ request }) {
      if (request.method === 'GET' || request.method === 'HEAD') return;
      const length = request.headers.get('content-length');
      if (length === null) {
        throw refusal(
          411,
          'LENGTH_REQUIRED',
          'A request body needs a Content-Length header (chunked bodies are not accepted).',
        );
      }
      if (!/^\d+$/.test(length))
        throw refusal(
          400,
          'BAD_REQUEST',
          `Content-Length must be a whole number of bytes, got "${length}".`,
        );
      if (Number(length) > limit) {
        throw refusal(
          413,
          'REQUEST_ENTITY_TOO_LARGE',
          `The request body is ${length} bytes; the limit is ${limit}.`,
        );
      }
    },
  };
}
