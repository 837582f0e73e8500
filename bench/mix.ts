// The Zipf mix of `npm run bench`: requests over the corpus in the popularity a news site
// sees (the front page most, then popular people and speakers, then single articles), with
// one ingest per second through an editor key, and after each ingest's answer a check that
// the pages it touched show it (a stale answer otherwise).
import autocannon from 'autocannon';
import { type Workload, workloads } from './workloads.js';

/** The person every ingested article quotes: known to the seeds' gazetteer. */
export const ingestedSpeaker = 'sergey-lavrov';

export interface MixRequest {
  body: string;
}

/** mulberry32, seeded: every run draws the same sequence. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const bodyOf = (workload: Workload, variables: Record<string, unknown>) =>
  JSON.stringify({ query: workload.query, variables });

/**
 * The catalogue in popularity order (rank 1 first): the front page, the person page and
 * the statements of the ingested speaker, then for each bench person by number their page
 * and their statements, interleaved with single articles by number.
 */
export function mixCatalogue(articleGlobalIds: string[], people: number): string[] {
  const [front, personPage, statements, node] = workloads(articleGlobalIds[0]!);
  const catalogue = [
    bodyOf(front!, {}),
    bodyOf(personPage!, { slug: ingestedSpeaker }),
    bodyOf(statements!, { speaker: ingestedSpeaker }),
  ];
  for (let i = 0; i < Math.max(people, articleGlobalIds.length); i++) {
    if (i < people) {
      catalogue.push(bodyOf(personPage!, { slug: `bench-person-${i}` }));
      catalogue.push(bodyOf(statements!, { speaker: `bench-person-${i}` }));
    }
    if (i < articleGlobalIds.length) catalogue.push(bodyOf(node!, { id: articleGlobalIds[i] }));
  }
  return catalogue;
}

/** `count` draws from a Zipf distribution (exponent 1) over the catalogue's ranks. */
export function zipfSample(catalogue: string[], count: number, seed = 7): string[] {
  const weights = catalogue.map((_, rank) => 1 / (rank + 1));
  const cumulative: number[] = [];
  let total = 0;
  for (const weight of weights) {
    total += weight;
    cumulative.push(total);
  }
  const next = random(seed);
  return Array.from({ length: count }, () => {
    const target = next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return catalogue[low]!;
  });
}

/** A short Arabic article extraction takes whole; `token` makes its title and quote unique. */
export function generatedArticle(token: string): string {
  return [
    `روسيا وتركيا تبحثان التعاون الاقتصادي ${token}`,
    '1-1-2030 | 11:40',
    '',
    `موسكو - سبوتنيك. قال وزير الخارجية الروسي سيرغي لافروف إن "${token} التعاون يتطور".`,
    '',
    'وأعلن نائب رئيس الوزراء الروسي ألكسندر نوفاك أن حجم التبادل التجاري بين روسيا وتركيا ' +
      'بلغ 62 مليار دولار في عام 2022.',
  ].join('\n');
}

const ingestMutation = `mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) { status article { slug title } }
}`;

export interface MixTargets {
  /** Where the mix's reads go. */
  readUrl: string;
  /** A Khabar that takes the ingests (the one measured, or a side one for the baseline). */
  ingestUrl: string;
  editorKey: string;
}

export interface MixResult {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  ingests: number;
  staleAnswers: number;
  checks: number;
  errors: number;
}

async function postJson(url: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return response.text();
}

let ingestCounter = 0;

/**
 * The mix's reads for `seconds`, each connection taking the sample's next request; `cursor`
 * carries on where the warm-up stopped, so the measured run does not replay it.
 */
function zipfReads(
  url: string,
  sample: string[],
  cursor: { position: number },
  seconds: number,
  connections: number,
) {
  return autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({
          ...request,
          body: sample[cursor.position++ % sample.length]!,
        }),
      },
    ],
  });
}

/**
 * The mix for `seconds` at `connections`, one ingest a second, after `warmSeconds` of its
 * reads unmeasured (compiled code, warm caches and pools: a news site's steady state); after
 * each ingest's answer the front page and the quoted speaker's page are read, and each must
 * contain the new article's unique token.
 */
export async function runMix(
  targets: MixTargets,
  sample: string[],
  seconds: number,
  connections: number,
  warmSeconds: number,
): Promise<MixResult> {
  const cursor = { position: 0 };
  if (warmSeconds > 0) await zipfReads(targets.readUrl, sample, cursor, warmSeconds, connections);
  const [front, personPage] = workloads('');
  const checksOf = [bodyOf(front!, {}), bodyOf(personPage!, { slug: ingestedSpeaker })];
  let ingests = 0;
  let staleAnswers = 0;
  let checks = 0;
  // One ingest a second on a fixed clock, whatever the load does to its answer time; each
  // is checked on its own after its answer.
  const ingestAndCheck = async () => {
    const token = `bench${process.pid}x${++ingestCounter}`;
    const input = { text: generatedArticle(token) };
    const answer = await postJson(
      targets.ingestUrl,
      JSON.stringify({ query: ingestMutation, variables: { input } }),
      { authorization: `Bearer ${targets.editorKey}` },
    );
    if (!answer.includes('"CREATED"'))
      throw new Error(`the mix's ingest failed: ${answer.slice(0, 300)}`);
    ingests++;
    for (const body of checksOf) {
      checks++;
      if (!(await postJson(targets.readUrl, body)).includes(token)) staleAnswers++;
    }
  };
  const pending: Promise<void>[] = [];
  let failure: unknown;
  const ticker = setInterval(
    () => pending.push(ingestAndCheck().catch((error) => (failure ??= error))),
    1000,
  );
  const result = await zipfReads(targets.readUrl, sample, cursor, seconds, connections);
  clearInterval(ticker);
  await Promise.all(pending);
  if (failure) throw failure;
  return {
    rps: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    ingests,
    staleAnswers,
    checks,
    errors: result.errors + result.non2xx,
  };
}
