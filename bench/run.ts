// npm run bench [-- --quick]
// Builds the benchmark corpus in a fresh SQLite file, starts Khabar and the hand-written
// SQL baseline as their own processes, checks that both give the same JSON, loads each
// workload over loopback with autocannon (32 connections, bounded in time), counts SQL
// statements per request in-process, then (without --quick) loads all four workloads for
// 60 s while sampling Khabar's resident memory. On PostgreSQL (bench/postgresRun.ts) it then
// sets Khabar beside the PostGraphile peer and a hand-written `pg` baseline in interleaved
// rounds, and runs the Zipf mix with ingests, response cache on and off. It writes
// bench/results/<date>.json and latest.json, and plots the figures into docs/benchmarks.svg.
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { createApp } from '../server/app.js';
import { openDatabase } from '../server/db/client.js';
import { repoRoot } from '../server/db/provider.js';
import { encodeGlobalId } from '../server/schema/globalId.js';
import { freePort } from '../test/support/freePort.js';
import { fullSize, generateCorpus } from './generate.js';
import { loadAfterWarmUp } from './load.js';
import { plot } from './plot.js';
import { type Harness, runPostgresParts } from './postgresRun.js';
import { startProcess } from './startProcess.js';
import { type Workload, workloads } from './workloads.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    rounds: { type: 'string' },
    'no-postgres': { type: 'boolean', default: false },
  },
});
const quick = values.quick;
/** Interleaved rounds of the PostgreSQL parts; ratios are taken within each round. */
const rounds = Number(values.rounds ?? (quick ? 1 : 3));
if (!Number.isInteger(rounds) || rounds < 1 || rounds > 20)
  throw new Error('--rounds must be a whole number from 1 to 20');
const seconds = quick ? 3 : 15;
const connections = 32;
/**
 * The memory soak: all workloads in turn for 60 s. The RSS saw-tooths by some 15 % with
 * each major collection, so two single readings mostly tell where in a cycle they fell;
 * what a leak raises is the floor the RSS returns to, so the lowest reading of seconds
 * 10 to 20 is compared with the lowest of the last 10 seconds.
 */
const soak = { seconds: 60, early: [10, 20], lateSeconds: 10 } as const;

/** A bench process; the bench measures speed, not budgets: rate limits off. */
const start: Harness['start'] = (script, args, env, ready) =>
  startProcess(script, args, { NODE_ENV: 'production', RATE_LIMIT_ANONYMOUS: '0', ...env }, ready);

/** Peak resident memory of a process, from Linux's /proc (VmHWM). */
function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
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

/** Current resident memory of a process (VmRSS). */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/**
 * Every workload in turn on each connection for the soak's duration, Khabar's RSS read each
 * second.
 */
async function memorySoak(url: string, pid: number, chosen: Workload[]) {
  const samples: number[] = []; // samples[i]: the RSS at second i + 1
  const sampler = setInterval(() => samples.push(rssMb(pid)), 1000);
  const result = await autocannon({
    url,
    connections,
    duration: soak.seconds,
    requests: chosen.map((workload) => ({
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: workload.query, variables: workload.variables }),
    })),
  });
  clearInterval(sampler);
  const earlyFloor = Math.min(...samples.slice(soak.early[0] - 1, soak.early[1]));
  const lateFloor = Math.min(...samples.slice(-soak.lateSeconds));
  return {
    seconds: soak.seconds,
    rps: Math.round(result.requests.average),
    rssMbAt10s: Math.round(samples[9]!),
    rssMbAtEnd: Math.round(samples.at(-1)!),
    rssFloorMbSeconds10To20: Math.round(earlyFloor),
    rssFloorMbLast10s: Math.round(lateFloor),
    floorGrowthPct: Number((((lateFloor - earlyFloor) / earlyFloor) * 100).toFixed(1)),
    rssMbEachSecond: samples.map(Math.round),
    errors: result.errors + result.non2xx,
  };
}

/** Both texts around the first character where they differ. */
function firstDifference(ours: string, theirs: string): string {
  let at = 0;
  while (at < ours.length && ours[at] === theirs[at]) at++;
  const from = Math.max(0, at - 150);
  return `Khabar:   …${ours.slice(from, at + 150)}\nbaseline: …${theirs.slice(from, at + 150)}`;
}

const load = (url: string, workload: Workload) =>
  loadAfterWarmUp(url, JSON.stringify({ query: workload.query, variables: workload.variables }), {
    connections,
    seconds,
  });

