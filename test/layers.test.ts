// Dependencies run one way: the database layer stores and loads rows and knows nothing of
// extraction, seeding or the API; extraction knows nothing of the API.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../server/db/provider.js';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The server folders a file imports from ("ingest", "db", …). */
function importedLayers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const from = [...text.matchAll(/from '(\.\.?\/[^']+)'/g)].map((m) => m[1]!);
  return from.flatMap((specifier) => {
    const target = path.relative(
      path.join(repoRoot, 'server'),
      path.resolve(path.dirname(file), specifier),
    );
    const layer = target.split(path.sep)[0]!;
    return target.startsWith('..') ? [] : [layer];
  });
}

describe('layers', () => {
  it.each([
    ['db', ['ingest', 'seed', 'schema', 'cli']],
    ['ingest', ['schema', 'seed', 'cli']],
  ])('server/%s imports nothing from %j', (layer, forbidden) => {
    const offending = sources(path.join(repoRoot, 'server', layer)).flatMap((file) =>
      importedLayers(file)
        .filter((imported) => forbidden.includes(imported))
        .map((imported) => `${path.relative(repoRoot, file)} → server/${imported}`),
    );
    expect(offending).toEqual([]);
  });
});
