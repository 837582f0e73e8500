// The hot lists of an article page in one SQL statement each, for every article a request
// reads at once: the people, organizations and places the articles mention (one statement
// for all three, through the Mention rows), their statements with the speakers' names, and
// speakers by id. Prisma would load each relation and each speaker table separately (seven
// statements for the articles page instead of four).
//
// The entities come back with the columns of their Pothos base selection only (id and
// names, plus Organization.kind and Place.iso2, which their union types tell them apart by);
// any other field a request asks of them is loaded by Pothos' own fallback, batched per
// type and tick.
import type { Context } from '../builder.js';
import { Prisma } from '../generated/sqlite/client.js';
import type { OrganizationKind, Provenance } from '../generated/sqlite/enums.js';

/** Collects the keys asked for while a request's resolvers run, and loads them at once. */
class Batcher<Key, Value> {
  private pending = new Map<
    Key,
    { resolve: (value: Value) => void; reject: (e: unknown) => void }[]
  >();

  constructor(private readonly loadAll: (keys: Key[]) => Promise<Map<Key, Value>>) {}

  load(key: Key): Promise<Value> {
    return new Promise((resolve, reject) => {
      // After the microtasks of this turn: every sibling resolver has asked by then.
      if (this.pending.size === 0) process.nextTick(() => this.dispatch());
      const waiting = this.pending.get(key);
      if (waiting) waiting.push({ resolve, reject });
      else this.pending.set(key, [{ resolve, reject }]);
    });
  }

  private dispatch(): void {
    const pending = this.pending;
    this.pending = new Map();
    this.loadAll([...pending.keys()]).then(
      (values) => {
        for (const [key, waiting] of pending)
          for (const { resolve } of waiting) resolve(values.get(key) as Value);
      },
      (error: unknown) => {
        for (const waiting of pending.values()) for (const { reject } of waiting) reject(error);
      },
    );
  }
}

/** One batcher per kind of load and request; the context lives exactly as long as it. */
const batchersOfRequest = new WeakMap<Context, Map<string, Batcher<unknown, unknown>>>();

function batcher<Key, Value>(
  ctx: Context,
  name: string,
  loadAll: (keys: Key[]) => Promise<Map<Key, Value>>,
): Batcher<Key, Value> {
  let batchers = batchersOfRequest.get(ctx);
  if (!batchers) {
    batchers = new Map();
    batchersOfRequest.set(ctx, batchers);
  }
  let found = batchers.get(name) as Batcher<Key, Value> | undefined;
  if (!found) {
    found = new Batcher(loadAll);
    batchers.set(name, found as Batcher<unknown, unknown>);
  }
  return found;
}

/** Keeps the bind parameters of one statement well below SQLite's and PostgreSQL's limits. */
const idsPerStatement = 1000;

async function inChunks<Row>(
  ids: number[],
  query: (ids: Prisma.Sql) => Promise<Row[]>,
): Promise<Row[]> {
  if (ids.length <= idsPerStatement) return query(Prisma.join(ids));
  const rows: Row[] = [];
  for (let start = 0; start < ids.length; start += idsPerStatement)
    rows.push(...(await query(Prisma.join(ids.slice(start, start + idsPerStatement)))));
  return rows;
}

export interface PersonRow {
  id: number;
  nameAr: string;
  nameEn: string | null;
  nameRu: string | null;
}
export interface OrganizationRow extends PersonRow {
  kind: OrganizationKind;
}
export interface PlaceRow extends PersonRow {
  iso2: string | null;
}

export interface MentionedEntities {
  people: PersonRow[];
  organizations: OrganizationRow[];
  places: PlaceRow[];
}

// Raw rows carry numbers as number or bigint (COUNT, some drivers), flags as 0/1 on SQLite,
// and days as Date or text depending on the driver: one shape for the resolvers.
const int = (value: unknown): number => Number(value);
const intOrNull = (value: unknown): number | null => (value == null ? null : Number(value));
const textOrNull = (value: unknown): string | null => (value == null ? null : String(value));
const flag = (value: unknown): boolean => value === true || value === 1 || value === 1n;
const dayOrNull = (value: unknown): Date | null =>
  value == null ? null : value instanceof Date ? value : new Date(String(value));

function names(row: Record<string, unknown>, prefix: string, id: number): PersonRow {
  return {
    id,
    nameAr: String(row[`${prefix}NameAr`]),
    nameEn: textOrNull(row[`${prefix}NameEn`]),
    nameRu: textOrNull(row[`${prefix}NameRu`]),
  };
}

/** Appends `entity` unless an entity of that id is in the list already (first mention wins). */
function addOnce<Entity extends { id: number }>(list: Entity[], seen: Set<number>, e: Entity) {
  if (seen.has(e.id)) return;
  seen.add(e.id);
  list.push(e);
}

