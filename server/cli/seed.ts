// npm run seed [-- --check] [-- <dir>]
// Loads seeds/ into DATABASE_URL (one transaction per article); --check validates the
// files without a database. Exits non-zero when any file was rejected.
import path from 'node:path';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { repoRoot } from '../db/provider.js';
import { loadSeeds, SeedFileError } from '../seed/loadSeeds.js';
import { printSeedReport } from '../seed/report.js';

async function main(args: string[]): Promise<number> {
  const checkOnly = args.includes('--check');
  const dir = path.resolve(
    args.find((arg) => !arg.startsWith('--')) ?? path.join(repoRoot, 'seeds'),
  );
  const database = checkOnly ? null : await openDatabase(loadConfig().database);
  try {
    const report = await loadSeeds(database?.prisma ?? null, dir);
    printSeedReport(report);
    return report.failed.length ? 1 : 0;
  } catch (error) {
    if (!(error instanceof SeedFileError)) throw error;
    console.error(`REJECTED   ${error.message}`);
    return 1;
  } finally {
    await database?.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
