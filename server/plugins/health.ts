// /health (the process answers) and /ready (it can serve: the database answers, takes
// writes and has every migration), as JSON for load balancers and orchestrators.
import type { Plugin } from 'graphql-yoga';

/** Why the service cannot serve now, or null when it can. */
export type ReadinessCheck = () => Promise<{ reason: string } | null>;

/**
 * Yoga answers any URL that ends with its health check endpoint (default /health) with an
 * empty 200 before any plugin of ours runs, and cannot be switched off. No request URL can
 * end with a space, so this value leaves /health and /ready to useHealthEndpoints.
 */
export const yogaHealthCheckOff = ' ';

const answer = (
  fetchAPI: { Response: typeof Response },
  status: number,
  body: Record<string, unknown>,
) =>
  new fetchAPI.Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });

export function useHealthEndpoints(ready: ReadinessCheck): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname === '/health') {
        endResponse(answer(fetchAPI, 200, { status: 'ok' }));
      } else if (url.pathname === '/ready') {
        const problem = await ready();
        endResponse(
          problem
            ? answer(fetchAPI, 503, { status: 'unavailable', reason: problem.reason })
            : answer(fetchAPI, 200, { status: 'ready' }),
        );
      }
    },
  };
}