/** The people, organizations and places an article mentions, each once, in reading order. */
export function mentionedEntities(ctx: Context, articleId: number): Promise<MentionedEntities> {
  return batcher<number, MentionedEntities>(ctx, 'Article.mentioned', async (articleIds) => {
    const rows = await inChunks(articleIds, (ids) =>
      ctx.prisma.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
        SELECT m."articleId", m."personId", m."organizationId", m."placeId",
          p."nameAr" AS "personNameAr", p."nameEn" AS "personNameEn",
          p."nameRu" AS "personNameRu",
          o."nameAr" AS "organizationNameAr", o."nameEn" AS "organizationNameEn",
          o."nameRu" AS "organizationNameRu", CAST(o."kind" AS TEXT) AS "organizationKind",
          pl."nameAr" AS "placeNameAr", pl."nameEn" AS "placeNameEn",
          pl."nameRu" AS "placeNameRu", pl."iso2" AS "placeIso2"
        FROM "Mention" m
        LEFT JOIN "Person" p ON p."id" = m."personId"
        LEFT JOIN "Organization" o ON o."id" = m."organizationId"
        LEFT JOIN "Place" pl ON pl."id" = m."placeId"
        WHERE m."articleId" IN (${ids})
        ORDER BY m."articleId", m."blockIndex", m."start", m."id"`),
    );
    const byArticle = new Map<number, MentionedEntities>();
    const seen = new Map<number, { people: Set<number>; orgs: Set<number>; places: Set<number> }>();
    for (const id of articleIds) {
      byArticle.set(id, { people: [], organizations: [], places: [] });
      seen.set(id, { people: new Set(), orgs: new Set(), places: new Set() });
    }
    for (const row of rows) {
      const articleId = int(row.articleId);
      const entities = byArticle.get(articleId)!;
      const seenOf = seen.get(articleId)!;
      if (row.personId != null)
        addOnce(entities.people, seenOf.people, names(row, 'person', int(row.personId)));
      else if (row.organizationId != null)
        addOnce(entities.organizations, seenOf.orgs, {
          ...names(row, 'organization', int(row.organizationId)),
          kind: row.organizationKind as OrganizationKind,
        });
      else if (row.placeId != null)
        addOnce(entities.places, seenOf.places, {
          ...names(row, 'place', int(row.placeId)),
          iso2: textOrNull(row.placeIso2),
        });
    }
    return byArticle;
  }).load(articleId);
}

/** Every column of a Statement row (Statement's Pothos base selection). */
export interface StatementRow {
  id: number;
  articleId: number;
  blockIndex: number;
  start: number;
  end: number;
  text: string;
  direct: boolean;
  saidOn: Date | null;
  speakerPersonId: number | null;
  speakerOrganizationId: number | null;
  provenance: Provenance;
  confidence: number;
}

export type SpeakerRow = PersonRow | OrganizationRow;

/** An article's statements in reading order, each with its speaker's names. */
export function statementsOfArticle(ctx: Context, articleId: number): Promise<StatementRow[]> {
  return batcher<number, StatementRow[]>(ctx, 'Article.statements', async (articleIds) => {
    const rows = await inChunks(articleIds, (ids) =>
      ctx.prisma.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
        SELECT s."id", s."articleId", s."blockIndex", s."start", s."end", s."text",
          s."direct", s."saidOn", s."speakerPersonId", s."speakerOrganizationId",
          CAST(s."provenance" AS TEXT) AS "provenance", s."confidence",
          p."nameAr" AS "personNameAr", p."nameEn" AS "personNameEn",
          p."nameRu" AS "personNameRu",
          o."nameAr" AS "organizationNameAr", o."nameEn" AS "organizationNameEn",
          o."nameRu" AS "organizationNameRu", CAST(o."kind" AS TEXT) AS "organizationKind"
        FROM "Statement" s
        LEFT JOIN "Person" p ON p."id" = s."speakerPersonId"
        LEFT JOIN "Organization" o ON o."id" = s."speakerOrganizationId"
        WHERE s."articleId" IN (${ids})
        ORDER BY s."articleId", s."blockIndex", s."start", s."id"`),
    );
    const byArticle = new Map<number, StatementRow[]>(articleIds.map((id) => [id, []]));
    // The speakers come with their statements: remembered for the request, once each.
    const known = knownSpeakersOf(ctx);
    for (const row of rows) {
      const statement: StatementRow = {
        id: int(row.id),
        articleId: int(row.articleId),
        blockIndex: int(row.blockIndex),
        start: int(row.start),
        end: int(row.end),
        text: String(row.text),
        direct: flag(row.direct),
        saidOn: dayOrNull(row.saidOn),
        speakerPersonId: intOrNull(row.speakerPersonId),
        speakerOrganizationId: intOrNull(row.speakerOrganizationId),
        provenance: row.provenance as Provenance,
        confidence: Number(row.confidence),
      };
      const person = statement.speakerPersonId;
      const organization = statement.speakerOrganizationId;
      if (person != null && row.personNameAr != null && !known.has(`P${person}`))
        known.set(`P${person}`, names(row, 'person', person));
      else if (
        organization != null &&
        row.organizationNameAr != null &&
        !known.has(`O${organization}`)
      )
        known.set(`O${organization}`, {
          ...names(row, 'organization', organization),
          kind: row.organizationKind as OrganizationKind,
        });
      byArticle.get(statement.articleId)!.push(statement);
    }
    return byArticle;
  }).load(articleId);
}

