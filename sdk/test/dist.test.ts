// The built package, as an outside app uses it: plain Node ESM from sdk/dist, no TypeScript.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningKhabar, startKhabar } from './support/server.js';

const run = promisify(execFile);
const sdkDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.resolve(sdkDir, '..');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

let khabar: RunningKhabar;
beforeAll(async () => {
  // build what is tested
  await run(process.execPath, [tsc, '-p', path.join(sdkDir, 'tsconfig.build.json')]);
  khabar = await startKhabar();
}, 120_000);
afterAll(async () => {
  await khabar?.stop();
});

describe('sdk/dist', () => {
  it('imports in a plain Node ESM script', async () => {
    const script = `import {
        createKhabarClient, KhabarGraphQLError, ArticlesDocument,
      } from '@khabar/sdk';
      const client = createKhabarClient({ url: process.env.KHABAR_URL });
      const page = await client.articles({ first: 1 });
      console.log(
        typeof createKhabarClient,
        typeof KhabarGraphQLError,
        String(ArticlesDocument).trim().startsWith('query Articles'),
        page.totalCount,
      );`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
      cwd: repoRoot,
      env: { ...process.env, KHABAR_URL: khabar.url, NODE_OPTIONS: '' },
    });
    expect(stdout.trim()).toBe('function function true 2');
  });

  it('has no Node-only import, so it also runs in browsers', () => {
    const files = readdirSync(path.join(sdkDir, 'dist'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.js'));
    expect(files).toContain('index.js');
    for (const file of files) {
      const code = readFileSync(path.join(sdkDir, 'dist', file), 'utf8');
      expect(code, file).not.toMatch(/from ['"]node:|require\(|process\.|Buffer\./);
    }
  });
});

describe('examples/sdk-node', () => {
  it("prints Lavrov's statements and the Russia–Azerbaijan trade series", async () => {
    const { stdout } = await run(
      process.execPath,
      [path.join(sdkDir, 'examples/sdk-node/index.mjs')],
      {
        cwd: repoRoot,
        env: { ...process.env, KHABAR_URL: khabar.url, NODE_OPTIONS: '' },
      },
    );
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe("Sergey Lavrov's statements:");
    expect(lines.filter((line) => line.includes('«'))).toHaveLength(3);
    expect(stdout).toContain('2022-12-05  «للمساهمة بكل الطرق في فتح روابط النقل');
    expect(lines.slice(-3)).toEqual([
      'Russia–Azerbaijan trade volume:',
      '  2021  3400000000 USD  ACTUAL',
      '  2022  4000000000 USD  FORECAST',
    ]);
  });
});
