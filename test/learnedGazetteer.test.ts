// The gazetteer extraction reads is built from the database, so people one article's
// extraction found are known to the next article. One word that a single article took for
// a name ("مباحثات" after "الوزير الروسي") must not become a person in every
// later text: a found person is known again by the names of two words or more, or by a
// foreign surname alone; whether the gazetteer was reread or learned in the same process.
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

  it('are known by their names of two words or more, or by a foreign surname', async () => {
    const gazetteer = await loadGazetteer(database.prisma);
    const known = (form: string) => gazetteer.forms.has(normalizeForMatching(form));
    expect(known('إيغور يوشكوف')).toBe(true);
    expect(known('يوشكوف')).toBe(true);
    expect(known('دوفيلان')).toBe(false);
    // The curated gazetteer keeps its one-word aliases.
    expect(known('لافروف')).toBe(true);
  });

  // A name of one word found once ("نظيره الفرنسي لوكورنو") is not known again by it alone:
  // the same rule must hold for the next article whether it was learned or reread.
  const introduced = (name: string) => `فرنسا وروسيا تبحثان التعاون مع ${name}

وقال نظيره الفرنسي ${name}، إن المحادثات مفيدة.`;
  const later = (name: string) => `لافروف يلتقي نظيره ${name}

وكان ${name} في موسكو حيث التقى وزير الخارجية الروسي سيرغي لافروف.`;
  const peopleOf = async (articleId: number) =>
    (
      await database.prisma.mention.findMany({
        where: { articleId, personId: { not: null } },
        select: { person: { select: { nameAr: true } } },
      })
    ).map((m) => m.person?.nameAr);

  it.each([
    ['learned by the same ingestor', true, 'لوكورنو'],
    ['reread from the database', false, 'بايرو'],
  ])('are not known again by one word alone (%s)', async (_case, sameIngestor, name) => {
    const first = new Ingestor(database.prisma);
    await first.ingest(introduced(name), {});
    const next = sameIngestor ? first : new Ingestor(database.prisma);
    const { articleId } = await next.ingest(later(name), {});
    const people = await peopleOf(articleId);
    expect(people).toContain('سيرغي لافروف');
    expect(people).not.toContain(name);
  });
});

// Outlets write a transliterated name with their own long vowels: "دميتريف" is the
// curated كيريل دميترييف. Its skeleton finds him; the spelling is kept as his alias, so that
// search finds it and the next article, learned or reread, matches it as written.
describe('a known foreign name in a new spelling', () => {
  const spelled = `صندوق الاستثمار الروسي يدرس مشاريع جديدة

وقال كيريل دميتريف إن الرياض وموسكو تدرسان مشاريع مشتركة جديدة.`;

  it('is the known person, with the spelling stored as his alias', async () => {
    const { articleId } = await new Ingestor(database.prisma).ingest(spelled, {});
    const mentions = await database.prisma.mention.findMany({
      where: { articleId, personId: { not: null } },
      select: { person: { select: { slug: true, aliases: { select: { text: true } } } } },
    });
    expect(mentions.map((m) => m.person?.slug)).toEqual(['kirill-dmitriev']);
    expect(mentions[0]?.person?.aliases.map((a) => a.text)).toContain('كيريل دميتريف');
    const gazetteer = await loadGazetteer(database.prisma);
    expect(gazetteer.forms.get(normalizeForMatching('كيريل دميتريف'))?.[0]?.slug).toBe(
      'kirill-dmitriev',
    );
  });

  // An ingestor whose gazetteer was read before the alias was stored still finds the spelling
  // by its skeleton: the alias is not stored a second time.
  it('is stored once, also by an ingestor that read the gazetteer before', async () => {
    const stale = new Ingestor(database.prisma);
    await stale.ingest(`روسيا وفرنسا\n\nوقال نظيره الفرنسي ماكرون إن المحادثات مفيدة.`, {});
    // Another spelling, first stored by a fresh ingestor, then met by the stale one.
    const other = 'كيريل ديميتريف';
    await new Ingestor(database.prisma).ingest(
      `${spelled}\n\nوأضاف ${other} أن التعاون يتوسع.`,
      {},
    );
    const { articleId } = await stale.ingest(
      `روسيا والسعودية\n\nوقال ${other} إن الصندوق يدرس مشاريع أخرى.`,
      {},
    );
    const spoke = await database.prisma.mention.count({
      where: { articleId, person: { slug: 'kirill-dmitriev' } },
    });
    expect(spoke).toBeGreaterThan(0);
    const aliases = await database.prisma.alias.count({
      where: { normalized: normalizeForMatching(other) },
    });
    expect(aliases).toBe(1);
  });
});

// A known surname is not a known person: "سيرجي ايفانوف" when Yevgeny Ivanov is known is
// someone else, and the surname alone later in that article is the one it named in full.
describe('a namesake of a known person', () => {
  const yevgeny = `روسيا تلغي التأشيرات

وقال نائب وزير الخارجية الروسي يفجيني إيفانوف إن التأشيرات ألغيت لستين دولة.`;
  const sergei = `روسيا والعملات الوطنية

قال الممثل الخاص للرئيس الروسي سيرجي ايفانوف، اليوم، إن روسيا تفضل التجارة بالروبل.

وقال إيفانوف إن الدولار لم يعد خيارا في التجارة الثنائية.`;

  it.each([
    ['another given name', sergei, 'سيرجي ايفانوف'],
    // "يفغيني" and "يفجيني" are one name: he is known, no namesake.
    ['the same given name in another spelling', sergei.replaceAll('سيرجي', 'يفغيني'), null],
  ])('%s', async (_case, text, namesake) => {
    const ingestor = new Ingestor(database.prisma);
    await ingestor.ingest(yevgeny, {});
    const { articleId } = await ingestor.ingest(text, {});
    const speakers = await database.prisma.statement.findMany({
      where: { articleId },
      select: { speakerPerson: { select: { nameAr: true } } },
    });
    expect(speakers.map((s) => s.speakerPerson?.nameAr)).toEqual([
      namesake ?? 'يفجيني إيفانوف',
      namesake ?? 'يفجيني إيفانوف',
    ]);
  });
});
