// Which browser pages may call the API from another origin (CORS_ORIGINS), as Yoga's
// `cors` option. Credentials are never allowed: Khabar sets no cookies, and a page sends
// an API key in the Authorization header itself, so no page can act with a visitor's
// identity. Yoga's default would reflect any origin *with* credentials.
import type { CORSOptions } from 'graphql-yoga';
import type { CorsOrigins } from '../config.js';

/** Response headers a page may read: the request id and the rate-limit budget. */
const exposedHeaders = [
  'x-request-id',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
  'retry-after',
];

export function yogaCors(
  corsOrigins: CorsOrigins = { allow: 'any' },
): false | ((request: Request) => CORSOptions) {
  if (corsOrigins.allow === 'none') return false;
  const common = { credentials: false, exposedHeaders, maxAge: 600 };
  if (corsOrigins.allow === 'any') {
    // Yoga answers '*' by echoing the page's origin (with Vary: Origin).
    return () => ({ ...common, origin: ['*'] });
  }
  const allowed = new Set(corsOrigins.origins);
  return (request) => {
    const origin = request.headers.get('origin');
    // An origin off the list gets no CORS headers at all, so the browser withholds the answer.
    return origin && allowed.has(origin) ? { ...common, origin: [origin] } : false;
  };
}
