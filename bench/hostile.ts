// npm run bench:hostile [-- --quick]
// Issue 9's hostile requests against a real Khabar process (NODE_ENV=production) on the
// benchmark corpus: for each attack, the time to refuse it (goal < 1 s), sent back to back
// while autocannon runs a stream of small queries on 8 connections; the stream's p99
// (goal < 200 ms) is compared with the same stream alone. Writes bench/results/hostile.json.
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { openDatabase } from '../server/db/client.js';
import { repoRoot } from '../server/db/provider.js';
import { encodeGlobalId } from '../server/schema/globalId.js';
import { freePort } from '../test/support/freePort.js';
import { type CorpusSize, fullSize, generateCorpus } from './generate.js';
import { startProcess } from './startProcess.js';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const quick = values.quick;
const corpus: CorpusSize = quick
  ? { articles: 200, people: 100, statements: 2_000, tradeFigures: 100 }
  : fullSize;
/** How long the small-query stream runs for each attack (and alone). */
const seconds = quick ? 3 : 10;
const connections = 8;
const goals = { refuseMs: 1_000, streamP99Ms: 200 };

const streamQuery = '{ articles(first: 5) { nodes { title } } }';

const nested = (depth: number): string => {
  let inner = 'id';
  for (let level = 0; level < depth; level++) {
    inner = `articles(first: 1) { nodes { people { ${inner} } } }`;
  }
  return `{ ${inner} }`;
};

interface Attack {
  row: string;
  name: string;
  body: string;
}

function attacks(personId: string): Attack[] {
  const request = (query: string, variables?: Record<string, unknown>) =>
    JSON.stringify({ query, variables });
  const aliases = Array.from(
    { length: 10_000 },
    (_, i) => `a${i}: articles(first: 100) { totalCount }`,
  );
  return [
    { row: '1', name: 'lists nested 50 deep', body: request(nested(50)) },
    {
      row: '2',
      name: 'three nested lists of 100',
      body: request(
        '{articles(first:100){nodes{people{articles(first:100){nodes{people{' +
          'articles(first:100){nodes{id}}}}}}}}}',
      ),
    },
    { row: '3', name: '10,000 aliases', body: request(`{ ${aliases.join(' ')} }`) },
    {
      row: '4',
      name: 'nodes(ids:) with 200,000 IDs',
      body: request('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
        ids: Array.from({ length: 200_000 }, () => personId),
      }),
    },
    { row: '5', name: 'depth 1,000', body: request(nested(1_000)) },
    {
      row: '5',
      name: '1,000 @include directives',
      body: request(`{ articles(first: 1) { totalCount ${'@include(if: true) '.repeat(1_000)} } }`),
    },
    {
      row: '13',
      name: '1 MB cursor',
      body: request('query($c: String) { articles(first: 1, after: $c) { totalCount } }', {
        c: 'Z'.repeat(1_000_000),
      }),
    },
    {
      row: '13',
      name: '1 MB name filter',
      body: request('query($n: String) { people(first: 5, filter: { name: $n }) { totalCount } }', {
        n: 'x'.repeat(1_000_000),
      }),
    },
    {
      row: '13',
      name: '10,000 partner codes',
      body: request(
        'query($p: [String!]) { tradeFigures(first: 5, filter: { partners: $p }) { totalCount } }',
        { p: Array.from({ length: 10_000 }, () => 'RU') },
      ),
    },
  ];
}

function startKhabar(port: number, file: string): Promise<ChildProcess> {
  const env = {
    NODE_ENV: 'production',
    // The attacks are refused by the query limits, not by the hourly budget.
    RATE_LIMIT_ANONYMOUS: '0',
    PORT: String(port),
    DATABASE_URL: `file:${file}`,
  };
  return startProcess('server/main.ts', [], env, 'Khabar is serving');
}

function stream(url: string): Promise<autocannon.Result> {
  return autocannon({
    url,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: streamQuery }),
  });
}

interface Refusal {
  ms: number;
  status: number;
  codes: string;
}

async function send(url: string, body: string): Promise<Refusal> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const text = await response.text();
  const ms = performance.now() - started;
  let codes = '';
  try {
    const answer = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
    codes = [...new Set((answer.errors ?? []).map((error) => error.extensions?.code ?? '-'))].join(
      ',',
    );
  } catch {
    codes = 'not JSON';
  }
  return { ms, status: response.status, codes: codes || 'answered' };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const round = (ms: number) => Math.round(ms * 10) / 10;

const dir = mkdtempSync(path.join(tmpdir(), 'khabar-hostile-'));
const file = path.join(dir, 'bench.db');
let khabar: ChildProcess | undefined;
try {
  const database = await openDatabase({ provider: 'sqlite', url: file });
  await generateCorpus(database, corpus);
  const person = await database.prisma.person.findFirstOrThrow({ select: { id: true } });
  await database.close();

  const port = await freePort();
  khabar = await startKhabar(port, file);
  const url = `http://127.0.0.1:${port}/graphql`;

  await stream(url); // warm-up: JIT, caches, connection pools
  const alone = await stream(url);
  const streamAlone = { p50Ms: alone.latency.p50, p99Ms: alone.latency.p99 };

  const results = [];
  for (const attack of attacks(encodeGlobalId('Person', person.id))) {
    const refusals: Refusal[] = [];
    let running = true;
    // Back to back for as long as the stream runs: the attacker never lets up.
    const attacker = (async () => {
      while (running) refusals.push(await send(url, attack.body));
    })();
    const during = await stream(url);
    running = false;
    await attacker;
    const times = refusals.map((refusal) => refusal.ms).sort((a, b) => a - b);
    results.push({
      row: attack.row,
      attack: attack.name,
      requestKb: Math.round(Buffer.byteLength(attack.body) / 1024),
      answer: `${refusals[0]!.status} ${refusals[0]!.codes}`,
      sameAnswerEachTime: refusals.every(
        (refusal) => refusal.status === refusals[0]!.status && refusal.codes === refusals[0]!.codes,
      ),
      attacksSent: refusals.length,
      refuseMsMedian: round(percentile(times, 50)),
      refuseMsMax: round(times.at(-1)!),
      streamP99Ms: during.latency.p99,
      streamRps: Math.round(during.requests.average),
      streamErrors: during.errors + during.non2xx,
    });
  }

  const report = {
    date: new Date().toISOString(),
    quick,
    machine:
      `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ` +
      `${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    corpus,
    stream: { query: streamQuery, connections, seconds },
    goals,
    streamAlone: { ...streamAlone, rps: Math.round(alone.requests.average) },
    attacks: results,
    allRefusedWithinGoal: results.every((result) => result.refuseMsMax < goals.refuseMs),
    streamWithinGoal: results.every((result) => result.streamP99Ms < goals.streamP99Ms),
  };
  const resultsDir = path.join(repoRoot, 'bench/results');
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(path.join(resultsDir, 'hostile.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.table(results);
  console.log(
    `stream alone (${connections} connections, ${seconds} s): p50 ${streamAlone.p50Ms} ms, ` +
      `p99 ${streamAlone.p99Ms} ms, ${report.streamAlone.rps} requests/s`,
  );
  console.log(
    `every attack refused within ${goals.refuseMs} ms: ${report.allRefusedWithinGoal}; ` +
      `stream p99 under ${goals.streamP99Ms} ms throughout: ${report.streamWithinGoal}`,
  );
} finally {
  if (khabar && khabar.exitCode === null) {
    khabar.kill('SIGTERM');
    await once(khabar, 'exit');
  }
  rmSync(dir, { recursive: true, force: true });
}
