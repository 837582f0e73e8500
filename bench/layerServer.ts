// One layer of Khabar's stack alone, answering `node(id)` of an article on node:http, for
// `npm run bench:layers`: how many requests each layer leaves, measured beside PostGraphile.
// Usage: tsx bench/layerServer.ts <layer> <postgresql url> <port> <article id>
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { type DocumentNode, execute, parse } from 'graphql';
import { createSchema, createYoga } from 'graphql-yoga';
import type { Context } from '../server/builder.js';
import { openDatabase } from '../server/db/client.js';
import { Ingestor } from '../server/ingest/ingest.js';
import { withoutResponseCache } from '../server/responseCache/index.js';
import { schema } from '../server/schema/index.js';

const [layer, url, port, articleId] = process.argv.slice(2);
const id = Number(articleId);

/** Reads the JSON body, answers with what `answer` makes of it. */
const jsonHandler =
  (answer: (body: { query: string; variables?: Record<string, unknown> }) => Promise<unknown>) =>
  (request: IncomingMessage, response: ServerResponse) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', async () => {
      const json = JSON.stringify(await answer(JSON.parse(body)));
      response.writeHead(200, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(json),
      });
      response.end(json);
    });
  };

async function handlerOf(name: string) {
  if (name === 'yoga, static answer') {
    // Yoga with a one-field schema and no database: the floor of Yoga's own cost.
    const staticSchema = createSchema({
      typeDefs: 'type Query { node(id: ID!): Article } type Article { id: ID! title: String }',
      resolvers: { Query: { node: () => ({ id: 'static', title: 'static' }) } },
    });
    return createYoga({ schema: staticSchema, logging: false });
  }
  const database = await openDatabase({ provider: 'postgresql', url: url! }, { migrate: false });
  const prisma = database.prisma;
  if (name === 'prisma findUnique') {
    return jsonHandler(async () => ({
      data: {
        node: await prisma.article.findUnique({
          where: { id },
          select: { id: true, title: true, publishedAt: true },
        }),
      },
    }));
  }
  if (name === 'prisma $queryRaw') {
    return jsonHandler(async () => {
      const rows = await prisma.$queryRaw<unknown[]>`
        SELECT id, title, "publishedAt" FROM "Article" WHERE id = ${id}`;
      return { data: { node: rows[0] ?? null } };
    });
  }
  if (name === 'graphql-js + schema + prisma') {
    // Khabar's schema executed by graphql-js, without Yoga, its plugins or validation.
    const documents = new Map<string, DocumentNode>();
    const ingestor = new Ingestor(prisma);
    const responseCache = withoutResponseCache().invalidation;
    return jsonHandler(async ({ query, variables }) => {
      let document = documents.get(query);
      if (!document) {
        document = parse(query);
        documents.set(query, document);
      }
      const contextValue: Context = {
        prisma,
        ingestor,
        apiKeyScope: async () => null,
        responseCache,
      };
      return execute({ schema, document, variableValues: variables, contextValue });
    });
  }
  throw new Error(`unknown layer: ${name}`);
}

const server = createServer(await handlerOf(layer!));
server.listen(Number(port), '127.0.0.1', () => console.log('layer listening'));
