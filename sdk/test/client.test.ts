// The SDK against a real Khabar server: real HTTP, real database, the seed articles.

import { once } from 'node:events';
import { createServer } from 'node:http';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../server/db/apiKeyStore.js';
import {
  createKhabarClient,
  type KhabarClient,
  KhabarGraphQLError,
  KhabarHttpError,
  KhabarNetworkError,
} from '../src/index.js';
import { type RunningKhabar, recordingFetch, startKhabar } from './support/server.js';

let khabar: RunningKhabar;
let client: KhabarClient;
beforeAll(async () => {
  khabar = await startKhabar();
  client = createKhabarClient({ url: khabar.url });
});
afterAll(async () => {
  await khabar?.stop();
});

describe('ready-made calls', () => {
  it('lists the seed articles', async () => {
    const page = await client.articles({ first: 10 });
    expect(page.totalCount).toBe(2);
    expect(page.nodes.map((a) => [a.slug, a.publishedAt, a.language])).toEqual([
      ['2022-12-23-lavrov-bayramov-talks-moscow', '2022-12-23', 'AR'],
      ['2021-11-02-lavrov-bayramov-phone-call', '2021-11-02', 'AR'],
    ]);
  });

  it('fetches an article by slug and by id with its facts', async () => {
    const bySlug = await client.article({ slug: '2022-12-23-lavrov-bayramov-talks-moscow' });
    expect(bySlug?.title).toBe('لافروف يجري محادثات مع وزير الخارجية الأذربيجاني في موسكو');
    expect(bySlug?.tradeFigures.map((f) => f.amount)).toEqual(['4000000000', '3400000000']);
    const byId = await client.article({ id: bySlug!.id });
    expect(byId?.slug).toBe(bySlug?.slug);
    expect(await client.article({ slug: 'no-such-article' })).toBeNull();
  });

  it("has Zakharova's statement, with her as speaker", async () => {
    const page = await client.statementsBySpeaker('maria-zakharova');
    expect(page.nodes).toHaveLength(1);
    const [statement] = page.nodes;
    expect(statement!.text).toBe('استعادة خط نقل كامل في المستقبل القريب جدا');
    expect(statement!.direct).toBe(true);
    expect(statement!.speaker).toMatchObject({
      __typename: 'Person',
      slug: 'maria-zakharova',
      names: { en: 'Maria Zakharova' },
    });
  });

  it('gives the Russia–Azerbaijan trade series with exact amounts', async () => {
    const series = await client.tradeSeries(['RU', 'AZ']);
    expect(
      series.map((f) => ({
        year: f.year,
        amount: f.amount,
        currency: f.currency,
        status: f.status,
      })),
    ).toEqual([
      { year: 2021, amount: '3400000000', currency: 'USD', status: 'ACTUAL' },
      { year: 2022, amount: '4000000000', currency: 'USD', status: 'FORECAST' },
    ]);
    for (const figure of series) {
      expect(figure.source).toMatchObject({ __typename: 'Person', slug: 'denis-gonchar' });
      expect(figure.partners.map((p) => p.iso2).sort()).toEqual(['AZ', 'RU']);
    }
    expect(await client.tradeSeries(['RU', 'AZ'], { yearFrom: 2022 })).toHaveLength(1);
  });

  it('fetches a person with roles and statements, and any node by id', async () => {
    const lavrov = await client.person('sergey-lavrov', { statementsFirst: 2 });
    expect(lavrov?.names.en).toBe('Sergey Lavrov');
    expect(lavrov?.roles[0]?.organization?.slug).toBe('mfa-russia');
    expect(lavrov?.statements.totalCount).toBe(3);
    expect(lavrov?.statements.nodes).toHaveLength(2);
    const node = await client.node(lavrov!.id);
    expect(node).toMatchObject({ __typename: 'Person', slug: 'sergey-lavrov' });
    expect((await client.people({ filter: { name: 'لافروف' } })).nodes.map((p) => p.slug)).toEqual([
      'sergey-lavrov',
    ]);
  });
});

describe('request', () => {
  it('runs a document the consumer wrote against schema.graphql', async () => {
    const document = parse(
      `query Quotes($speaker: String!) {
        statements(first: 5, filter: { speaker: $speaker, direct: true }) {
          totalCount nodes { text }
        }
      }`,
    ) as TypedDocumentNode<
      { statements: { totalCount: number; nodes: { text: string }[] } },
      { speaker: string }
    >;
    const result = await client.request(document, { speaker: 'nikol-pashinyan' });
    expect(result.statements.nodes.map((s) => s.text)).toEqual([
      'مستعدة لتوقيع اتفاق بهذا المحتوى',
    ]);
  });

  it('sends the API key and the configured headers', async () => {
    const recorder = recordingFetch();
    const keyed = createKhabarClient({
      url: khabar.url,
      apiKey: 'secret-key',
      headers: { 'x-app': 'khabar-test' },
      fetch: recorder.fetch,
    });
    await keyed.articles({ first: 1 });
    const headers = recorder.requests[0]!.init.headers as Record<string, string>;
    expect(headers.authorization).toBe('Bearer secret-key');
    expect(headers['x-app']).toBe('khabar-test');
  });
});

