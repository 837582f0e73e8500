// npm run ingest -- [--url <url>] <file or folder>...
// Extracts and stores every file given (folders: every .txt, .html and .htm inside), in
// batches of up to 100 articles per transaction, each file with the outcome it would have
// alone; prints a table per article (created, updated, unchanged or
// FAILED) and exits non-zero when any article failed. --url, for a single file, is where
// it was published: a changed text later given the same URL replaces that article.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Presets, SingleBar } from 'cli-progress';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { defaultBatchSize, Ingestor } from '../ingest/ingest.js';

/** Progress is drawn only for runs long enough to need it, and only on a terminal. */
const progressFrom = 20;
const articleFile = /\.(txt|html?)$/i;

function filesOf(args: string[]): string[] {
  return args.flatMap((arg) => {
    const full = path.resolve(arg);
    if (!statSync(full, { throwIfNoEntry: false }))
      throw new Error(`${arg}: no such file or folder`);
    return statSync(full).isDirectory()
      ? readdirSync(full)
          .filter((name) => articleFile.test(name))
          .sort()
          .map((name) => path.join(full, name))
      : [full];
  });
}

interface Row {
  file: string;
  status: string;
  people: string;
  statements: string;
  figures: string;
  slug: string;
  notes: string;
}

function printTable(rows: Row[]): void {
  const columns: (keyof Row)[] = [
    'file',
    'status',
    'people',
    'statements',
    'figures',
    'slug',
    'notes',
  ];
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  console.log(line(columns));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(columns.map((c) => row[c])));
}

async function main(argv: string[]): Promise<number> {
  const { positionals: args, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { url: { type: 'string' } },
  });
  if (args.length === 0)
    throw new Error('usage: npm run ingest -- [--url <url>] <file or folder>...');
  const files = filesOf(args);
  if (values.url !== undefined && files.length !== 1)
    throw new Error('--url names where one article was published: give exactly one file with it');
  const database = await openDatabase(loadConfig().database);
  const ingestor = new Ingestor(database.prisma);
  const bar =
    files.length >= progressFrom && process.stderr.isTTY
      ? new SingleBar({ stream: process.stderr }, Presets.shades_classic)
      : null;
  bar?.start(files.length, 0);
  const rows: Row[] = [];
  const tally = { created: 0, updated: 0, unchanged: 0, failed: 0 };
  try {
    // Files are read a batch at a time: one transaction per batch, rows once it commits.
    for (let from = 0; from < files.length; from += defaultBatchSize) {
      const batch = files.slice(from, from + defaultBatchSize);
      const outcomes = await ingestor.ingestMany(
        batch.map((file) => ({
          text: readFileSync(file, 'utf8'),
          options: {
            slug: path.basename(file).replace(articleFile, ''),
            url: values.url ?? null,
          },
        })),
        { onCommitted: (done) => bar?.increment(done.length) },
      );
      for (const [i, outcome] of outcomes.entries()) {
        const file = path.relative(process.cwd(), batch[i]!);
        if (outcome.status === 'failed') {
          tally.failed++;
          rows.push({
            file,
            status: 'FAILED',
            people: '-',
            statements: '-',
            figures: '-',
            slug: '-',
            notes: outcome.error.message,
          });
          continue;
        }
        tally[outcome.status]++;
        rows.push({
          file,
          status: outcome.status,
          people: String(outcome.people),
          statements: String(outcome.statements),
          figures: String(outcome.figures),
          slug: outcome.slug,
          notes: outcome.warnings.join('; '),
        });
      }
    }
  } finally {
    bar?.stop();
    await database.close();
  }
  printTable(rows);
  // "3 article(s): 1 created, 1 unchanged, 1 failed": only the outcomes that occurred.
  const outcomes = Object.entries(tally).filter(([, count]) => count > 0);
  console.log(`${files.length} article(s): ${outcomes.map(([s, n]) => `${n} ${s}`).join(', ')}`);
  return tally.failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
