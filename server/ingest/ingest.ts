// Ingesting a text: run the pure pipeline, then resolve its new people and governments to
// rows and store the article with its machine facts, all in one transaction. Many texts
// (ingestMany: the CLI, seeding) go in batches, one transaction and a few multi-row
// statements per batch, with the outcome each text would have had alone.
//
// Identity: a text is stored once. The same text again, under any URL or none, is
// UNCHANGED and answers with the stored article (curated seeds included). A changed text
// replaces an article's EXTRACTED facts (curated ones stay) only when it comes with the
// article's URL, normalized; otherwise it is a new article. Unique constraints (content
// hash, URL, slugs) settle concurrent ingests: the loser of a race is run again and then
// finds the winner's rows.
import {
  type ArticleFacts,
  type DeletedArticle,
  deleteArticle,
  type EntityRef,
  type SpeakerRef as StoredSpeaker,
  saveArticle,
  saveNewArticles,
} from '../db/articleStore.js';
import type { PrismaClient, Transaction } from '../db/client.js';
import { organizationKindOf } from './extract/lexicon.js';
import type { DescribedSpeaker, SpeakerRef } from './extract/statements.js';
import {
  addEntity,
  addForms,
  forkGazetteer,
  type Gazetteer,
  type KnownEntity,
} from './gazetteer.js';
import { normalizeArticleUrl, prepareText } from './input.js';
import { formsKnownAgain, loadGazetteer } from './loadGazetteer.js';
import { normalizeForMatching } from './normalize.js';
import {
  checkText,
  contentHash,
  type ExtractedArticle,
  type ExtractedMention,
  extractArticle,
  IngestError,
  type IngestOptions,
} from './pipeline.js';
import { latinSlug, slugWithHash } from './slug.js';

export interface IngestResult {
  articleId: number;
  slug: string;
  status: 'created' | 'updated' | 'unchanged';
  people: number;
  statements: number;
  figures: number;
  warnings: string[];
}

/** A text ingestMany could not take, with the reason (the others are stored). */
export interface IngestFailure {
  status: 'failed';
  error: IngestError;
}

export type IngestOutcome = IngestResult | IngestFailure;

export interface IngestItem {
  text: string;
  options?: IngestOptions;
}

export interface IngestManyOptions {
  /** Most articles in one transaction (default 100). */
  batchSize?: number;
  /** Called after each batch commits, with its outcomes: they are durable from then on. */
  onCommitted?: (outcomes: IngestOutcome[]) => void | Promise<void>;
}

export const defaultBatchSize = 100;
/**
 * Texts are extracted inside their batch's transaction (a later text must know the
 * people an earlier one introduced): this bound on a batch's characters keeps that
 * transaction short, about a second on a 2-core machine.
 */
const maxBatchCharacters = 1_000_000;

/** A text of a batch, checked before the batch's transaction begins. */
type PreparedItem =
  | { error: IngestError }
  | { text: string; warnings: string[]; options: IngestOptions; hash: string; url: string | null };

/** How often an ingest that lost a race to a concurrent one is run again. */
const maxAttempts = 6;
/** A transaction waits this long for the database (SQLite: for the other writers). */
const transactionOptions = { maxWait: 30_000, timeout: 30_000 };

/**
 * True for the errors a concurrent writer causes, after which running the ingest again
 * succeeds: a unique constraint another transaction won (content hash, URL, slug), a
 * serialization failure or deadlock (PostgreSQL), a busy database (SQLite), and a foreign
 * key to a row another process deleted (the cached gazetteer is then reread).
 */
