// src/gql/ must be exactly what `npm run codegen` generates from the committed schema.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { codegenConfig } from '../codegen.js';

const sdkDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('generated documents', () => {
  it('are up to date with schema.graphql and src/operations (run `npm run codegen`)', async () => {
    const cwd = process.cwd();
    process.chdir(sdkDir); // the config's paths are relative to sdk/
    let outputs: { filename: string; content: string }[];
    try {
      outputs = await generate({ ...codegenConfig, silent: true }, false);
    } finally {
      process.chdir(cwd);
    }
    expect(outputs.map((o) => path.basename(o.filename)).sort()).toEqual([
      'gql.ts',
      'graphql.ts',
      'index.ts',
    ]);
    for (const output of outputs) {
      expect(readFileSync(path.resolve(sdkDir, output.filename), 'utf8'), output.filename).toBe(
        output.content,
      );
    }
  });
});
