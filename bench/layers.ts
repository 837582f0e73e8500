// `npm run bench:layers` (`-- --quick`): where a cold `node(id)` request's time goes on
// PostgreSQL. Khabar whole, then its stack taken apart layer by layer (bench/layerServer.ts),
// beside PostGraphile and the hand-written `pg` baseline, on one database, in interleaved
// rounds; each figure is also given as a ratio to PostGraphile's in the same round.
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../server/db/client.js';
import { repoRoot } from '../server/db/provider.js';
import { encodeGlobalId } from '../server/schema/globalId.js';
import { freePort } from '../test/support/freePort.js';
import { fullSize, generateCorpus } from './generate.js';
import { loadAfterWarmUp } from './load.js';
import { createBenchDatabase, installPeer } from './postgresRun.js';
import { startProcess } from './startProcess.js';

const quick = process.argv.includes('--quick');
const seconds = quick ? 3 : 10;
const rounds = quick ? 1 : 3;
const connections = 32;

interface Target {
  name: string;
  script: string;
  args: (port: number) => string[];
  env: (port: number) => Record<string, string>;
  ready: string;
  body: string;
  /** Whether its answer holds the article's title (the static layer answers its own). */
  findsArticle: boolean;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const startedAt = Date.now();
installPeer();
const { name, databaseUrl, drop } = await createBenchDatabase('khabar_layers');
try {
  console.log(`building the corpus in ${name}`);
  const database = await openDatabase({ provider: 'postgresql', url: databaseUrl });
  await generateCorpus(database, fullSize);
  const article = await database.prisma.article.findFirstOrThrow({
    where: { slug: { startsWith: 'bench-article-' } },
    orderBy: { id: 'asc' },
    select: { id: true, title: true },
  });
  await database.close();

  const khabarBody = JSON.stringify({
    query: 'query NodeById($id: ID!) { node(id: $id) { id ... on Article { title publishedAt } } }',
    variables: { id: encodeGlobalId('Article', article.id) },
  });
  // PostGraphile's own global id of the same article.
  const peerBody = JSON.stringify({
    query: 'query NodeById($id: ID!) { article(id: $id) { id title publishedAt } }',
    variables: { id: Buffer.from(JSON.stringify(['Article', article.id])).toString('base64') },
  });
  const layer = (layerName: string, findsArticle = true): Target => ({
    name: layerName,
    script: 'bench/layerServer.ts',
    args: (port) => [layerName, databaseUrl, String(port), String(article.id)],
    env: () => ({ NODE_ENV: 'production' }),
    ready: 'layer listening',
    body: khabarBody,
    findsArticle,
  });
  const targets: Target[] = [
    {
      name: 'Khabar (cold, RESPONSE_CACHE=off)',
      script: 'server/main.ts',
      args: () => [],
      env: (port) => ({
        PORT: String(port),
        DATABASE_URL: databaseUrl,
        RESPONSE_CACHE: 'off',
        NODE_ENV: 'production',
      }),
      ready: 'Khabar is serving',
      body: khabarBody,
      findsArticle: true,
    },
    layer('graphql-js + schema + prisma'),
    layer('yoga, static answer', false),
    layer('prisma findUnique'),
    layer('prisma $queryRaw'),
    {
      name: 'PostGraphile',
      script: 'bench/peer/server.mjs',
      args: (port) => [databaseUrl, String(port)],
      env: () => ({}),
      ready: 'peer listening',
      body: peerBody,
      findsArticle: true,
    },
    {
      name: 'pg baseline',
      script: 'bench/baselinePostgres.ts',
      args: (port) => [databaseUrl, String(port)],
      env: () => ({}),
      ready: 'baseline listening',
      body: khabarBody,
      findsArticle: true,
    },
  ];

  const rps = new Map<string, number[]>(targets.map((target) => [target.name, []]));
  const ratios = new Map<string, number[]>(targets.map((target) => [target.name, []]));
  const loadAverage: number[] = [];
  for (let round = 1; round <= rounds; round++) {
    console.log(`round ${round} of ${rounds}`);
    loadAverage.push(Number(loadavg()[0]!.toFixed(2)));
    const inRound = new Map<string, number>();
    // One server at a time, so that none takes the other's cores; the order turns each round.
    const order = [...targets.slice(round - 1), ...targets.slice(0, round - 1)];
    for (const target of order) {
      const port = await freePort();
      const child: ChildProcess = await startProcess(
        target.script,
        target.args(port),
        target.env(port),
        target.ready,
      );
      try {
        const targetUrl = `http://127.0.0.1:${port}/graphql`;
        const answer = await (
          await fetch(targetUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: target.body,
          })
        ).text();
        if (target.findsArticle && !answer.includes(article.title))
          throw new Error(`${target.name} did not answer the article: ${answer.slice(0, 300)}`);
        const result = await loadAfterWarmUp(targetUrl, target.body, { connections, seconds });
        if (result.errors + result.non2xx > 0)
          throw new Error(`${target.name}: ${result.errors + result.non2xx} failed requests`);
        inRound.set(target.name, result.requests.average);
      } finally {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
    }
    const peer = inRound.get('PostGraphile')!;
    for (const [targetName, value] of inRound) {
      rps.get(targetName)!.push(value);
      ratios.get(targetName)!.push(value / peer);
    }
  }
  const layers = targets.map((target) => ({
    name: target.name,
    rps: Math.round(median(rps.get(target.name)!)),
    ratioToPostGraphile: Number(median(ratios.get(target.name)!).toFixed(2)),
    ratiosEachRound: ratios.get(target.name)!.map((ratio) => Number(ratio.toFixed(2))),
  }));
  console.table(layers);
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    quick,
    seconds,
    rounds,
    connections,
    loadAverage,
    layers,
    elapsedSeconds: Math.round((Date.now() - startedAt) / 1000),
  };
  const resultsDir = path.join(repoRoot, 'bench/results');
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(path.join(resultsDir, 'layers.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`elapsed: ${results.elapsedSeconds} s`);
} finally {
  await drop();
}
