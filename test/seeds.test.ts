// npm run seed: idempotent, one transaction per article, and strict about annotation files.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../server/db/client.js';
import { repoRoot } from '../server/db/provider.js';
import { loadSeeds, readSeedGazetteer, SeedFileError } from '../server/seed/loadSeeds.js';
import { createTestDatabase, type TestDatabase } from './support/databases.js';

const run = promisify(execFile);
const seedsDir = path.join(repoRoot, 'seeds');
const firstArticle = '000_897a8455dd883e21';
const secondArticle = '001_eab261c92f9538c6';

const tables = [
  'article',
  'articleBlock',
  'person',
  'organization',
  'place',
  'alias',
  'role',
  'mention',
  'statement',
  'tradeFigure',
  'tradeFigurePartner',
  'event',
  'eventParticipant',
  'eventPlace',
  'eventReport',
] as const;

async function rowCounts(database: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    counts[table] = await (
      database.prisma[table] as unknown as { count(): Promise<number> }
    ).count();
  }
  return counts;
}

/** A copy of seeds/ in a temporary folder, to break on purpose. */
function copyOfSeeds(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'khabar-seeds-'));
  cpSync(seedsDir, dir, { recursive: true });
  return dir;
}

// biome-ignore lint/suspicious/noExplicitAny: each case edits a different part of the JSON.
type EditableAnnotation = Record<string, any>;

function editAnnotation(
  dir: string,
  article: string,
  edit: (annotation: EditableAnnotation) => void,
): void {
  const file = path.join(dir, `${article}.annotations.json`);
  const annotation = JSON.parse(readFileSync(file, 'utf8'));
  edit(annotation);
  writeFileSync(file, JSON.stringify(annotation, null, 2));
}