/** The speaker of a statement (or the source of a figure) by its two id columns. */
export function speakerOf(
  ctx: Context,
  personId: number | null,
  organizationId: number | null,
): SpeakerRow | null | Promise<SpeakerRow | null> {
  const key =
    personId != null ? `P${personId}` : organizationId != null ? `O${organizationId}` : null;
  if (key === null) return null;
  return knownSpeakers.get(ctx)?.get(key) ?? speakers(ctx).load(key);
}

/**
 * Speakers a request has read already (with an article's statements, or by a speaker
 * filter's lookup), by "P12"/"O3" key.
 */
const knownSpeakers = new WeakMap<Context, Map<string, SpeakerRow>>();

function knownSpeakersOf(ctx: Context): Map<string, SpeakerRow> {
  let known = knownSpeakers.get(ctx);
  if (!known) {
    known = new Map();
    knownSpeakers.set(ctx, known);
  }
  return known;
}

/**
 * The person and the organization with this slug, in one statement (a speaker filter may
 * name either). Both are remembered for the request, so that the speaker of the statements
 * found costs no second load.
 */
export async function speakersWithSlug(
  ctx: Context,
  slug: string,
): Promise<{ person: SpeakerRow | null; organization: SpeakerRow | null }> {
  const rows = await ctx.prisma.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    SELECT 'P' AS "type", "id", "nameAr" AS "speakerNameAr", "nameEn" AS "speakerNameEn",
      "nameRu" AS "speakerNameRu", NULL AS "kind"
    FROM "Person" WHERE "slug" = ${slug}
    UNION ALL
    SELECT 'O' AS "type", "id", "nameAr" AS "speakerNameAr", "nameEn" AS "speakerNameEn",
      "nameRu" AS "speakerNameRu", CAST("kind" AS TEXT) AS "kind"
    FROM "Organization" WHERE "slug" = ${slug}`);
  const known = knownSpeakersOf(ctx);
  const found = { person: null as SpeakerRow | null, organization: null as SpeakerRow | null };
  for (const row of rows) {
    const speaker = speakerOfRow(row);
    if (row.type === 'O') found.organization = speaker;
    else found.person = speaker;
    known.set(`${row.type}${speaker.id}`, speaker);
  }
  return found;
}

/** A row of a speaker query: "type" P or O, the id, names prefixed "speaker", and kind. */
function speakerOfRow(row: Record<string, unknown>): SpeakerRow {
  const speaker = names(row, 'speaker', int(row.id));
  return row.type === 'O' ? { ...speaker, kind: row.kind as OrganizationKind } : speaker;
}

/** People and organizations by id in one statement: "P12" is person 12, "O3" organization 3. */
function speakers(ctx: Context) {
  return batcher<string, SpeakerRow | null>(ctx, 'Speaker', async (keys) => {
    const found = new Map<string, SpeakerRow | null>(keys.map((key) => [key, null]));
    for (let start = 0; start < keys.length; start += idsPerStatement) {
      const chunk = keys.slice(start, start + idsPerStatement);
      const personIds = chunk.filter((key) => key[0] === 'P').map((key) => Number(key.slice(1)));
      const orgIds = chunk.filter((key) => key[0] === 'O').map((key) => Number(key.slice(1)));
      const branches: Prisma.Sql[] = [];
      if (personIds.length)
        branches.push(Prisma.sql`SELECT 'P' AS "type", "id", "nameAr" AS "speakerNameAr",
          "nameEn" AS "speakerNameEn", "nameRu" AS "speakerNameRu", NULL AS "kind"
          FROM "Person" WHERE "id" IN (${Prisma.join(personIds)})`);
      if (orgIds.length)
        branches.push(Prisma.sql`SELECT 'O' AS "type", "id", "nameAr" AS "speakerNameAr",
          "nameEn" AS "speakerNameEn", "nameRu" AS "speakerNameRu",
          CAST("kind" AS TEXT) AS "kind"
          FROM "Organization" WHERE "id" IN (${Prisma.join(orgIds)})`);
      const rows = await ctx.prisma.$queryRaw<Record<string, unknown>[]>(
        Prisma.join(branches, ' UNION ALL '),
      );
      for (const row of rows) found.set(`${row.type}${int(row.id)}`, speakerOfRow(row));
    }
    return found;
  });
}