export function isWriteConflict(error: unknown): boolean {
  const seen = new Set<unknown>();
  const codes: string[] = [];
  const visit = (value: unknown, depth: number) => {
    if (!value || typeof value !== 'object' || seen.has(value) || depth > 6) return;
    seen.add(value);
    for (const key of ['code', 'kind', 'originalCode'] as const) {
      const found = (value as Record<string, unknown>)[key];
      if (typeof found === 'string') codes.push(found);
    }
    for (const key of ['meta', 'cause', 'driverAdapterError'])
      visit((value as Record<string, unknown>)[key], depth + 1);
  };
  visit(error, 0);
  const message = error instanceof Error ? error.message : '';
  return (
    codes.some((code) =>
      [
        'P2002', // unique constraint
        'P2003', // foreign key
        'P2034', // write conflict or deadlock
        'UniqueConstraintViolation',
        'ForeignKeyConstraintViolation',
        'TransactionWriteConflict',
        '23505',
        '23503',
        '40001',
        '40P01',
        'SQLITE_BUSY',
        'SQLITE_BUSY_SNAPSHOT',
      ].includes(code),
    ) || /SQLITE_BUSY|database is locked/.test(message)
  );
}

/** Checks a text of a batch before its transaction: a bad one fails alone. */
function prepareItem({ text: raw, options = {} }: IngestItem): PreparedItem {
  try {
    const { text, warnings } = prepareText(raw);
    checkText(text);
    const url = options.url ? normalizeArticleUrl(options.url) : null;
    return { text, warnings, options, hash: contentHash(text), url };
  } catch (error) {
    if (error instanceof IngestError) return { error };
    throw error;
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function uniqueSlug(
  tx: Transaction,
  base: string,
  table: 'person' | 'organization',
): Promise<string> {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    const taken =
      table === 'person'
        ? await tx.person.findUnique({ where: { slug }, select: { id: true } })
        : await tx.organization.findUnique({ where: { slug }, select: { id: true } });
    if (!taken) return slug;
  }
}

/** The slugs a new article tries, in order, before numbered ones. */
const slugCandidates = (base: string, identity: string) => [
  base,
  slugWithHash(base, identity, 6),
  slugWithHash(base, identity, 12),
];

/**
 * The base if free, else the base with a hash of what identifies the article. `alsoTaken`:
 * slugs given to articles of the same batch that are not stored yet.
 */
async function freeArticleSlug(
  tx: Transaction,
  base: string,
  identity: string,
  alsoTaken: ReadonlySet<string> = new Set(),
): Promise<string> {
  const candidates = slugCandidates(base, identity);
  for (let n = 2; ; n++) {
    const slug = candidates.shift() ?? `${slugWithHash(base, identity, 12)}-${n}`;
    if (alsoTaken.has(slug)) continue;
    const taken = await tx.article.findUnique({ where: { slug }, select: { id: true } });
    if (!taken) return slug;
  }
}

/** An organization just stored, as the gazetteer knows it. */
const organizationEntity = (
  row: { id: number; slug: string },
  nameAr: string,
  countryIso2: string | null,
  organizationKind: string,
): KnownEntity => ({
  kind: 'organization',
  id: row.id,
  slug: row.slug,
  nameAr,
  iso2: null,
  roles: [],
  countryIso2,
  organizationKind,
});

/** Adds the entities not known yet (a namesake found in the database may be), and new forms. */
function learn(gazetteer: Gazetteer, created: { entity: KnownEntity; forms: string[] }[]): void {
  for (const { entity, forms } of created) {
    const known = gazetteer.entities.find((e) => e.kind === entity.kind && e.id === entity.id);
    if (known) addForms(gazetteer, known, forms);
    else addEntity(gazetteer, entity, forms);
  }
}

/** What an ingest answers about the facts it found. */
function countsOf(extracted: ExtractedArticle) {
  return {
    people: new Set(
      extracted.mentions.filter((m) => m.entity.kind === 'person').map((m) => m.entity),
    ).size,
    statements: extracted.statements.length,
    figures: extracted.figures.length,
  };
}

/** The article's own columns from what extraction found. */
function articleRecord(extracted: ExtractedArticle, slug: string) {
  const {
    newPeople: _people,
    mentions: _mentions,
    statements: _statements,
    figures: _figures,
    events: _events,
    warnings: _warnings,
    ...record
  } = extracted;
  return { ...record, slug };
}

/** Batches in order: at most `size` texts and maxBatchCharacters characters each. */
function batchesOf(items: IngestItem[], size: number): IngestItem[][] {
  const batches: IngestItem[][] = [];
  let current: IngestItem[] = [];
  let characters = 0;
  for (const item of items) {
    if (
      current.length >= size ||
      (current.length && characters + item.text.length > maxBatchCharacters)
    ) {
      batches.push(current);
      current = [];
      characters = 0;
    }
    current.push(item);
    characters += item.text.length;
  }
  if (current.length) batches.push(current);
  return batches;
}

export class Ingestor {
  private gazetteer: Gazetteer | undefined;

  constructor(private readonly prisma: PrismaClient) {}

  /** Forget what is known, e.g. after the gazetteer was reloaded from seeds. */
  reset(): void {
    this.gazetteer = undefined;
  }

  async ingest(raw: string, options: IngestOptions = {}): Promise<IngestResult> {
    const { text, warnings } = prepareText(raw);
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await this.ingestOnce(text, options);
        return { ...result, warnings: [...warnings, ...result.warnings] };
      } catch (error) {
        if (error instanceof IngestError || attempt >= maxAttempts || !isWriteConflict(error))
          throw error;
        // Another ingest won a race, or deleted an entity the cache still knew: read again.
        this.reset();
        await pause(Math.random() * 20 * attempt);
      }
    }
  }

  /**
   * Ingests many texts, a batch per transaction (batchSize texts, fewer when they are
   * long), each with the outcome `ingest` would give it had the texts come one by one in
   * this order. A text that cannot be extracted fails alone ({ status: 'failed' }); a
   * database error fails the call, after the batches before it committed. A batch that
   * loses a race to a concurrent writer is run again in halves.
   */
  async ingestMany(items: IngestItem[], options: IngestManyOptions = {}): Promise<IngestOutcome[]> {
    const size = options.batchSize ?? defaultBatchSize;
    if (!Number.isInteger(size) || size < 1)
      throw new Error('ingestMany: batchSize must be a whole number from 1');
    const outcomes: IngestOutcome[] = [];
    for (const batch of batchesOf(items, size)) {
      const done = await this.ingestBatch(batch.map(prepareItem));
      outcomes.push(...done);
      await options.onCommitted?.(done);
    }
    return outcomes;
  }

  private async ingestBatch(items: PreparedItem[]): Promise<IngestOutcome[]> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.writeBatch(items);
      } catch (error) {
        if (attempt >= maxAttempts || !isWriteConflict(error)) throw error;
        this.reset();
        await pause(Math.random() * 20 * attempt);
        if (items.length > 1) {
          // Smaller transactions are less likely to meet the other writer again.
          const half = Math.ceil(items.length / 2);
          const first = await this.ingestBatch(items.slice(0, half));
          return [...first, ...(await this.ingestBatch(items.slice(half)))];
        }
      }
    }
  }

  /** One transaction for the batch; the outcomes once it has committed. */
  private async writeBatch(items: PreparedItem[]): Promise<IngestOutcome[]> {
    this.gazetteer ??= await loadGazetteer(this.prisma);
    const base = this.gazetteer;
    const created: { entity: KnownEntity; forms: string[] }[] = [];
    const outcomes = await this.prisma.$transaction(async (tx) => {
      const gazetteer = forkGazetteer(base);
      const results: IngestOutcome[] = new Array(items.length);
      const valid = items.flatMap((item, index) => ('error' in item ? [] : [{ item, index }]));
      for (const [index, item] of items.entries())
        if ('error' in item) results[index] = { status: 'failed', error: item.error };
      // Which texts and URLs are stored already: two queries for the whole batch.
      type Stored = { id: number; slug: string; contentHash: string };
      const byHash = new Map<string, Stored | { sameAs: number }>();
      const byUrl = new Map<string, Stored & { provenance: string }>();
      const hashes = [...new Set(valid.map(({ item }) => item.hash))];
      for (const article of await tx.article.findMany({
        where: { contentHash: { in: hashes } },
        select: { id: true, slug: true, contentHash: true },
      }))
        byHash.set(article.contentHash, article);
      const urls = [...new Set(valid.flatMap(({ item }) => (item.url ? [item.url] : [])))];
      if (urls.length)
        for (const article of await tx.article.findMany({
          where: { url: { in: urls } },
          select: { id: true, slug: true, contentHash: true, url: true, provenance: true },
        }))
          byUrl.set(article.url!, article);

      // New articles wait here and are written together; earlier when a later text needs
      // to see them (one that replaces an article of the batch by its URL).
      let pending: { index: number; extracted: ExtractedArticle; facts: ArticleFacts }[] = [];
      const pendingUrls = new Set<string>();
      const flush = async () => {
        if (!pending.length) return;
        const identities = pending.map(({ extracted }) => extracted.url ?? extracted.contentHash);
        const candidates = pending.map(({ extracted }, i) =>
          slugCandidates(extracted.slug, identities[i]!),
        );
        const taken = new Set(
          (
            await tx.article.findMany({
              where: { slug: { in: [...new Set(candidates.flat())] } },
              select: { slug: true },
            })
          ).map((a) => a.slug),
        );
        const slugs: string[] = [];
        for (const [i, { extracted }] of pending.entries()) {
          const slug =
            candidates[i]!.find((c) => !taken.has(c)) ??
            (await freeArticleSlug(tx, extracted.slug, identities[i]!, taken));
          taken.add(slug);
          slugs.push(slug);
        }
        const ids = await saveNewArticles(
          tx,
          pending.map(({ extracted, facts }, i) => ({
            record: articleRecord(extracted, slugs[i]!),
            facts,
          })),
          'EXTRACTED',
        );
        for (const [i, { index, extracted }] of pending.entries()) {
          const stored = { id: ids[i]!, slug: slugs[i]!, contentHash: extracted.contentHash };
          if (extracted.url) byUrl.set(extracted.url, { ...stored, provenance: 'EXTRACTED' });
          const item = items[index] as Exclude<PreparedItem, { error: IngestError }>;
          results[index] = {
            articleId: stored.id,
            slug: stored.slug,
            status: 'created',
            ...countsOf(extracted),
            warnings: [...item.warnings, ...extracted.warnings],
          };
        }
        pending = [];
        pendingUrls.clear();
      };

      const sameAs: { index: number; of: number }[] = [];
      for (const { item, index } of valid) {
        const same = byHash.get(item.hash);
        if (same && 'sameAs' in same) {
          sameAs.push({ index, of: same.sameAs });
          continue;
        }
        if (same) {
          results[index] = await this.unchanged(same, item.warnings, tx);
          continue;
        }
        let extracted: ExtractedArticle;
        try {
          extracted = extractArticle(item.text, gazetteer, item.options);
        } catch (error) {
          if (!(error instanceof IngestError)) throw error;
          results[index] = { status: 'failed', error };
          continue;
        }
        const url = extracted.url;
        if (url && pendingUrls.has(url)) await flush();
        const previous = url ? byUrl.get(url) : undefined;
        if (previous?.provenance === 'CURATED') {
          results[index] = {
            status: 'failed',
            error: new IngestError(
              `article "${previous.slug}" is curated: change its text and annotation in seeds/ ` +
                'instead',
            ),
          };
          continue;
        }
        const before = created.length;
        const facts = await this.resolve(tx, extracted, gazetteer, created);
        // Later texts of the batch know the people this one introduced, as they would alone.
        learn(gazetteer, created.slice(before));
        byHash.set(item.hash, { sameAs: index });
        if (!previous) {
          pending.push({ index, extracted, facts });
          if (url) pendingUrls.add(url);
          continue;
        }
        // A changed text for a stored URL: that article's facts are replaced, its slug kept.
        await flush();
        await saveArticle(tx, articleRecord(extracted, previous.slug), facts, 'EXTRACTED');
        byHash.delete(previous.contentHash);
        byUrl.set(url!, { ...previous, contentHash: extracted.contentHash });
        results[index] = {
          articleId: previous.id,
          slug: previous.slug,
          status: 'updated',
          ...countsOf(extracted),
          warnings: [...item.warnings, ...extracted.warnings],
        };
      }
      await flush();
      // The same text twice in one batch: the second is UNCHANGED, as it would be alone.
      for (const { index, of } of sameAs) {
        const first = results[of] as IngestResult;
        const item = items[index] as Exclude<PreparedItem, { error: IngestError }>;
        results[index] = await this.unchanged(
          { id: first.articleId, slug: first.slug },
          item.warnings,
          tx,
        );
      }
      return results;
    }, transactionOptions);
    // Committed: from now on every text may find these people and governments.
    if (this.gazetteer === base) learn(base, created);
    return outcomes;
  }

  /** Deletes an article and the machine-made entities only it referred to; null if none. */
  async deleteArticle(articleId: number): Promise<DeletedArticle | null> {
    for (let attempt = 1; ; attempt++) {
      try {
        const deleted = await this.prisma.$transaction(
          async (tx) => {
            const article = await tx.article.findUnique({
              where: { id: articleId },
              select: { slug: true, provenance: true },
            });
            if (article?.provenance === 'CURATED')
              throw new IngestError(
                `article "${article.slug}" is curated: ` +
                  'remove it from seeds/ and its annotation instead',
              );
            return deleteArticle(tx, articleId);
          },
          // Serializable: an ingest that starts mentioning one of its people meanwhile wins.
          { ...transactionOptions, isolationLevel: 'Serializable' },
        );
        this.reset(); // its people may be gone: the cached gazetteer must not name them
        return deleted;
      } catch (error) {
        if (error instanceof IngestError || attempt >= maxAttempts || !isWriteConflict(error))
          throw error;
        await pause(Math.random() * 20 * attempt);
      }
    }
  }

  private async unchanged(
    article: { id: number; slug: string },
    warnings: string[],
    db: PrismaClient | Transaction = this.prisma,
  ): Promise<IngestResult> {
    const where = { articleId: article.id };
    const people = await db.mention.findMany({
      where: { ...where, personId: { not: null } },
      distinct: ['personId'],
      select: { personId: true },
    });
    return {
      articleId: article.id,
      slug: article.slug,
      status: 'unchanged',
      people: people.length,
      statements: await db.statement.count({ where }),
      figures: await db.tradeFigure.count({ where }),
      warnings,
    };
  }

  private async ingestOnce(text: string, options: IngestOptions): Promise<IngestResult> {
    checkText(text);
    const hash = contentHash(text);
    const select = { id: true, slug: true } as const;
    const stored = await this.prisma.article.findUnique({ where: { contentHash: hash }, select });
    if (stored) return this.unchanged(stored, []);

    this.gazetteer ??= await loadGazetteer(this.prisma);
    const gazetteer = this.gazetteer;
    const extracted = extractArticle(text, gazetteer, options);
    const counts = { ...countsOf(extracted), warnings: extracted.warnings };
    const created: { entity: KnownEntity; forms: string[] }[] = [];
    const outcome = await this.prisma.$transaction(async (tx) => {
      // Looked up again inside the transaction: a concurrent ingest may have stored it.
      const same = await tx.article.findUnique({ where: { contentHash: hash }, select });
      if (same) return { status: 'unchanged' as const, ...same };
      const byUrl = extracted.url
        ? await tx.article.findUnique({
            where: { url: extracted.url },
            select: { ...select, provenance: true },
          })
        : null;
      if (byUrl?.provenance === 'CURATED') {
        throw new IngestError(
          `article "${byUrl.slug}" is curated: change its text and annotation in seeds/ instead`,
        );
      }
      const slug =
        byUrl?.slug ?? (await freeArticleSlug(tx, extracted.slug, extracted.url ?? hash));
      const facts = await this.resolve(tx, extracted, gazetteer, created);
      const id = await saveArticle(tx, articleRecord(extracted, slug), facts, 'EXTRACTED', {
        isNew: !byUrl,
      });
      return { status: byUrl ? ('updated' as const) : ('created' as const), id, slug };
    }, transactionOptions);
    if (outcome.status === 'unchanged') return this.unchanged(outcome, []);
    // Only now that they are stored may later texts find these people and governments.
    learn(gazetteer, created);
    return { articleId: outcome.id, slug: outcome.slug, status: outcome.status, ...counts };
  }

  /** Rows for the article's new people and governments; the facts with row ids. */
  private async resolve(
    tx: Transaction,
    extracted: ExtractedArticle,
    gazetteer: Gazetteer,
    created: { entity: KnownEntity; forms: string[] }[],
  ): Promise<ArticleFacts> {
    const countryIds = new Map(
      gazetteer.entities
        .filter((e) => e.kind === 'place' && e.placeKind === 'COUNTRY' && e.iso2)
        .map((e) => [e.iso2!, e.id]),
    );
    // New people are stored as found, with the role that introduced them.
    const personIds = new Map<KnownEntity, number>();
    const used = new Set(extracted.mentions.map((m) => m.entity));
    for (const person of extracted.newPeople.filter((p) => used.has(p.entity))) {
      // Stored meanwhile by another ingest (or process) that found the same new person.
      const namesake = await tx.alias.findFirst({
        where: { normalized: normalizeForMatching(person.name), personId: { not: null } },
        select: { person: { select: { id: true, slug: true } } },
        orderBy: { id: 'asc' },
      });
      if (namesake?.person) {
        personIds.set(person.entity, namesake.person.id);
        created.push({
          entity: { ...person.entity, id: namesake.person.id, slug: namesake.person.slug },
          forms: formsKnownAgain(person.forms),
        });
        continue;
      }
      const row = await tx.person.create({
        data: {
          slug: await uniqueSlug(tx, latinSlug(person.name), 'person'),
          nameAr: person.name,
          provenance: 'EXTRACTED',
          confidence: 0.7,
          aliases: {
            create: person.forms.map((text) => ({
              text,
              normalized: normalizeForMatching(text),
              language: 'AR' as const,
              provenance: 'EXTRACTED' as const,
            })),
          },
          roles: {
            create: {
              titleAr: person.role.titleAr,
              countryId: person.role.countryIso2
                ? (countryIds.get(person.role.countryIso2) ?? null)
                : null,
              provenance: 'EXTRACTED',
              confidence: 0.7,
            },
          },
        },
      });
      personIds.set(person.entity, row.id);
      created.push({
        entity: { ...person.entity, id: row.id, slug: row.slug },
        forms: formsKnownAgain(person.forms),
      });
    }
    await this.newSpellings(tx, extracted.mentions, created);
    const governments = new Map<string, number>();
    // One row per description: "مسؤول روسي" twice in an article is one source.
    const described = new Map<string, StoredSpeaker>();
    const speakerOf = async (speaker: SpeakerRef): Promise<StoredSpeaker | null> => {
      if ('entity' in speaker) {
        const id = speaker.entity.id || personIds.get(speaker.entity);
        if (!id) return null;
        return speaker.entity.kind === 'organization' ? { organizationId: id } : { personId: id };
      }
      if ('described' in speaker) {
        const { kind, description } = speaker.described;
        const key = `${kind} ${normalizeForMatching(description)}`;
        if (!described.has(key))
          described.set(
            key,
            kind === 'person'
              ? {
                  personId: await this.unnamedPerson(
                    tx,
                    speaker.described,
                    extracted.slug,
                    countryIds,
                  ),
                }
              : {
                  organizationId: await this.describedOrganization(
                    tx,
                    speaker.described,
                    countryIds,
                    created,
                  ),
                },
          );
        return described.get(key)!;
      }
      const iso2 = speaker.governmentOf;
      if (!governments.has(iso2)) governments.set(iso2, await this.government(tx, iso2, created));
      return { organizationId: governments.get(iso2)! };
    };
    const entityRef = (entity: KnownEntity): EntityRef | null => {
      const id = entity.id || personIds.get(entity);
      if (!id) return null;
      return entity.kind === 'person'
        ? { personId: id }
        : entity.kind === 'organization'
          ? { organizationId: id }
          : { placeId: id };
    };

    const facts: ArticleFacts = { mentions: [], statements: [], tradeFigures: [], events: [] };
    for (const mention of extracted.mentions) {
      const entity = entityRef(mention.entity);
      if (entity) facts.mentions.push({ ...mention, entity });
    }
    for (const statement of extracted.statements) {
      const speaker = await speakerOf(statement.speaker);
      if (speaker) facts.statements.push({ ...statement, speaker });
    }
    for (const figure of extracted.figures) {
      facts.tradeFigures.push({
        ...figure,
        partnerIds: figure.partners.flatMap((iso2) => countryIds.get(iso2) ?? []),
        source: figure.source ? await speakerOf(figure.source) : null,
      });
    }
    for (const event of extracted.events) {
      const participants = event.participants.flatMap((p) => {
        const id = p.id || personIds.get(p);
        return id ? [{ personId: id }] : [];
      });
      const day = event.occurredOn.toISOString().slice(0, 10);
      // One slug per kind, day and participants: the same event in two articles is one event.
      const who =
        participants
          .map((p) => p.personId)
          .sort((a, b) => a - b)
          .join('-') || 'none';
      const kindName = event.kind.replace('_', ' ');
      facts.events.push({
        slug: `${event.kind.toLowerCase().replace('_', '-')}-${day}-${who}`,
        kind: event.kind,
        titleEn: `${kindName.charAt(0)}${kindName.slice(1).toLowerCase()}, ${day}`,
        titleAr: event.text.length > 120 ? `${event.text.slice(0, 117)}…` : event.text,
        occurredOn: event.occurredOn,
        participants,
        placeIds: event.places.map((p) => p.id).filter((id) => id > 0),
        report: {
          blockIndex: event.blockIndex,
          start: event.start,
          end: event.end,
          text: event.text,
        },
        confidence: event.confidence,
      });
    }
    return facts;
  }

  /**
   * A person the article gives only by role ("مسؤول روسي"): a person of its own, unnamed,
   * with the description as name and role. Never learned by the gazetteer (it names no one).
   */
  private async unnamedPerson(
    tx: Transaction,
    speaker: DescribedSpeaker,
    articleSlug: string,
    countryIds: ReadonlyMap<string, number>,
  ): Promise<number> {
    // The article's slug in it: "مسؤول روسي" of a thousand articles costs no search for a
    // free number.
    const base = `unnamed-${latinSlug(speaker.description)}-in-${articleSlug}`;
    const row = await tx.person.create({
      data: {
        slug: await uniqueSlug(tx, base, 'person'),
        nameAr: speaker.description,
        named: false,
        provenance: 'EXTRACTED',
        confidence: 0.5,
        roles: {
          create: {
            titleAr: speaker.description,
            countryId: speaker.countryIso2 ? (countryIds.get(speaker.countryIso2) ?? null) : null,
            provenance: 'EXTRACTED',
            confidence: 0.5,
          },
        },
      },
      select: { id: true },
    });
    return row.id;
  }

  /**
   * An organization the gazetteer lacks, found speaking ("أعلنت وزارة الخزانة الأمريكية"):
   * the one stored under that name, else a new one, learned for the texts that follow.
   */
  private async describedOrganization(
    tx: Transaction,
    speaker: DescribedSpeaker,
    countryIds: ReadonlyMap<string, number>,
    created: { entity: KnownEntity; forms: string[] }[],
  ): Promise<number> {
    const nameAr = speaker.description;
    const normalized = normalizeForMatching(nameAr);
    const namesake = await tx.alias.findFirst({
      where: { normalized, organizationId: { not: null } },
      select: { organizationId: true },
      orderBy: { id: 'asc' },
    });
    if (namesake?.organizationId) return namesake.organizationId;
    const kind = organizationKindOf(speaker.head);
    const row = await tx.organization.create({
      data: {
        slug: await uniqueSlug(tx, latinSlug(nameAr), 'organization'),
        kind,
        nameAr,
        countryId: speaker.countryIso2 ? (countryIds.get(speaker.countryIso2) ?? null) : null,
        provenance: 'EXTRACTED',
        confidence: 0.6,
        aliases: {
          create: { text: nameAr, normalized, language: 'AR', provenance: 'EXTRACTED' },
        },
      },
      select: { id: true, slug: true },
    });
    created.push({
      entity: organizationEntity(row, nameAr, speaker.countryIso2, kind),
      forms: [nameAr],
    });
    return row.id;
  }

  /**
   * A known person's name in a spelling none of its forms has ("ديميترييف" for دميترييف),
   * matched by its skeleton: kept as an alias, so that search finds it and later articles
   * match it as written.
   */
  private async newSpellings(
    tx: Transaction,
    mentions: readonly ExtractedMention[],
    created: { entity: KnownEntity; forms: string[] }[],
  ): Promise<void> {
    const seen = new Set<string>();
    for (const { entity, text, newSpelling } of mentions) {
      const normalized = normalizeForMatching(text);
      if (!newSpelling || entity.kind !== 'person' || !entity.id || seen.has(normalized)) continue;
      seen.add(normalized);
      const known = await tx.alias.findFirst({
        where: { normalized, personId: entity.id },
        select: { id: true },
      });
      if (!known)
        await tx.alias.create({
          data: { text, normalized, language: 'AR', personId: entity.id, provenance: 'EXTRACTED' },
        });
      created.push({ entity, forms: [text] });
    }
  }

  /** The government of a country as an organization ("ذكرت باكو"), created on first need. */
  private async government(
    tx: Transaction,
    iso2: string,
    created: { entity: KnownEntity; forms: string[] }[],
  ): Promise<number> {
    const country = await tx.place.findUniqueOrThrow({ where: { iso2 } });
    const existing = await tx.organization.findFirst({
      where: { kind: 'GOVERNMENT', countryId: country.id },
      select: { id: true },
    });
    if (existing) return existing.id;
    const nameAr = `حكومة ${country.nameAr}`;
    const row = await tx.organization.create({
      data: {
        slug: await uniqueSlug(tx, `government-${iso2.toLowerCase()}`, 'organization'),
        kind: 'GOVERNMENT',
        nameAr,
        nameEn: country.nameEn ? `Government of ${country.nameEn}` : null,
        countryId: country.id,
        provenance: 'EXTRACTED',
        confidence: 0.8,
        aliases: {
          create: {
            text: nameAr,
            normalized: normalizeForMatching(nameAr),
            language: 'AR',
            provenance: 'EXTRACTED',
          },
        },
      },
    });
    const entity = organizationEntity(row, nameAr, iso2, 'GOVERNMENT');
    created.push({ entity, forms: [nameAr] });
    return row.id;
  }
}
