import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module) builds; Node and the Pothos/Yoga
    // packages load the CJS one, so our own code must too, or the schema would mix two
    // graphql instances.
    alias: [
      {
        find: /^graphql$/,
        replacement: fileURLToPath(new URL('../node_modules/graphql/index.js', import.meta.url)),
      },
    ],
  },
  test: {
    include: ['test/**/*.test.ts', 'sdk/test/**/*.test.ts'],
    globalSetup: ['test/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file gets its own databases; run files one after another on a 2-core machine.
    fileParallelism: false,
  },
});