const startedAt = Date.now();
const dir = mkdtempSync(path.join(tmpdir(), 'khabar-bench-'));
const file = path.join(dir, 'bench.db');
const children: ChildProcess[] = [];
try {
  const database = await openDatabase({ provider: 'sqlite', url: file });
  await generateCorpus(database, fullSize);
  const firstArticle = await database.prisma.article.findFirstOrThrow({
    where: { slug: 'bench-article-0' },
    select: { id: true },
  });
  const chosen = workloads(encodeGlobalId('Article', firstArticle.id));

  // SQL statements per request, counted in-process on the same file.
  const counted: string[] = [];
  const countingDb = await openDatabase(
    { provider: 'sqlite', url: file },
    { onStatement: (sql) => counted.push(sql), migrate: false },
  );
  // The cold path: with the response cache on, the second request would run no SQL.
  const app = createApp(countingDb.prisma, { responseCache: false });
  const sqlPerRequest = new Map<string, number>();
  const ask = async (workload: Workload) => {
    const response = await app.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: workload.query, variables: workload.variables }),
    });
    await response.text(); // the whole answer, so that every statement has run
  };
  for (const workload of chosen) {
    await ask(workload); // warm: the gazetteer-free first request may load more
    counted.length = 0;
    await ask(workload);
    sqlPerRequest.set(workload.name, counted.length);
  }
  await countingDb.close();
  await database.close();

  const khabarPort = await freePort();
  const baselinePort = await freePort();
  const khabar = await start(
    'server/main.ts',
    [],
    // The cold path, as the baseline has no cache; the mix measures the cache (postgresRun.ts).
    { PORT: String(khabarPort), DATABASE_URL: `file:${file}`, RESPONSE_CACHE: 'off' },
    'Khabar is serving',
  );
  const baseline = await start(
    'bench/baseline.ts',
    [file, String(baselinePort)],
    {},
    'baseline listening',
  );
  children.push(khabar, baseline);
  const khabarUrl = `http://127.0.0.1:${khabarPort}/graphql`;
  const baselineUrl = `http://127.0.0.1:${baselinePort}/graphql`;

  const results = [];
  for (const workload of chosen) {
    const [ours, theirs] = [await post(khabarUrl, workload), await post(baselineUrl, workload)];
    if (ours !== theirs)
      throw new Error(
        `${workload.name}: Khabar and the baseline answer differently\n` +
          firstDifference(ours, theirs),
      );
    if (/:null\}|"nodes":\[\]|"errors"/.test(ours))
      throw new Error(
        `${workload.name}: the answer is empty, the workload measures nothing: ` +
          ours.slice(0, 200),
      );
    const measured = await load(khabarUrl, workload);
    const limit = await load(baselineUrl, workload);
    results.push({
      name: workload.name,
      rps: Math.round(measured.requests.average),
      baselineRps: Math.round(limit.requests.average),
      ratio: Number((measured.requests.average / limit.requests.average).toFixed(2)),
      p50Ms: measured.latency.p50,
      p99Ms: measured.latency.p99,
      baselineP99Ms: limit.latency.p99,
      sqlPerRequest: sqlPerRequest.get(workload.name)!,
      peakRssMb: peakRssMb(khabar.pid!),
      errors: measured.errors + measured.non2xx,
    });
  }
  const memory = quick ? null : await memorySoak(khabarUrl, khabar.pid!, chosen);
  for (const child of children.splice(0)) {
    child.kill('SIGTERM');
    if (child.exitCode === null) await once(child, 'exit');
  }
  const postgresParts = values['no-postgres']
    ? null
    : await runPostgresParts({ quick, seconds, rounds, connections, start, load });
  const report = {
    date: new Date().toISOString(),
    quick,
    machine:
      `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ` +
      `${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    seconds,
    connections,
    corpus: fullSize,
    rounds,
    workloads: results,
    memorySoak: memory,
    postgres: postgresParts?.postgres ?? null,
    peer: postgresParts?.peer ?? null,
    mix: postgresParts?.mix ?? null,
    mixSeconds: postgresParts?.mixSeconds ?? null,
    mixCatalogue: postgresParts?.mixCatalogue ?? null,
    loadAverage: postgresParts?.loadAverage ?? null,
    elapsedSeconds: Math.round((Date.now() - startedAt) / 1000),
  };
  const resultsDir = path.join(repoRoot, 'bench/results');
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(
    path.join(resultsDir, `${report.date.replace(/[:.]/g, '-')}.json`),
    `${JSON.stringify(report, null, 2)}\n`,
  );
  writeFileSync(path.join(resultsDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  if (postgresParts) writeFileSync(path.join(repoRoot, 'docs/benchmarks.svg'), plot(report));
  console.log('SQLite');
  console.table(results);
  if (postgresParts) {
    console.log('PostgreSQL: Khabar against the hand-written pg baseline');
    console.table(postgresParts.postgres);
    console.log('PostgreSQL: Khabar against PostGraphile');
    console.table(postgresParts.peer);
    console.log('Zipf mix with one ingest per second');
    console.table(postgresParts.mix);
  }
  console.log(`elapsed: ${report.elapsedSeconds} s`);
  if (memory) {
    const sign = memory.floorGrowthPct >= 0 ? '+' : '';
    console.log(
      `memory soak: ${memory.seconds} s of all workloads at ${memory.rps} requests/s; ` +
        `RSS floor ${memory.rssFloorMbSeconds10To20} MB in seconds 10-20, ` +
        `${memory.rssFloorMbLast10s} MB in the last 10 s (${sign}${memory.floorGrowthPct} %); ` +
        `single readings ${memory.rssMbAt10s} MB at 10 s, ${memory.rssMbAtEnd} MB at the end`,
    );
  } else console.log('memory soak: skipped with --quick');
} finally {
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(
    children.map((child) => (child.exitCode === null ? once(child, 'exit') : null)),
  );
  rmSync(dir, { recursive: true, force: true });
}
