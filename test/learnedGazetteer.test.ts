// The gazetteer extraction reads is built from the database, so people one article's
// extraction found are known to the next article. One word that a single article took for
// a name ("مباحثات" after "الوزير الروسي") must not become a person in every later text:
// a found person is known again by the names of two words or more only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../server/db/client.js';
import { repoRoot } from '../server/db/provider.js';
import { Ingestor } from '../server/ingest/ingest.js';
import { loadGazetteer } from '../server/ingest/loadGazetteer.js';
import { normalizeForMatching } from '../server/ingest/normalize.js';
import { loadSeedGazetteer } from '../server/seed/loadSeeds.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';

const text = `روسيا تبحث التعاون الاقتصادي

موسكو 14 مارس 2023 - وقال نظيره الفرنسي دوفيلان، إن المحادثات مفيدة جدا للجانبين.

وقال الخبير الاقتصادي الروسي إيغور يوشكوف إن السوق مستقرة هذا العام.`;

let testDatabase: TestDatabase;
let database: Database;

beforeAll(async () => {
  testDatabase = await createTestDatabase('sqlite');
  database = await openDatabase(testDatabase.target);
  await loadSeedGazetteer(database.prisma, `${repoRoot}/seeds`);
  await new Ingestor(database.prisma).ingest(text, {});
});
afterAll(async () => {
  await database?.close();
  await testDatabase?.drop();
});

describe('people found by extraction, in the gazetteer of later articles', () => {
  it('are stored with every name the article gave them', async () => {
    const found = await database.prisma.person.findMany({
      where: { provenance: 'EXTRACTED' },
      select: { nameAr: true, aliases: { select: { text: true } } },
    });
    const names = found.flatMap((p) => [p.nameAr, ...p.aliases.map((a) => a.text)]);
    expect(names).toEqual(expect.arrayContaining(['دوفيلان', 'إيغور يوشكوف', 'يوشكوف']));
  });

  it('are known by their names of two words or more, not by one word alone', async () => {
    const gazetteer = await loadGazetteer(database.prisma);
    const known = (form: string) => gazetteer.forms.has(normalizeForMatching(form));
    expect(known('إيغور يوشكوف')).toBe(true);
    expect(known('يوشكوف')).toBe(false);
    expect(known('دوفيلان')).toBe(false);
    // The curated gazetteer keeps its one-word aliases.
    expect(known('لافروف')).toBe(true);
  });
});
