// The PostgreSQL parts of `npm run bench`: the corpus in a fresh database, Khabar on it
// beside the PostGraphile peer and the hand-written `pg` baseline in interleaved rounds,
// then the Zipf mix with ingests, Khabar's response cache on and off against the baseline.
import { type ChildProcess, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type autocannon from 'autocannon';
import pg from 'pg';
import { createApp } from '../server/app.js';
import { createApiKey } from '../server/db/apiKeyStore.js';
import { openDatabase } from '../server/db/client.js';
import { repoRoot } from '../server/db/provider.js';
import { encodeGlobalId } from '../server/schema/globalId.js';
import { freePort } from '../test/support/freePort.js';
import { fullSize, generateCorpus } from './generate.js';
import { mixCatalogue, runMix, zipfSample } from './mix.js';
import { khabarShapes, peerWorkloads } from './peerWorkloads.js';
import { type Workload, workloads } from './workloads.js';

export const postgresAdminUrl =
  process.env.POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const peerDir = path.join(repoRoot, 'bench/peer');

export interface Harness {
  quick: boolean;
  seconds: number;
  rounds: number;
  connections: number;
  start(
    script: string,
    args: string[],
    env: Record<string, string>,
    ready: string,
  ): Promise<ChildProcess>;
  load(url: string, workload: Workload): Promise<autocannon.Result>;
}

/** PostGraphile 5 from bench/peer/package.json, installed there when missing or outdated. */
export function installPeer(): void {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 22)
    throw new Error(
      `The PostGraphile peer needs Node 22 or later; this is Node ${process.version}.`,
    );
  const wanted = JSON.parse(readFileSync(path.join(peerDir, 'package.json'), 'utf8'))
    .dependencies as Record<string, string>;
  const installed = (name: string) => {
    const file = path.join(peerDir, 'node_modules', name, 'package.json');
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : null;
  };
  if (Object.entries(wanted).every(([name, version]) => installed(name) === version)) return;
  console.log('installing the PostGraphile peer into bench/peer/node_modules …');
  const npm = path.join(path.dirname(process.execPath), 'npm');
  const result = spawnSync(
    existsSync(npm) ? npm : 'npm',
    ['install', '--prefix', peerDir, '--no-audit', '--no-fund'],
    { stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error('npm install of the PostGraphile peer failed');
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresAdminUrl });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL does not answer at ${postgresAdminUrl} (${(error as Error).message}); ` +
        'the bench needs it for its PostgreSQL parts (or set POSTGRES_URL).',
    );
  }
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database `<prefix>_<time>` on POSTGRES_URL, and how to drop it at the end. */
export async function createBenchDatabase(prefix: string) {
  const name = `${prefix}_${Date.now()}`;
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  const drop = () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  return { name, databaseUrl: url.href, drop };
}

async function post(url: string, workload: Workload): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: workload.query, variables: workload.variables }),
  });
  // Extensions (the query's cost) are Khabar's own; the data and errors are compared.
  const { data, errors } = (await response.json()) as { data?: unknown; errors?: unknown };
  return JSON.stringify(errors === undefined ? { data } : { data, errors });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const round2 = (value: number) => Number(value.toFixed(2));

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}

/** Whether Khabar knows the response cache switch yet (it is being added beside the bench). */
function responseCacheAvailable(): boolean {
  const config = readFileSync(path.join(repoRoot, 'server/config.ts'), 'utf8');
  return config.includes('RESPONSE_CACHE');
}

export async function runPostgresParts(harness: Harness) {
  const { connections, rounds, start, load } = harness;
  installPeer();
  const { name, databaseUrl, drop } = await createBenchDatabase('khabar_bench');
  const children: ChildProcess[] = [];
  const loadAverage: { part: string; round: number; load1: number; load5: number }[] = [];
  const noteLoad = (part: string, round: number) => {
    const [load1, load5] = loadavg();
    loadAverage.push({ part, round, load1: round2(load1!), load5: round2(load5!) });
  };
  try {
    console.log(`PostgreSQL: building the corpus in ${name}`);
    const database = await openDatabase({ provider: 'postgresql', url: databaseUrl });
    await generateCorpus(database, fullSize);
    const articles = await database.prisma.article.findMany({
      where: { slug: { startsWith: 'bench-article-' } },
      select: { id: true, slug: true },
      orderBy: { id: 'asc' },
    });
    const articleIds = articles.map((a) => encodeGlobalId('Article', a.id));
    const chosen = workloads(articleIds[0]!);
    const benchPeople = await database.prisma.person.count({
      where: { slug: { startsWith: 'bench-person-' } },
    });
    const { key: editorKey } = await createApiKey(database.prisma, 'bench mix', 'EDITOR');

    // SQL statements per request, counted in-process on the same database.
    const counted: string[] = [];
    const countingDb = await openDatabase(
      { provider: 'postgresql', url: databaseUrl },
      { onStatement: (sql) => counted.push(sql), migrate: false },
    );
    // The cold path: with the response cache on, the second request would run no SQL.
    const app = createApp(countingDb.prisma, { responseCache: false });
    const sqlPerRequest = new Map<string, number>();
    for (const workload of chosen) {
      const ask = async () => {
        const response = await app.fetch('http://bench/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: workload.query, variables: workload.variables }),
        });
        await response.text(); // the whole answer, so that every statement has run
      };
      await ask();
      counted.length = 0;
      await ask();
      sqlPerRequest.set(workload.name, counted.length);
    }
    await countingDb.close();
    await database.close();

    const [khabarPort, peerPort, baselinePort] = [
      await freePort(),
      await freePort(),
      await freePort(),
    ];
    const cold = await start(
      'server/main.ts',
      [],
      { PORT: String(khabarPort), DATABASE_URL: databaseUrl, RESPONSE_CACHE: 'off' },
      'Khabar is serving',
    );
    children.push(cold);
    const peer = await start(
      'bench/peer/server.mjs',
      [databaseUrl, String(peerPort)],
      {},
      'peer listening',
    );
    children.push(peer);
    const baseline = await start(
      'bench/baselinePostgres.ts',
      [databaseUrl, String(baselinePort)],
      {},
      'baseline listening',
    );
    children.push(baseline);
    const khabarUrl = `http://127.0.0.1:${khabarPort}/graphql`;
    const peerUrl = `http://127.0.0.1:${peerPort}/graphql`;
    const baselineUrl = `http://127.0.0.1:${baselinePort}/graphql`;

    // The peer's Relay id of the article node(id) reads.
    const peerIdAnswer = (await (
      await fetch(peerUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `{ allArticles(condition: { slug: "${articles[0]!.slug}" }) { nodes { id } } }`,
        }),
      })
    ).json()) as { data: { allArticles: { nodes: { id: string }[] } } };
    const peerChosen = peerWorkloads(peerIdAnswer.data.allArticles.nodes[0]!.id);
    const peerSqlCount = async () =>
      (
        (await (await fetch(`http://127.0.0.1:${peerPort}/sql-count`)).json()) as {
          statements: number;
        }
      ).statements;

    // Same answers from all three before any load.
    const peerSqlPerRequest = new Map<string, number>();
    for (const [index, workload] of chosen.entries()) {
      const peerWorkload = peerChosen[index]!;
      const ours = await post(khabarUrl, workload);
      const theirs = await post(baselineUrl, workload);
      if (ours !== theirs)
        throw new Error(
          `${workload.name}: Khabar and the pg baseline answer differently\n` +
            `${ours.slice(0, 400)}\n${theirs.slice(0, 400)}`,
        );
      if (/:null\}|"nodes":\[\]|"errors"/.test(ours))
        throw new Error(`${workload.name}: the answer is empty: ${ours.slice(0, 200)}`);
      await post(peerUrl, peerWorkload);
      const before = await peerSqlCount();
      const peerAnswer = JSON.parse(await post(peerUrl, peerWorkload));
      peerSqlPerRequest.set(workload.name, (await peerSqlCount()) - before);
      if (peerAnswer.errors)
        throw new Error(
          `${workload.name}: the peer refused its query: ${JSON.stringify(peerAnswer.errors)}`,
        );
      const ourShape = khabarShapes[workload.name]!(JSON.parse(ours));
      const peerShape = peerWorkload.shape(peerAnswer);
      if (!isDeepStrictEqual(ourShape, peerShape))
        throw new Error(
          `${workload.name}: Khabar and PostGraphile answer differently\n` +
            `${JSON.stringify(ourShape).slice(0, 400)}\n${JSON.stringify(peerShape).slice(0, 400)}`,
        );
    }

    // Interleaved rounds: per workload the three servers one after the other, the order
    // turned each round, so that a slow moment of the machine falls on all of them alike.
    type Sample = { rps: number; p50Ms: number; p99Ms: number; errors: number };
    const sample = (result: autocannon.Result): Sample => ({
      rps: result.requests.average,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      errors: result.errors + result.non2xx,
    });
    const samples = new Map<string, { khabar: Sample; peer: Sample; baseline: Sample }[]>();
    for (let round = 0; round < rounds; round++) {
      noteLoad('postgresql', round);
      console.log(`PostgreSQL: round ${round + 1} of ${rounds}, Khabar, PostGraphile, pg baseline`);
      for (const [index, workload] of chosen.entries()) {
        const targets = [
          ['khabar', () => load(khabarUrl, workload)],
          ['peer', () => load(peerUrl, peerChosen[index]!)],
          ['baseline', () => load(baselineUrl, workload)],
        ] as const;
        const measured: Record<string, Sample> = {};
        for (let k = 0; k < targets.length; k++) {
          const [who, run] = targets[(k + round) % targets.length]!;
          measured[who] = sample(await run());
        }
        const list = samples.get(workload.name) ?? [];
        list.push(measured as { khabar: Sample; peer: Sample; baseline: Sample });
        samples.set(workload.name, list);
      }
    }
    const postgres = [];
    const peerRows = [];
    for (const workload of chosen) {
      const list = samples.get(workload.name)!;
      const of = (who: 'khabar' | 'peer' | 'baseline', field: keyof Sample) =>
        median(list.map((s) => s[who][field]));
      postgres.push({
        name: workload.name,
        rps: Math.round(of('khabar', 'rps')),
        baselineRps: Math.round(of('baseline', 'rps')),
        ratio: round2(median(list.map((s) => s.khabar.rps / s.baseline.rps))),
        p50Ms: of('khabar', 'p50Ms'),
        p99Ms: of('khabar', 'p99Ms'),
        baselineP99Ms: of('baseline', 'p99Ms'),
        sqlPerRequest: sqlPerRequest.get(workload.name)!,
        errors: list.reduce((sum, s) => sum + s.khabar.errors + s.baseline.errors, 0),
      });
      peerRows.push({
        name: workload.name,
        rps: Math.round(of('khabar', 'rps')),
        peerRps: Math.round(of('peer', 'rps')),
        ratio: round2(median(list.map((s) => s.khabar.rps / s.peer.rps))),
        ratiosEachRound: list.map((s) => round2(s.khabar.rps / s.peer.rps)),
        p50Ms: of('khabar', 'p50Ms'),
        p99Ms: of('khabar', 'p99Ms'),
        peerP50Ms: of('peer', 'p50Ms'),
        peerP99Ms: of('peer', 'p99Ms'),
        sqlPerRequest: sqlPerRequest.get(workload.name)!,
        peerSqlPerRequest: peerSqlPerRequest.get(workload.name)!,
        peerErrors: list.reduce((sum, s) => sum + s.peer.errors, 0),
      });
    }
    await stop(peer);

    // The Zipf mix. Each cached run gets a fresh Khabar, so that no cache outlives the
    // ingests another process made; the baseline's ingests go through the cold Khabar.
    const catalogue = mixCatalogue(articleIds, benchPeople);
    // Longer than any run draws (20 s at 10,000 requests a second, after the warm-up): a
    // replayed sample would find its tail already cached.
    const mixSample = zipfSample(catalogue, 400_000);
    const mixSeconds = harness.quick ? 5 : 20;
    // Every system, the baseline too, first serves the mix unmeasured for this long.
    const mixWarmSeconds = harness.quick ? 2 : 5;
    const cacheAvailable = responseCacheAvailable();
    type MixRun = Awaited<ReturnType<typeof runMix>>;
    const mixRounds: { on: MixRun; off: MixRun; baseline: MixRun }[] = [];
    const runKhabarMix = async (cache: 'on' | 'off') => {
      const port = await freePort();
      const server = await start(
        'server/main.ts',
        [],
        { PORT: String(port), DATABASE_URL: databaseUrl, RESPONSE_CACHE: cache },
        'Khabar is serving',
      );
      children.push(server);
      try {
        const readUrl = `http://127.0.0.1:${port}/graphql`;
        return await runMix(
          { readUrl, ingestUrl: readUrl, editorKey },
          mixSample,
          mixSeconds,
          connections,
          mixWarmSeconds,
        );
      } finally {
        await stop(server);
      }
    };
    for (let round = 0; round < rounds; round++) {
      noteLoad('mix', round);
      console.log(`Zipf mix: round ${round + 1} of ${rounds}, cache on, cache off, pg baseline`);
      const order = ['on', 'off', 'baseline'] as const;
      const measured: Partial<Record<(typeof order)[number], MixRun>> = {};
      for (let k = 0; k < order.length; k++) {
        const which = order[(k + round) % order.length]!;
        measured[which] =
          which === 'baseline'
            ? await runMix(
                { readUrl: baselineUrl, ingestUrl: khabarUrl, editorKey },
                mixSample,
                mixSeconds,
                connections,
                mixWarmSeconds,
              )
            : await runKhabarMix(which);
      }
      mixRounds.push(measured as { on: MixRun; off: MixRun; baseline: MixRun });
    }
    const mix = (['on', 'off'] as const).map((cache) => ({
      name: 'zipf mix, 1 ingest/s (PostgreSQL)',
      cache,
      cacheAvailable,
      rps: Math.round(median(mixRounds.map((r) => r[cache].rps))),
      baselineRps: Math.round(median(mixRounds.map((r) => r.baseline.rps))),
      ratio: round2(median(mixRounds.map((r) => r[cache].rps / r.baseline.rps))),
      p50Ms: median(mixRounds.map((r) => r[cache].p50Ms)),
      p99Ms: median(mixRounds.map((r) => r[cache].p99Ms)),
      baselineP99Ms: median(mixRounds.map((r) => r.baseline.p99Ms)),
      staleAnswers: mixRounds.reduce((sum, r) => sum + r[cache].staleAnswers, 0),
      checks: mixRounds.reduce((sum, r) => sum + r[cache].checks, 0),
      ingests: mixRounds.reduce((sum, r) => sum + r[cache].ingests, 0),
      baselineStaleAnswers: mixRounds.reduce((sum, r) => sum + r.baseline.staleAnswers, 0),
      errors: mixRounds.reduce((sum, r) => sum + r[cache].errors, 0),
    }));
    return {
      postgres,
      peer: peerRows,
      mix,
      mixSeconds,
      mixWarmSeconds,
      mixCatalogue: catalogue.length,
      loadAverage,
    };
  } finally {
    await Promise.all(children.map(stop));
    await drop();
  }
}
