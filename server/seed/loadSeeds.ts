// Loads seeds/: the gazetteer, then each article with its curated annotation file, one
// transaction per article, then the articles without one through extraction, in batches.
// Unchanged files (same hash as last loaded) are not written.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { ArticleFacts, ArticleRecord, SpeakerRef } from '../db/articleStore.js';
import { saveArticle } from '../db/articleStore.js';
import type { PrismaClient } from '../db/client.js';
import { type EntityIndex, loadEntityIndex, saveGazetteer } from '../db/gazetteerStore.js';
import { type IngestOutcome, Ingestor } from '../ingest/ingest.js';
import { parseArticle } from '../ingest/parse.js';
import { checkText, contentHash, IngestError } from '../ingest/pipeline.js';
import {
  type Annotation,
  annotationFormat,
  type Gazetteer,
  gazetteerFormat,
  officialsFormat,
  type SpeakerRef as SpeakerSlug,
} from './format.js';
import { curatedGazetteer, gazetteerProblems } from './gazetteerRows.js';
import { type AnnotationProblem, isProblem, locateForms, locateSpan } from './resolveSpans.js';

export const gazetteerFile = 'gazetteer.json';
/** Optional: officeholders with their sources, added to the gazetteer's people. */
export const officialsFile = 'officials.json';
export const annotationSuffix = '.annotations.json';

export interface SeedReport {
  loaded: string[];
  /** Valid articles when only checking (no database). */
  checked: string[];
  unchanged: string[];
  /** Articles without an annotation file, loaded through extraction. */
  extracted: {
    name: string;
    people: number;
    statements: number;
    figures: number;
    warnings: string[];
  }[];
  failed: { file: string; problems: AnnotationProblem[] }[];
}

/** A file that cannot be used, with every problem found in it. */
export class SeedFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: AnnotationProblem[],
  ) {
    super(`${file}:\n${problems.map((p) => `  ${p.field}: expected ${p.expected}`).join('\n')}`);
  }
}

const sha256 = (...parts: string[]) => createHash('sha256').update(parts.join('\0')).digest('hex');

function readJson<T>(file: string, format: z.ZodType<T>): T {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SeedFileError(file, [
      { field: '(file)', expected: `valid JSON (${(error as Error).message})` },
    ]);
  }
  const result = format.safeParse(data);
  if (!result.success) {
    throw new SeedFileError(
      file,
      result.error.issues.map((issue) => ({
        field:
          issue.path
            .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
            .join('')
            .replace(/^\./, '') || '(root)',
        expected: issue.message,
      })),
    );
  }
  return result.data;
}

/** Prisma's messages open with a code frame; the cause is on the last line. */
const lastLine = (error: unknown) =>
  String((error as Error).message ?? error)
    .trim()
    .split('\n')
    .at(-1);

const date = (value: string | undefined) => (value ? new Date(`${value}T00:00:00Z`) : null);

