// Derives the PostgreSQL schema and generates both Prisma clients and the Pothos types.
// Runs on `npm install` (postinstall). `prisma generate` never runs the schema engine
// binary, but tries to download it unless PRISMA_SCHEMA_ENGINE_BINARY names an existing
// file; any file will do, so we point it at node itself.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { syncPostgresSchema } from '../db/prismaSchemas.js';
import { prismaPaths, repoRoot } from '../db/provider.js';

const require = createRequire(import.meta.url);
const prismaCli = require.resolve('prisma/build/index.js');

if (syncPostgresSchema())
  console.log('prisma/postgresql/schema.prisma updated from prisma/schema.prisma');

for (const provider of ['sqlite', 'postgresql'] as const) {
  execFileSync(
    process.execPath,
    [prismaCli, 'generate', '--no-hints', '--schema', prismaPaths[provider].schema],
    {
      cwd: repoRoot,
      stdio: 'inherit',
      env: {
        ...process.env,
        PRISMA_SCHEMA_ENGINE_BINARY: process.execPath,
        PRISMA_HIDE_UPDATE_MESSAGE: '1',
      },
    },
  );
}