describe('loading the seeds', () => {
  let testDatabase: TestDatabase;
  let database: Database;
  beforeEach(async () => {
    testDatabase = await createTestDatabase('sqlite');
    database = await openDatabase(testDatabase.target);
  });
  afterEach(async () => {
    await database.close();
    await testDatabase.drop();
  });

  it('loads both articles, and loading again changes nothing', async () => {
    const first = await loadSeeds(database.prisma, seedsDir);
    expect(first.loaded).toEqual([`${firstArticle}.txt`, `${secondArticle}.txt`]);
    expect(first.failed).toEqual([]);
    const afterFirst = await rowCounts(database);
    expect(afterFirst.article).toBe(2);
    expect(afterFirst.statement).toBeGreaterThanOrEqual(9);
    const updatedAt = (await database.prisma.article.findMany({ select: { updatedAt: true } })).map(
      (a) => a.updatedAt.getTime(),
    );

    const second = await loadSeeds(database.prisma, seedsDir);
    expect(second.unchanged).toEqual([`${firstArticle}.txt`, `${secondArticle}.txt`]);
    expect(second.loaded).toEqual([]);
    expect(await rowCounts(database)).toEqual(afterFirst);
    expect(
      (await database.prisma.article.findMany({ select: { updatedAt: true } })).map((a) =>
        a.updatedAt.getTime(),
      ),
    ).toEqual(updatedAt);
  });

  it('reloads a changed annotation in place, replacing its curated facts', async () => {
    const dir = copyOfSeeds();
    try {
      await loadSeeds(database.prisma, dir);
      const before = await rowCounts(database);
      editAnnotation(dir, secondArticle, (annotation) => annotation.tradeFigures.pop());
      const report = await loadSeeds(database.prisma, dir);
      expect(report.loaded).toEqual([`${secondArticle}.txt`]);
      const after = await rowCounts(database);
      expect(after.tradeFigure).toBe(before.tradeFigure! - 1);
      expect(after.article).toBe(2);
      expect(after.statement).toBe(before.statement);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const brokenCases: {
    name: string;
    edit: (annotation: EditableAnnotation) => void;
    field: RegExp;
    expected: RegExp;
  }[] = [
    {
      name: 'a missing field',
      edit: (a) => delete a.publishedAt,
      field: /publishedAt/,
      expected: /expected/i,
    },
    {
      name: 'a span that is not in the text',
      edit: (a) => (a.statements[0].span.text = 'هذه الجملة ليست في المقال'),
      field: /statements\[0\]\.span\.text/,
      expected: /not in it/,
    },
    {
      name: 'an unknown person',
      edit: (a) => (a.statements[0].speaker = { person: 'no-such-person' }),
      field: /statements\[0\]\.speaker\.person/,
      expected: /"no-such-person" is unknown/,
    },
  ];

  it.each(brokenCases)(
    'rejects $name, naming file and field, writes nothing of that article and loads the others',
    async ({ edit, field, expected }) => {
      const dir = copyOfSeeds();
      try {
        editAnnotation(dir, firstArticle, edit);
        const report = await loadSeeds(database.prisma, dir);
        expect(report.loaded).toEqual([`${secondArticle}.txt`]);
        expect(report.failed).toHaveLength(1);
        const [failure] = report.failed;
        expect(failure!.file).toContain(`${firstArticle}.annotations.json`);
        expect(
          failure!.problems.some((p) => field.test(p.field) && expected.test(p.expected)),
        ).toBe(true);
        const slugs = (await database.prisma.article.findMany({ select: { slug: true } })).map(
          (a) => a.slug,
        );
        expect(slugs).toEqual(['2022-12-23-lavrov-bayramov-talks-moscow']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it('writes nothing of an article whose transaction fails half-way, and reports it', async () => {
    // A real failure inside the database, after the article row and its mentions were written.
    await database.prisma.$executeRawUnsafe(
      `CREATE TRIGGER fail_event_reports BEFORE INSERT ON "EventReport"
       BEGIN SELECT RAISE(ABORT, 'injected failure'); END`,
    );
    const report = await loadSeeds(database.prisma, seedsDir);
    expect(report.failed.map((f) => f.file)).toEqual(
      [`seeds/${firstArticle}.txt`, `seeds/${secondArticle}.txt`].map((f) =>
        path.relative(process.cwd(), path.join(repoRoot, f)),
      ),
    );
    // (Prisma words the trigger's abort as a constraint violation.)
    expect(report.failed[0]!.problems[0]).toMatchObject({
      field: '(database)',
      expected: expect.stringMatching(/it failed: .+/),
    });
    const counts = await rowCounts(database);
    expect([
      counts.article,
      counts.articleBlock,
      counts.mention,
      counts.statement,
      counts.tradeFigure,
    ]).toEqual([0, 0, 0, 0, 0]);
    // The gazetteer (with the officials) has its own transaction.
    expect(counts.person).toBe(readSeedGazetteer(seedsDir).gazetteer.people.length);

    await database.prisma.$executeRawUnsafe('DROP TRIGGER fail_event_reports');
    expect((await loadSeeds(database.prisma, seedsDir)).loaded).toHaveLength(2);
  });

  it('loads an article without an annotation file through extraction, and only once', async () => {
    const dir = copyOfSeeds();
    try {
      writeFileSync(
        path.join(dir, '002_new_article.txt'),
        'موسكو، 14 مارس 2023\n' +
          'قال وزير الخارجية الروسي سيرغي لافروف إن ' +
          '"المحادثات مع الجانب التركي كانت بناءة ومفيدة للغاية".\n',
      );
      const report = await loadSeeds(database.prisma, dir);
      expect(report.loaded).toHaveLength(2);
      expect(report.extracted).toEqual([
        expect.objectContaining({ name: '002_new_article.txt', people: 1, statements: 1 }),
      ]);
      const article = await database.prisma.article.findUniqueOrThrow({
        where: { slug: '002-new-article' },
        include: { statements: true },
      });
      expect(article.provenance).toBe('EXTRACTED');
      expect(article.statements[0]).toMatchObject({
        direct: true,
        provenance: 'EXTRACTED',
        text: 'المحادثات مع الجانب التركي كانت بناءة ومفيدة للغاية',
      });
      const again = await loadSeeds(database.prisma, dir);
      expect(again.unchanged).toContain('002_new_article.txt');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('npm run seed (the command)', () => {
  let testDatabase: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    testDatabase = await createTestDatabase('sqlite');
    dir = copyOfSeeds();
    editAnnotation(dir, firstArticle, (a) => (a.mentions[0].forms = ['كلمة غير موجودة']));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await testDatabase.drop();
  });

  it('exits non-zero and names the file, the field and what was expected', async () => {
    const error = await run(process.execPath, ['--import', 'tsx', 'server/cli/seed.ts', dir], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: testDatabase.url },
    }).then(
      () => null,
      (failure: { code: number; stdout: string }) => failure,
    );
    expect(error?.code).toBe(1);
    expect(error?.stdout).toContain(`loaded     ${secondArticle}.txt`);
    expect(error?.stdout).toMatch(
      new RegExp(
        `REJECTED .*${firstArticle}\\.annotations\\.json: nothing of this article was written`,
      ),
    );
    expect(error?.stdout).toMatch(
      /mentions\[0\]\.forms\[0\]: expected a form that occurs in the article body/,
    );
  });
});

describe('a broken gazetteer', () => {
  it('stops the load, naming each reference that points at nothing', async () => {
    const dir = copyOfSeeds();
    const testDatabase = await createTestDatabase('sqlite');
    const database = await openDatabase(testDatabase.target);
    try {
      const file = path.join(dir, 'gazetteer.json');
      const gazetteer = JSON.parse(readFileSync(file, 'utf8'));
      gazetteer.people[0].roles[0].country = 'XX';
      writeFileSync(file, JSON.stringify(gazetteer));
      const error = await loadSeeds(database.prisma, dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SeedFileError);
      expect((error as SeedFileError).problems).toEqual([
        {
          field: 'people[0].roles[0].country',
          expected: 'the iso2 of a country; "XX" is not in the gazetteer',
        },
      ]);
      expect(await database.prisma.person.count()).toBe(0);
    } finally {
      await database.close();
      await testDatabase.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
