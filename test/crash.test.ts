// The process test: the server is killed (SIGKILL, no chance to clean up) during a burst of
// concurrent ingests, then started again on the same database. Every article it
// acknowledged must be there whole (as many statements and figures as the answer said),
// and any other article must be whole too (as many as the same text gives in a quiet
// run) or absent: never half-written.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../server/db/apiKeyStore.js';
import { openDatabase } from '../server/db/client.js';
import { repoRoot } from '../server/db/provider.js';
import { startTestApi } from './support/api.js';
import { createTestDatabase, providers, type TestDatabase } from './support/databases.js';
import { freePort } from './support/freePort.js';
import {
  postGraphQL,
  type ServerProcess,
  startServer,
  stopServer,
  waitForServing,
} from './support/serverProcess.js';

const fixtures = path.join(repoRoot, 'test/fixtures/articles');
const bases = readdirSync(fixtures)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(path.join(fixtures, name), 'utf8').trimEnd());

/** A reference code in Arabic letters, unique to each text, that extraction ignores. */
const codeOf = (n: number) =>
  [...String(n).padStart(3, '0')].map((d) => 'ابتثجحخدذر'[Number(d)]).join('');
const codePattern = /رمز المرجع ([ا-ي]+)\./;
const texts = Array.from({ length: 4 * bases.length }, (_, n) => ({
  code: codeOf(n),
  text: `${bases[n % bases.length]}\n\nرمز المرجع ${codeOf(n)}.\n`,
}));

const ingestMutation = `mutation Ingest($text: String!) {
  ingestArticle(input: { text: $text }) { status article { statements { id } tradeFigures { id } } }
}`;

interface Counts {
  statements: number;
  figures: number;
}

/** Each text's counts from a quiet, sequential run on a fresh database. */
let expected: Map<string, Counts>;

beforeAll(async () => {
  const api = await startTestApi('sqlite');
  try {
    const { key } = await createApiKey(api.database.prisma, 'crash reference', 'EDITOR');
    expected = new Map();
    for (const { code, text } of texts) {
      const { body } = await api.query(
        ingestMutation,
        { text },
        { authorization: `Bearer ${key}` },
      );
      const article = body.data.ingestArticle.article;
      expected.set(code, {
        statements: article.statements.length,
        figures: article.tradeFigures.length,
      });
    }
  } finally {
    await api.close();
  }
});

describe.each(providers)('SIGKILL during a burst of ingests on %s', (provider) => {
  let database: TestDatabase;
  let server: ServerProcess | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await stopServer(server);
    await database?.drop();
  });

  it('every acknowledged article is whole after a restart, and none is half-written', async () => {
    const opened = await openDatabase(database.target);
    const { key } = await createApiKey(opened.prisma, 'crash test', 'EDITOR');
    await opened.close();
    const auth = { authorization: `Bearer ${key}` };
    const port = await freePort();
    const env = { PORT: String(port), DATABASE_URL: database.url };
    server = startServer(env);
    await waitForServing(server);

    // Four clients ingest one text after another; the server dies after the eighth answer.
    const acknowledged = new Map<string, Counts>();
    const queue = [...texts];
    let killed = false;
    let inFlight = 0;
    let inFlightAtKill = 0;
    const client = async () => {
      for (let next = queue.shift(); next && !killed; next = queue.shift()) {
        inFlight++;
        try {
          const { status, body } = await postGraphQL(
            port,
            ingestMutation,
            { text: next.text },
            auth,
          );
          const article = body.data?.ingestArticle?.article;
          if (status !== 200 || !article) continue; // refused: not acknowledged
          acknowledged.set(next.code, {
            statements: article.statements.length,
            figures: article.tradeFigures.length,
          });
          if (acknowledged.size >= 8 && !killed) {
            killed = true;
            inFlightAtKill = inFlight - 1;
            server!.child.kill('SIGKILL');
          }
        } catch {
          return; // the connection died with the server
        } finally {
          inFlight--;
        }
      }
    };
    await Promise.all([client(), client(), client(), client()]);
    expect(killed).toBe(true);
    expect(inFlightAtKill).toBeGreaterThan(0); // the kill cut ingests short
    expect(await server.exited).toBeNull(); // killed by the signal, no exit code
    expect(acknowledged.size).toBeLessThan(texts.length);

    server = startServer(env);
    await waitForServing(server);
    expect((await fetch(`http://127.0.0.1:${port}/ready`)).status).toBe(200);
    const { body } = await postGraphQL(
      port,
      `{ articles(first: 100) {
          totalCount
          nodes { blocks { text } statements { id } tradeFigures { id } }
        } }`,
    );
    const stored = new Map<string, Counts>();
    let seeds = 0;
    for (const article of body.data.articles.nodes) {
      const text = article.blocks.map((block: { text: string }) => block.text).join('\n');
      const code = codePattern.exec(text)?.[1];
      if (!code) {
        seeds++;
        continue;
      }
      expect(stored.has(code), `article ${code} stored twice`).toBe(false);
      stored.set(code, {
        statements: article.statements.length,
        figures: article.tradeFigures.length,
      });
    }
    expect(seeds).toBe(2);
    expect(body.data.articles.totalCount).toBe(2 + stored.size);
    for (const [code, counts] of acknowledged) {
      expect(stored.get(code), `acknowledged article ${code}`).toEqual(counts);
    }
    for (const [code, counts] of stored) {
      expect(counts, `article ${code}`).toEqual(expected.get(code));
    }
  });
});
