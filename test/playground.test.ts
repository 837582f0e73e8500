// The playground over real HTTP: the home page, the schema as text, the GraphiQL page with
// the SDK's operations as examples (each runs as given), and GraphiQL's own files.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningKhabar, startKhabar } from '../sdk/test/support/server.js';
import { createApiKey } from '../server/db/apiKeyStore.js';
import { repoRoot } from '../server/db/provider.js';
import { printedSchema } from '../server/schema/print.js';

interface PageOptions {
  title: string;
  defaultHeaders: string;
  defaultTabs: { query: string; variables: string; headers: string }[];
  workers: Record<string, string>;
}

let khabar: RunningKhabar;
let origin: string;

beforeAll(async () => {
  khabar = await startKhabar();
  origin = new URL(khabar.url).origin;
});
afterAll(() => khabar?.stop());

const browserAccept = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

async function playgroundHtml(): Promise<{ response: Response; html: string }> {
  const response = await fetch(`${origin}/graphql`, { headers: { accept: browserAccept } });
  return { response, html: await response.text() };
}

function pageOptions(html: string): PageOptions {
  const json = /<script type="application\/json" id="playground-options">(.*?)<\/script>/s.exec(
    html,
  )?.[1];
  expect(json, 'the page carries its options').toBeDefined();
  return JSON.parse(json!) as PageOptions;
}

/** The names of the SDK's operations, read the way a reader of sdk/src/operations would. */
function sdkOperationNames(): string[] {
  const folder = path.join(repoRoot, 'sdk/src/operations');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.graphql'))
    .flatMap((file) => parse(readFileSync(path.join(folder, file), 'utf8')).definitions)
    .flatMap((definition) =>
      definition.kind === Kind.OPERATION_DEFINITION && definition.name
        ? [definition.name.value]
        : [],
    );
}

/** GraphiQL's variables and headers are JSON with // comments on lines of their own. */
function jsonWithComments(text: string): unknown {
  return JSON.parse(
    text
      .split('\n')
      .filter((line) => !line.trim().startsWith('//'))
      .join('\n'),
  );
}