/** Resolves an annotation against the article text and the known entities; pure. */
export function resolveAnnotation(
  text: string,
  annotation: Annotation,
  entities: EntityIndex,
): { record: ArticleRecord; facts: ArticleFacts } | { problems: AnnotationProblem[] } {
  const parsed = parseArticle(text);
  const problems: AnnotationProblem[] = [];
  const known = (
    kind: 'people' | 'organizations' | 'places',
    slug: string,
    field: string,
    noun: string,
  ) => {
    const id = entities[kind].get(slug);
    if (id === undefined)
      problems.push({
        field,
        expected: `a ${noun} slug from seeds/${gazetteerFile}; "${slug}" is unknown`,
      });
    return id ?? -1;
  };
  const speaker = (ref: SpeakerSlug, field: string): SpeakerRef =>
    'person' in ref
      ? { personId: known('people', ref.person, `${field}.person`, 'person') }
      : {
          organizationId: known(
            'organizations',
            ref.organization,
            `${field}.organization`,
            'organization',
          ),
        };
  const country = (code: string, field: string) => {
    const id = entities.countries.get(code);
    if (id === undefined)
      problems.push({
        field,
        expected: `the ISO code of a country in seeds/${gazetteerFile}; "${code}" is unknown`,
      });
    return id ?? -1;
  };
  const position = (span: Annotation['statements'][number]['span'], field: string) => {
    const found = locateSpan(parsed.blocks, span, field);
    if (isProblem(found)) {
      problems.push(found);
      return { blockIndex: -1, start: -1, end: -1, text: span.text };
    }
    return found;
  };

  const facts: ArticleFacts = { mentions: [], statements: [], tradeFigures: [], events: [] };
  annotation.mentions.forEach((mention, index) => {
    const field = `mentions[${index}]`;
    const entity =
      'person' in mention
        ? { personId: known('people', mention.person, `${field}.person`, 'person') }
        : 'organization' in mention
          ? {
              organizationId: known(
                'organizations',
                mention.organization,
                `${field}.organization`,
                'organization',
              ),
            }
          : { placeId: known('places', mention.place, `${field}.place`, 'place') };
    const found = locateForms(parsed.blocks, mention.forms, field);
    if (isProblem(found)) problems.push(found);
    else facts.mentions.push(...found.map((span) => ({ ...span, entity, confidence: 1 })));
  });
  annotation.statements.forEach((statement, index) => {
    const field = `statements[${index}]`;
    facts.statements.push({
      ...position(statement.span, `${field}.span`),
      speaker: speaker(statement.speaker, `${field}.speaker`),
      direct: statement.direct,
      saidOn: date(statement.saidOn),
      confidence: 1,
    });
  });
  annotation.tradeFigures.forEach((figure, index) => {
    const field = `tradeFigures[${index}]`;
    facts.tradeFigures.push({
      ...position(figure.span, `${field}.span`),
      kind: figure.kind,
      amount: figure.amount,
      currency: figure.currency,
      year: figure.year ?? null,
      status: figure.status,
      partnerIds: figure.partners.map((code, i) => country(code, `${field}.partners[${i}]`)),
      source: figure.source ? speaker(figure.source, `${field}.source`) : null,
      confidence: 1,
    });
  });
  annotation.events.forEach((event, index) => {
    const field = `events[${index}]`;
    facts.events.push({
      slug: event.slug,
      kind: event.kind,
      titleEn: event.title.en,
      titleAr: event.title.ar ?? null,
      occurredOn: date(event.date),
      participants: event.participants.map((ref, i) => speaker(ref, `${field}.participants[${i}]`)),
      placeIds: event.places.map((slug, i) =>
        known('places', slug, `${field}.places[${i}]`, 'place'),
      ),
      report: position(event.span, `${field}.span`),
      confidence: 1,
    });
  });
  if (problems.length) return { problems };

  return {
    record: {
      slug: annotation.slug,
      title: parsed.title,
      titleDerived: parsed.titleDerived,
      language: annotation.language,
      publishedAt: date(annotation.publishedAt)!,
      url: annotation.url ?? null,
      publisher: parsed.publisher,
      source: parsed.source,
      photoCredit: parsed.photoCredit,
      contentHash: contentHash(text), // the rule ingestion uses, so the same text is recognised
      blocks: parsed.blocks,
    },
    facts,
  };
}

async function isUnchanged(prisma: PrismaClient, name: string, hash: string): Promise<boolean> {
  const loaded = await prisma.loadedSource.findUnique({ where: { name } });
  return loaded?.hash === hash;
}

/** The gazetteer file with the officials file's people; a broken one stops everything. */
export function readSeedGazetteer(dir: string): { gazetteer: Gazetteer; hash: string } {
  const gazetteerPath = path.join(dir, gazetteerFile);
  const officialsPath = path.join(dir, officialsFile);
  const gazetteerText = readFileSync(gazetteerPath, 'utf8');
  const gazetteer = readJson(gazetteerPath, gazetteerFormat);
  const officialsText = existsSync(officialsPath) ? readFileSync(officialsPath, 'utf8') : '';
  if (officialsText) {
    const officials = readJson(officialsPath, officialsFormat);
    gazetteer.people.push(...officials.people.map(({ sources: _sources, ...person }) => person));
  }
  const brokenReferences = gazetteerProblems(gazetteer);
  if (brokenReferences.length)
    throw new SeedFileError(officialsText ? officialsPath : gazetteerPath, brokenReferences);
  return { gazetteer, hash: sha256(gazetteerText, officialsText) };
}

/**
 * Writes the curated gazetteer (gazetteer.json and officials.json) unless it is unchanged
 * since the last load; with `prisma` null only reads and checks it.
 */
export async function loadSeedGazetteer(
  prisma: PrismaClient | null,
  dir: string,
): Promise<{ gazetteer: Gazetteer; hash: string }> {
  const read = readSeedGazetteer(dir);
  if (prisma && !(await isUnchanged(prisma, gazetteerFile, read.hash))) {
    await prisma.$transaction(
      async (tx) => {
        await saveGazetteer(tx, curatedGazetteer(read.gazetteer));
        await tx.loadedSource.upsert({
          where: { name: gazetteerFile },
          create: { name: gazetteerFile, hash: read.hash },
          update: { hash: read.hash, loadedAt: new Date() },
        });
      },
      { timeout: 120_000 }, // the first load also writes every ISO country
    );
  }
  return read;
}

/**
 * Loads every seed in `dir` into the database, or with `prisma` null only checks them.
 * Never throws for a bad article (see the report); throws SeedFileError for a bad gazetteer.
 */
