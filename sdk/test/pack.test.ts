// @khabar/sdk as another app gets it: `npm pack`, the tarball installed into a fresh app
// outside the repository, the README's codegen config run as given over a query of the
// app's own, a strict typecheck, and a run against a live Khabar server.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../server/db/apiKeyStore.js';
import { type RunningKhabar, startKhabar } from './support/server.js';

const run = promisify(execFile);
const sdkDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.resolve(sdkDir, '..');
const readme = readFileSync(path.join(sdkDir, 'README.md'), 'utf8');

/** npm and Node for the app: no npm_* settings inherited from a surrounding `npm test`. */
const childEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name) && name !== 'NODE_OPTIONS'),
);
const npm = (args: string[], cwd: string) =>
  run('npm', args, { cwd, env: childEnv, maxBuffer: 16 * 1024 * 1024 });
/**
 * The registry publishes a release's packages one by one: for a while a new version may ask
 * for a sibling not listed yet (ETARGET, "No matching version found"). Such an install is
 * tried again, fetching fresh package lists; any other failure stands.
 */
async function npmInstall(args: string[], cwd: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await npm(attempt === 1 ? args : [...args, '--prefer-online'], cwd);
    } catch (error) {
      if (attempt === 3 || !/ETARGET|notarget/.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20_000 * attempt));
    }
  }
}
const node = (args: string[], cwd: string, env: Record<string, string> = {}) =>
  run(process.execPath, args, { cwd, env: { ...childEnv, ...env } });

/** The versions this repository builds and tests with, so the app matches them. */
const versionOf = (name: string) =>
  (
    JSON.parse(readFileSync(path.join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
const appTools = [
  '@graphql-codegen/cli',
  '@graphql-codegen/client-preset',
  'graphql',
  'typescript',
  '@types/node',
].map((name) => `${name}@${versionOf(name)}`);

/** The README's files: ```ts blocks whose first line is `// <path>.ts`. */
function readmeFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const [, body] of readme.matchAll(/```ts\n([\s\S]*?)```/g)) {
    const name = /^\/\/ ([\w/.-]+\.ts)\n/.exec(body!)?.[1];
    if (name) files.set(name, body!);
  }
  return files;
}

const articleText = `روسيا وتركيا تبحثان التعاون الاقتصادي
14-3-2023 | 11:40

موسكو - سبوتنيك. قال وزير الخارجية الروسي سيرغي لافروف إن "الحوار بين البلدين مستمر".

وكان لافروف قد أجرى في 10 مارس اتصالاً هاتفياً مع نظيره التركي.`;
const articleUrl = 'https://example.com/news/from-a-packed-sdk';

// The app's own code: the SDK's calls, its README query, ingestion, and mistakes that the
// shipped types must refuse (an unused @ts-expect-error fails the compile).
const appMain = `import { createKhabarClient, KhabarGraphQLError } from '@khabar/sdk';
import { personRoles } from './personRoles.js';

const url = process.env.KHABAR_URL;
const apiKey = process.env.KHABAR_EDITOR_KEY;
if (!url || !apiKey) throw new Error('set KHABAR_URL and KHABAR_EDITOR_KEY');
const client = createKhabarClient({ url });

const articles = await client.articles({ first: 5 });
const lavrov = await personRoles(client, 'sergey-lavrov');
const series = await client.tradeSeries(['RU', 'AZ']);
const withoutKey = await client.ingestArticle({ text: ${JSON.stringify(articleText)} }).then(
  () => 'stored',
  (error: unknown) => (error instanceof KhabarGraphQLError ? error.code : String(error)),
);
const ingested = await client.ingestArticle(
  { text: ${JSON.stringify(articleText)}, url: ${JSON.stringify(articleUrl)} },
  { apiKey },
);

// @ts-expect-error: the app's PersonRoles query selects no aliases
void lavrov?.aliases;
// @ts-expect-error: not a field of Article
void articles.nodes[0]?.titel;
// @ts-expect-error: an ingested article needs its text
void (() => client.ingestArticle({ url }, { apiKey }));
const status: 'CREATED' | 'UPDATED' | 'UNCHANGED' = ingested.status;

console.log(
  JSON.stringify({
    titles: articles.nodes.map((article) => article.title),
    lavrov: {
      ar: lavrov?.names.ar,
      en: lavrov?.names.en,
      roles: lavrov?.roles.map((role) => role.title),
    },
    series: series.map((figure) => [figure.year, figure.amount, figure.currency]),
    withoutKey,
    ingested: {
      status,
      slug: ingested.article.slug,
      statements: ingested.article.statements.map((statement) => statement.text),
    },
  }),
);
`;

const appTsconfig = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    skipLibCheck: false,
    types: ['node'],
    outDir: 'dist',
    rootDir: 'src',
  },
  include: ['src'],
};

let workDir: string;
let appDir: string;
let tarball: string;
let packedFiles: string[];
let schemaWhenPacked: string;
let khabar: RunningKhabar;

