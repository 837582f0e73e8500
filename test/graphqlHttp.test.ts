// GraphQL over HTTP conformance: graphql-http's server audits against a real Khabar server
// on a socket, served as `npm start` serves it, on both databases. Every MUST holds; the
// limits, cache and logs added in front of Yoga must not break the protocol, and neither may
// the response cache's front door: the audits run twice, the second time on cached answers.
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerApp } from '../server/app.js';
import { startTestApi, type TestApi } from './support/api.js';
import { providers } from './support/databases.js';

describe.each(providers)('graphql-http server audits on %s', (provider) => {
  let api: TestApi;
  let server: Server;
  let url: string;
  beforeAll(async () => {
    api = await startTestApi(provider);
    server = createServer(createServerApp(api.database.prisma).listener).listen(0, '127.0.0.1');
    await once(server, 'listening');
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    await api?.close();
  });

  it.each(['first', 'second'])('passes every MUST audit, the %s time', async () => {
    const results = await auditServer({ url });
    const musts = results.filter((result) => result.name.startsWith('MUST'));
    expect(musts.length).toBeGreaterThanOrEqual(13);
    const failed = musts.filter((result) => result.status !== 'ok');
    expect(
      failed.map((result) => `${result.name}: ${'reason' in result ? result.reason : ''}`),
    ).toEqual([]);
  });
});
