// A real Khabar server on a free port over a fresh, seeded SQLite database.

import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { createApp } from '../../../server/app.js';
import { startTestApi, type TestApi } from '../../../test/support/api.js';

export interface RunningKhabar {
  url: string;
  api: TestApi;
  stop(): Promise<void>;
}

export async function startKhabar(): Promise<RunningKhabar> {
  const api = await startTestApi('sqlite');
  const server: Server = createServer(createApp(api.database.prisma)).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    api,
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await api.close();
    },
  };
}

/** A fetch that records every request it sends. */
export function recordingFetch(): {
  fetch: typeof globalThis.fetch;
  requests: { url: string; init: RequestInit }[];
} {
  const requests: { url: string; init: RequestInit }[] = [];
  return {
    requests,
    fetch: (input, init) => {
      requests.push({ url: String(input), init: init ?? {} });
      return globalThis.fetch(input, init);
    },
  };
}
