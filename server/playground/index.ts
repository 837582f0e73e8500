// The playground, the home page and the schema as text: a Yoga plugin that answers
// GET /, GET /schema.graphql, GET /graphql from a browser, and GraphiQL's own files under
// /playground/. Nothing it serves loads anything from another host.
import type { Plugin } from 'graphql-yoga';
import type { PrismaClient } from '../db/client.js';
import { encodeGlobalId } from '../schema/globalId.js';
import { printedSchema } from '../schema/print.js';
import { assetsPath, playgroundAssets } from './assets.js';
import {
  exampleTabs,
  headersNote,
  type SeedIds,
  seedArticleSlug,
  seedPersonSlug,
} from './examples.js';
import { homePage, homeSecurityPolicy, playgroundPage, playgroundSecurityPolicy } from './pages.js';

const html = 'text/html; charset=utf-8';

/** Yoga's own rule for GraphiQL: a GET that accepts HTML, i.e. a browser's navigation. */
function wantsPlayground(request: Request, pathname: string, endpoint: string): boolean {
  return (
    (pathname === endpoint || pathname === `${endpoint}/`) &&
    (request.headers.get('accept') ?? '').includes('text/html')
  );
}

async function seedIds(prisma: PrismaClient): Promise<SeedIds> {
  const [article, person] = await Promise.all([
    prisma.article.findUnique({ where: { slug: seedArticleSlug }, select: { id: true } }),
    prisma.person.findUnique({ where: { slug: seedPersonSlug }, select: { id: true } }),
  ]);
  return {
    article: article ? encodeGlobalId('Article', article.id) : undefined,
    person: person ? encodeGlobalId('Person', person.id) : undefined,
  };
}

type Answer = { body: BodyInit; headers: Record<string, string>; status?: number };

const plainText = 'text/plain; charset=utf-8';

export function usePlayground(prisma: PrismaClient, endpoint = '/graphql'): Plugin {
  let schemaText: string | undefined;

  async function answer(request: Request, pathname: string): Promise<Answer | undefined> {
    if (pathname === '/') {
      return {
        body: homePage(),
        headers: { 'content-type': html, 'content-security-policy': homeSecurityPolicy },
      };
    }
    if (pathname === '/schema.graphql') {
      schemaText ??= printedSchema();
      return { body: schemaText, headers: { 'content-type': plainText } };
    }
    if (pathname.startsWith(assetsPath)) {
      const asset = (await playgroundAssets()).byPath.get(pathname);
      if (!asset) {
        return {
          body: 'No such playground file.',
          headers: { 'content-type': plainText },
          status: 404,
        };
      }
      const headers = {
        'content-type': asset.contentType,
        // The name changes with the content, so a browser may keep a file for good.
        'cache-control': 'public, max-age=31536000, immutable',
        vary: 'accept-encoding',
      };
      return /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '')
        ? {
            body: new Uint8Array(await asset.gzipped),
            headers: { ...headers, 'content-encoding': 'gzip' },
          }
        : { body: new Uint8Array(asset.body), headers };
    }
    if (wantsPlayground(request, pathname, endpoint)) {
      const [assets, ids] = await Promise.all([playgroundAssets(), seedIds(prisma)]);
      return {
        body: playgroundPage(assets, exampleTabs(ids), headersNote),
        headers: {
          'content-type': html,
          'content-security-policy': playgroundSecurityPolicy,
          'cache-control': 'no-cache',
        },
      };
    }
    return undefined;
  }

  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET') return;
      let result: Answer | undefined;
      try {
        result = await answer(request, url.pathname);
      } catch (error) {
        // Yoga does not catch errors thrown here: answer 500 rather than drop the request.
        console.error('The playground could not be served:', error);
        result = {
          body: 'The playground could not be served; the server log says why.',
          headers: { 'content-type': plainText },
          status: 500,
        };
      }
      if (result) endResponse(new fetchAPI.Response(result.body, result));
    },
  };
}
