// A GET request's `variables` and `extensions` parameters are JSON. Yoga parses them with
// no guard, and a malformed one surfaced as an INTERNAL_SERVER_ERROR, logged as a failure
// of the server; this answers 400 first, naming the parameter and never quoting it.
import { createGraphQLError, type Plugin } from 'graphql-yoga';

export function useQueryParameterCheck(): Plugin {
  return {
    onRequestParse({ request, url }) {
      if (request.method !== 'GET') return;
      for (const name of ['variables', 'extensions']) {
        const raw = url.searchParams.get(name);
        if (!raw) continue;
        try {
          JSON.parse(raw);
        } catch {
          throw createGraphQLError(`The "${name}" query parameter is not valid JSON.`, {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          });
        }
      }
    },
  };
}