describe('paginate', () => {
  it('walks 3 pages of size 1 over statements and yields each exactly once', async () => {
    const recorder = recordingFetch();
    const counting = createKhabarClient({ url: khabar.url, fetch: recorder.fetch });
    const seen: string[] = [];
    for await (const statement of counting.paginate.statements(
      { filter: { speaker: 'sergey-lavrov' } },
      { pageSize: 1 },
    )) {
      seen.push(statement.id);
    }
    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(3);
    expect(recorder.requests).toHaveLength(3);
    const sentPages = recorder.requests.map((r) => JSON.parse(String(r.init.body)).variables);
    expect(sentPages.map((v: { first: number }) => v.first)).toEqual([1, 1, 1]);
    expect(sentPages[0].after).toBeNull();
    expect(sentPages[1].after).toEqual(expect.any(String));
  });

  it('stops at the cap', async () => {
    const first: string[] = [];
    for await (const statement of client.paginate.statements({}, { pageSize: 2, max: 5 }))
      first.push(statement.id);
    expect(first).toHaveLength(5);
    expect(new Set(first).size).toBe(5);
  });

  it('follows any connection through the generic form', async () => {
    const { ArticlesDocument } = await import('../src/index.js');
    const slugs: string[] = [];
    for await (const article of client.paginate(
      ArticlesDocument,
      { filter: { person: 'sergey-lavrov' } },
      (r) => r.articles,
      { pageSize: 1 },
    )) {
      slugs.push(article.slug);
    }
    expect(slugs).toEqual([
      '2022-12-23-lavrov-bayramov-talks-moscow',
      '2021-11-02-lavrov-bayramov-phone-call',
    ]);
  });

  it('refuses a page size the API would refuse', async () => {
    await expect(client.paginate.statements({}, { pageSize: 500 }).next()).rejects.toThrow(
      /pageSize must be a whole number from 1 to 100/,
    );
  });
});

describe('errors', () => {
  it('an HTTP 500 from an upstream is a KhabarHttpError with status and body', async () => {
    const upstream = createServer((_req, res) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('upstream exploded');
    }).listen(0, '127.0.0.1');
    await once(upstream, 'listening');
    try {
      const broken = createKhabarClient({
        url: `http://127.0.0.1:${(upstream.address() as { port: number }).port}/graphql`,
      });
      const error = await broken.articles().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(KhabarHttpError);
      expect(error).toMatchObject({ status: 500, body: 'upstream exploded' });
    } finally {
      upstream.close();
    }
  });

  it('a GraphQL error is a KhabarGraphQLError with code and path', async () => {
    const error = await client.articles({ first: 1000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KhabarGraphQLError);
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      path: ['articles'],
      message: expect.stringMatching(/"first" must be between 1 and 100/),
    });
  });

  it('keeps partial data', async () => {
    const document = parse(
      '{ articles(first: 1) { totalCount } node(id: "garbage") { id } }',
    ) as TypedDocumentNode<
      { articles: { totalCount: number }; node: { id: string } | null },
      Record<string, never>
    >;
    const error = (await client.request(document).catch((e: unknown) => e)) as KhabarGraphQLError<{
      articles: { totalCount: number };
    }>;
    expect(error).toBeInstanceOf(KhabarGraphQLError);
    expect(error.path).toEqual(['node']);
    expect(error.data?.articles.totalCount).toBe(2);
  });

  it('a validation error (HTTP 400) is a KhabarGraphQLError too', async () => {
    const document = parse('{ articles(first: 1) { nodez } }') as TypedDocumentNode<
      unknown,
      Record<string, never>
    >;
    const error = await client.request(document).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: 'KhabarGraphQLError',
      code: 'GRAPHQL_VALIDATION_FAILED',
      status: 400,
    });
  });

  it('an unreachable server is a KhabarNetworkError', async () => {
    const nowhere = createKhabarClient({ url: 'http://127.0.0.1:1/graphql' });
    await expect(nowhere.articles()).rejects.toBeInstanceOf(KhabarNetworkError);
  });
});

// Last: it adds an article, which the counts above do not expect.
describe('ingestArticle', () => {
  const text = (quote: string) => `روسيا وتركيا تبحثان التعاون الاقتصادي
14-3-2023 | 11:40

موسكو - سبوتنيك. قال وزير الخارجية الروسي سيرغي لافروف إن "${quote}".

وكان لافروف قد أجرى في 10 مارس اتصالاً هاتفياً مع نظيره التركي.`;
  const input = {
    text: text('الحوار بين البلدين مستمر'),
    url: 'https://example.com/news/sdk-ingest',
  };

  it('stores an article with an editor key given for the call, and is typed', async () => {
    const { key } = await createApiKey(khabar.api.database.prisma, 'sdk editor', 'EDITOR');
    const stored = await client.ingestArticle(input, { apiKey: key });
    expect(stored.status).toBe('CREATED');
    expect(stored.article).toMatchObject({ slug: 'sdk-ingest', publishedAt: '2023-03-14' });
    expect(stored.article.statements.map((s) => s.text)).toEqual(['الحوار بين البلدين مستمر']);
    const again = await createKhabarClient({ url: khabar.url, apiKey: key }).ingestArticle(input);
    expect(again.status).toBe('UNCHANGED');
    expect((await client.article({ slug: 'sdk-ingest' }))?.id).toBe(stored.article.id);
  });

  it('without a key is UNAUTHENTICATED, with a reader key FORBIDDEN', async () => {
    const { key } = await createApiKey(khabar.api.database.prisma, 'sdk reader', 'READER');
    const other = { ...input, text: text('لا مفاوضات'), url: 'https://example.com/news/refused' };
    await expect(client.ingestArticle(other)).rejects.toMatchObject({
      name: 'KhabarGraphQLError',
      code: 'UNAUTHENTICATED',
      status: 401,
    });
    await expect(client.ingestArticle(other, { apiKey: key })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      status: 403,
    });
    expect(await client.article({ slug: 'refused' })).toBeNull();
  });
});