interface GraphQLBody {
  data?: Record<string, { totalCount?: number } | null> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function run(
  query: string,
  variables: unknown,
  headers: Record<string, string> = {},
): Promise<GraphQLBody> {
  const response = await fetch(khabar.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLBody;
}

function operationName(query: string): string {
  return /^(?:query|mutation)\s+(\w+)/m.exec(query)![1]!;
}

describe('GET /', () => {
  it('is a small page that links the playground, the schema and the health checks', async () => {
    const response = await fetch(`${origin}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    for (const link of ['/graphql', '/schema.graphql', '/health', '/ready']) {
      expect(html).toContain(`href="${link}"`);
    }
    expect(html).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//);
  });
});

describe('GET /schema.graphql', () => {
  it('serves the printed schema as UTF-8 text', async () => {
    const response = await fetch(`${origin}/schema.graphql`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toBe(printedSchema());
  });
});

describe('the playground page', () => {
  it('loads only files of this server and leaves no placeholder', async () => {
    const { response, html } = await playgroundHtml();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(html).not.toContain('__TITLE__');
    expect(html).not.toContain('__OPTS__');
    const urls = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((match) => match[1]!);
    expect(urls.length).toBeGreaterThanOrEqual(5);
    for (const url of urls) expect(url).toMatch(/^\/playground\/[\w.-]+$/);
    for (const url of Object.values(pageOptions(html).workers)) {
      expect(url).toMatch(/^\/playground\/[\w.-]+\.js$/);
    }
  });

  it('offers every SDK operation as a tab, ingestArticle among them', async () => {
    const { defaultTabs } = pageOptions((await playgroundHtml()).html);
    const names = defaultTabs.map((tab) => operationName(tab.query));
    expect(names[0]).toBe('Statements');
    expect(names).toContain('IngestArticle');
    expect([...names].sort()).toEqual(sdkOperationNames().sort());
  });

  it('says in every tab where the editor key goes', async () => {
    const options = pageOptions((await playgroundHtml()).html);
    for (const headers of [options.defaultHeaders, ...options.defaultTabs.map((t) => t.headers)]) {
      expect(headers).toContain('// "Authorization": "Bearer <editor key>"');
      expect(headers).toContain('npm run apikey -- create --scope editor');
    }
    for (const tab of options.defaultTabs) expect(tab.query).toMatch(/Headers panel/);
  });

  it('runs every example as given, with seed values in its variables', async () => {
    const { defaultTabs } = pageOptions((await playgroundHtml()).html);
    for (const tab of defaultTabs) {
      const name = operationName(tab.query);
      const body = await run(tab.query, jsonWithComments(tab.variables));
      if (name === 'IngestArticle') {
        expect(body.errors?.[0]?.extensions?.code, name).toBe('UNAUTHENTICATED');
        continue;
      }
      expect(body.errors, name).toBeUndefined();
      const [result] = Object.values(body.data ?? {});
      expect(result, `${name} finds its seed data`).toBeTruthy();
      if (result && 'totalCount' in result) expect(result.totalCount, name).toBeGreaterThan(0);
    }
  });

  it('has an ingestArticle example that stores nothing even with an editor key', async () => {
    const { defaultTabs } = pageOptions((await playgroundHtml()).html);
    const ingest = defaultTabs.find((tab) => operationName(tab.query) === 'IngestArticle')!;
    const { key } = await createApiKey(khabar.api.database.prisma, 'playground test', 'EDITOR');
    const articlesBefore = await khabar.api.database.prisma.article.count();
    const body = await run(ingest.query, jsonWithComments(ingest.variables), {
      authorization: `Bearer ${key}`,
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await khabar.api.database.prisma.article.count()).toBe(articlesBefore);
  });

  it('looks up the IDs it offers in the database it serves', async () => {
    const { defaultTabs } = pageOptions((await playgroundHtml()).html);
    const byName = new Map(defaultTabs.map((tab) => [operationName(tab.query), tab]));
    const lavrov = await khabar.api.query('{ person(slug: "sergey-lavrov") { id } }');
    expect(JSON.parse(byName.get('Node')!.variables)).toEqual({ id: lavrov.body.data.person.id });
  });

  it('is not served to a GraphQL GET, which still gets JSON', async () => {
    const response = await fetch(`${khabar.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json' },
    });
    expect((await response.json()).data).toEqual({ __typename: 'Query' });
  });
});

describe('the playground files', () => {
  async function linkedFiles(): Promise<string[]> {
    const { html } = await playgroundHtml();
    const urls = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((match) => match[1]!);
    return [...urls, ...Object.values(pageOptions(html).workers)];
  }

  it('are served with a long cache life, gzipped for browsers that accept it', async () => {
    for (const url of await linkedFiles()) {
      const plain = await fetch(`${origin}${url}`, { headers: { 'accept-encoding': 'identity' } });
      expect(plain.status, url).toBe(200);
      expect(plain.headers.get('cache-control'), url).toContain('immutable');
      expect(plain.headers.get('content-encoding'), url).toBeNull();
      const zipped = await fetch(`${origin}${url}`, { headers: { 'accept-encoding': 'gzip' } });
      expect(zipped.headers.get('content-encoding'), url).toBe('gzip');
      // fetch unzips: the same bytes either way (compared whole: toEqual walks them one by one).
      const [zippedBytes, plainBytes] = [await zipped.arrayBuffer(), await plain.arrayBuffer()];
      expect(Buffer.from(zippedBytes).equals(Buffer.from(plainBytes)), url).toBe(true);
    }
  });

  it('answer 404 for a name that is not one of them', async () => {
    const response = await fetch(`${origin}/playground/graphiql.0000000000000000.js`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('No such playground file.');
  });
});