export async function loadSeeds(prisma: PrismaClient | null, dir: string): Promise<SeedReport> {
  const report: SeedReport = { loaded: [], checked: [], unchanged: [], extracted: [], failed: [] };

  const { gazetteer, hash: gazetteerHash } = await loadSeedGazetteer(prisma, dir);
  const entities = prisma ? await loadEntityIndex(prisma) : indexFromGazetteer(gazetteer);

  const articles = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  const unannotated: string[] = []; // extracted after the curated ones, in batches
  for (const name of articles) {
    const textPath = path.join(dir, name);
    const annotationPath = textPath.replace(/\.txt$/, annotationSuffix);
    try {
      if (!existsSync(annotationPath)) {
        if (prisma) unannotated.push(textPath);
        else checkSeed(textPath, report);
        continue;
      }
      const text = readFileSync(textPath, 'utf8');
      const annotationText = readFileSync(annotationPath, 'utf8');
      const annotation = readJson(annotationPath, annotationFormat);
      const resolved = resolveAnnotation(text, annotation, entities);
      if ('problems' in resolved) throw new SeedFileError(annotationPath, resolved.problems);
      // The gazetteer hash is part of it: new ids after a gazetteer change mean a reload.
      const hash = sha256(text, annotationText, gazetteerHash);
      if (!prisma) {
        report.checked.push(name);
        continue;
      }
      if (await isUnchanged(prisma, name, hash)) {
        report.unchanged.push(name);
        continue;
      }
      await prisma.$transaction(async (tx) => {
        await saveArticle(tx, resolved.record, resolved.facts, 'CURATED');
        await tx.loadedSource.upsert({
          where: { name },
          create: { name, hash },
          update: { hash, loadedAt: new Date() },
        });
      });
      report.loaded.push(name);
    } catch (error) {
      // A database error fails this article only: its transaction rolled back, the others load.
      const failure =
        error instanceof SeedFileError
          ? error
          : new SeedFileError(textPath, [
              {
                field: '(database)',
                expected: `a successful write; it failed: ${lastLine(error)}`,
              },
            ]);
      report.failed.push({
        file: path.relative(process.cwd(), failure.file),
        problems: failure.problems,
      });
    }
  }
  if (prisma && unannotated.length) await extractSeeds(prisma, unannotated, report);
  return report;
}

/** An article without annotations, checked as extraction will take it (no database). */
function checkSeed(textPath: string, report: SeedReport): void {
  try {
    checkText(readFileSync(textPath, 'utf8'));
    report.checked.push(path.basename(textPath));
  } catch (error) {
    if (error instanceof IngestError) report.failed.push(extractionFailure(textPath, error));
    else throw error;
  }
}

function extractionFailure(textPath: string, error: IngestError) {
  return {
    file: path.relative(process.cwd(), textPath),
    problems: [{ field: '(text)', expected: `an article that can be extracted: ${error.message}` }],
  };
}

/**
 * Articles without annotations go through the extraction pipeline, as `npm run ingest`
 * takes them: in batches, one transaction each. A database error fails the articles of
 * the batches not yet committed; those committed stay.
 */
async function extractSeeds(
  prisma: PrismaClient,
  textPaths: string[],
  report: SeedReport,
): Promise<void> {
  let reported = 0;
  const record = (outcomes: IngestOutcome[]) => {
    for (const outcome of outcomes) {
      const textPath = textPaths[reported++]!;
      const name = path.basename(textPath);
      if (outcome.status === 'failed')
        report.failed.push(extractionFailure(textPath, outcome.error));
      else if (outcome.status === 'unchanged') report.unchanged.push(name);
      else
        report.extracted.push({
          name,
          people: outcome.people,
          statements: outcome.statements,
          figures: outcome.figures,
          warnings: outcome.warnings,
        });
    }
  };
  try {
    await new Ingestor(prisma).ingestMany(
      textPaths.map((textPath) => ({
        text: readFileSync(textPath, 'utf8'),
        options: { slug: path.basename(textPath).replace(/\.txt$/, '') },
      })),
      { onCommitted: record },
    );
  } catch (error) {
    for (const textPath of textPaths.slice(reported))
      report.failed.push({
        file: path.relative(process.cwd(), textPath),
        problems: [
          { field: '(database)', expected: `a successful write; it failed: ${lastLine(error)}` },
        ],
      });
  }
}

/** Slug lookups straight from the gazetteer file, for checking annotations without a database. */
function indexFromGazetteer(gazetteer: Gazetteer): EntityIndex {
  const ids = (slugs: string[]) => new Map(slugs.map((slug, index) => [slug, index + 1]));
  return {
    people: ids(gazetteer.people.map((p) => p.slug)),
    organizations: ids(gazetteer.organizations.map((o) => o.slug)),
    places: ids(gazetteer.places.map((p) => p.slug)),
    countries: ids(gazetteer.places.flatMap((p) => (p.iso2 ? [p.iso2] : []))),
  };
}
