// npm run ingest -- <file or folder>...
// Extracts and stores every .txt given (folders: every .txt inside), one transaction per
// article; prints a table per article and exits non-zero when any article failed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { Ingestor } from '../ingest/ingest.js';
import { IngestError } from '../ingest/pipeline.js';

/** Progress is drawn only for runs long enough to need it, and only on a terminal. */
const progressFrom = 20;

function filesOf(args: string[]): string[] {
  return args.flatMap((arg) => {
    const full = path.resolve(arg);
    if (!statSync(full, { throwIfNoEntry: false }))
      throw new Error(`${arg}: no such file or folder`);
    return statSync(full).isDirectory()
      ? readdirSync(full)
          .filter((name) => name.endsWith('.txt'))
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
  notes: string;
}

function printTable(rows: Row[]): void {
  const columns: (keyof Row)[] = ['file', 'status', 'people', 'statements', 'figures', 'notes'];
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

async function main(args: string[]): Promise<number> {
  if (args.length === 0) throw new Error('usage: npm run ingest -- <file or folder>...');
  const files = filesOf(args);
  const database = await openDatabase(loadConfig().database);
  const ingestor = new Ingestor(database.prisma);
  const bar =
    files.length >= progressFrom && process.stderr.isTTY
      ? new SingleBar({ stream: process.stderr }, Presets.shades_classic)
      : null;
  bar?.start(files.length, 0);
  const rows: Row[] = [];
  let failed = 0;
  try {
    for (const file of files) {
      const name = path.relative(process.cwd(), file);
      try {
        const result = await ingestor.ingest(readFileSync(file, 'utf8'), {
          slug: path.basename(file, '.txt'),
        });
        rows.push({
          file: name,
          status: result.status,
          people: String(result.people),
          statements: String(result.statements),
          figures: String(result.figures),
          notes: result.warnings.join('; '),
        });
      } catch (error) {
        if (!(error instanceof IngestError)) throw error;
        failed++;
        rows.push({
          file: name,
          status: 'FAILED',
          people: '-',
          statements: '-',
          figures: '-',
          notes: error.message,
        });
      }
      bar?.increment();
    }
  } finally {
    bar?.stop();
    await database.close();
  }
  printTable(rows);
  console.log(
    `${files.length - failed} of ${files.length} article(s) stored${failed ? `, ${failed} failed` : ''}`,
  );
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
