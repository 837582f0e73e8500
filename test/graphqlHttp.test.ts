// GraphQL over HTTP conformance: graphql-http's server audits against a real Khabar server
// on a socket, on both databases. Every MUST holds; the limits, cache and logs added in
// front of Yoga must not break the protocol.
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../server/app.js';
import { startTestApi, type TestApi } from './support/api.js';
import { providers } from './support/databases.js';

describe.each(providers)('graphql-http server audits on %s', (provider) => {
  let api: TestApi;
  let server: Server;
  let url: string;
  beforeAll(async () => {
    api = await startTestApi(provider);
    server = createServer(createApp(api.database.prisma)).listen(0, '127.0.0.1');
    await once(server, 'listening');
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    await api?.close();
  });

  it('passes every MUST audit', async () => {
    const results = await auditServer({ url });
    const musts = results.filter((result) => result.name.startsWith('MUST'));
    expect(musts.length).toBeGreaterThanOrEqual(13);
    const failed = musts.filter((result) => result.status !== 'ok');
    expect(
      failed.map((result) => `${result.name}: ${'reason' in result ? result.reason : ''}`),
    ).toEqual([]);
  });
});