beforeAll(async () => {
  // Outside the workspace, so that nothing resolves from the repository's node_modules.
  workDir = mkdtempSync(path.join(tmpdir(), 'khabar-sdk-app-'));
  const { stdout } = await npm(['pack', '--json', '--pack-destination', workDir], sdkDir);
  const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  tarball = path.join(workDir, packed!.filename);
  packedFiles = packed!.files.map((file) => file.path).sort();
  schemaWhenPacked = readFileSync(path.join(repoRoot, 'server/schema/schema.graphql'), 'utf8');

  // One install for the whole file: the tarball and the tools the README tells apps to add.
  appDir = path.join(workDir, 'app');
  mkdirSync(path.join(appDir, 'src'), { recursive: true });
  writeFileSync(
    path.join(appDir, 'package.json'),
    JSON.stringify({ name: 'khabar-consumer', private: true, type: 'module' }, null, 2),
  );
  await npmInstall(
    ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball, ...appTools],
    appDir,
  );
  khabar = await startKhabar();
}, 300_000);

afterAll(async () => {
  await khabar?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('the packed @khabar/sdk', () => {
  it('ships dist/, schema.graphql, the README and the license, and nothing else', () => {
    expect(packedFiles.filter((file) => !file.startsWith('dist/'))).toEqual([
      'LICENSE',
      'README.md',
      'package.json',
      'schema.graphql',
    ]);
    expect(packedFiles).toEqual(
      expect.arrayContaining(['dist/index.js', 'dist/index.d.ts', 'dist/gql/graphql.d.ts']),
    );
    expect(packedFiles.filter((file) => !/^dist\/[\w/]+(\.d\.ts|\.js)$/.test(file))).toEqual([
      'LICENSE',
      'README.md',
      'package.json',
      'schema.graphql',
    ]);
    const installed = path.join(appDir, 'node_modules/@khabar/sdk');
    expect(readFileSync(path.join(installed, 'schema.graphql'), 'utf8')).toBe(schemaWhenPacked);
    const manifest = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8'));
    expect(manifest).toMatchObject({
      name: '@khabar/sdk',
      license: 'MIT',
      engines: { node: '>=22.12' },
      exports: { '.': { types: './dist/index.d.ts', import: './dist/index.js' } },
      repository: { directory: 'sdk' },
    });
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('has a README that stands alone: no link into the repository', () => {
    const links = [...readme.matchAll(/\]\(([^)]+)\)/g)].map((match) => match[1]!);
    expect(links.filter((link) => !/^(https?:|#)/.test(link))).toEqual([]);
    expect(readme).not.toMatch(/npm install @khabar\/sdk\b/);
  });

  it("types the app's own query with the README's codegen config, as given", async () => {
    const files = readmeFiles();
    expect([...files.keys()].sort()).toEqual(['codegen.ts', 'src/personRoles.ts']);
    for (const [name, body] of files) writeFileSync(path.join(appDir, name), body);
    const codegen = path.join(appDir, 'node_modules/@graphql-codegen/cli/esm/bin.js');
    await node([codegen], appDir);
    expect(readFileSync(path.join(appDir, 'src/gql/graphql.ts'), 'utf8')).toMatch(
      /export type PersonRolesQuery = \{ person: \{ names: \{ ar: string, en: string \| null \}/,
    );
  });

  it('compiles with strict TypeScript, refusing what the types forbid', async () => {
    writeFileSync(path.join(appDir, 'tsconfig.json'), JSON.stringify(appTsconfig, null, 2));
    writeFileSync(path.join(appDir, 'src/main.ts'), appMain);
    const tsc = path.join(appDir, 'node_modules/typescript/bin/tsc');
    const result = await node([tsc, '-p', '.'], appDir).catch((error: { stdout: string }) => error);
    expect(result.stdout).toBe('');
  });

  it('runs against a live server: Arabic seed data, its own query, ingestArticle', async () => {
    const { key } = await createApiKey(khabar.api.database.prisma, 'packed sdk', 'EDITOR');
    const { stdout } = await node([path.join(appDir, 'dist/main.js')], appDir, {
      KHABAR_URL: khabar.url,
      KHABAR_EDITOR_KEY: key,
    });
    const output = JSON.parse(stdout);
    expect(output.titles).toEqual([
      'لافروف يجري محادثات مع وزير الخارجية الأذربيجاني في موسكو',
      expect.stringMatching(/[\u0600-\u06FF]/),
    ]);
    expect(output.lavrov).toMatchObject({
      ar: 'سيرغي لافروف',
      en: 'Sergey Lavrov',
      roles: expect.arrayContaining([expect.stringMatching(/وزير الخارجية/)]),
    });
    expect(output.series).toEqual([
      [2021, '3400000000', 'USD'],
      [2022, '4000000000', 'USD'],
    ]);
    expect(output.withoutKey).toBe('UNAUTHENTICATED');
    expect(output.ingested).toEqual({
      status: 'CREATED',
      slug: 'from-a-packed-sdk',
      statements: ['الحوار بين البلدين مستمر'],
    });
    const stored = await khabar.api.database.prisma.article.findUnique({
      where: { slug: 'from-a-packed-sdk' },
      select: { url: true, publishedAt: true },
    });
    expect(stored?.url).toBe(articleUrl);
  });
});
