// Data access for articles and the facts found in them. Used by the seed loader (curated
// facts) and by extraction (machine facts): each replaces only facts of its own
// provenance, so re-extraction never overwrites curated facts. Deleting an article takes
// the machine-made people, organizations and events only it referred to along.
import { insertRows, insertRowsReturningIds, upsertRowsReturningIds } from './bulkInsert.js';
import type { Transaction } from './client.js';

type Provenance = 'CURATED' | 'EXTRACTED';

/** One body block of an article, in reading order. */
export interface BlockRow {
  kind: 'PARAGRAPH' | 'HEADING';
  text: string;
}

export interface Span {
  blockIndex: number;
  start: number;
  end: number;
  text: string;
}

/** Exactly one of the ids is set. */
export type EntityRef = { personId: number } | { organizationId: number } | { placeId: number };
export type SpeakerRef = { personId: number } | { organizationId: number };

export interface ArticleRecord {
  slug: string;
  title: string;
  titleDerived: boolean;
  language: 'AR' | 'EN' | 'RU';
  /** Null when the day of publication is not known. */
  publishedAt: Date | null;
  url: string | null;
  publisher: string | null;
  source: string | null;
  photoCredit: string | null;
  contentHash: string;
  blocks: BlockRow[];
}

export interface ArticleFacts {
  mentions: (Span & { entity: EntityRef; confidence: number })[];
  statements: (Span & {
    speaker: SpeakerRef;
    direct: boolean;
    saidOn: Date | null;
    confidence: number;
  })[];
  tradeFigures: (Span & {
    kind: 'TRADE_VOLUME' | 'INVESTMENT' | 'OTHER';
    amount: string;
    currency: string;
    year: number | null;
    status: 'ACTUAL' | 'FORECAST' | 'ESTIMATE';
    partnerIds: number[];
    source: SpeakerRef | null;
    confidence: number;
  })[];
  events: {
    slug: string;
    kind:
      | 'CALL'
      | 'TALKS'
      | 'MEETING'
      | 'SUMMIT'
      | 'AGREEMENT'
      | 'STATEMENT'
      | 'INCIDENT'
      | 'LEGAL_ACTION'
      | 'OTHER';
    titleEn: string;
    titleAr: string | null;
    occurredOn: Date | null;
    participants: SpeakerRef[];
    placeIds: number[];
    report: Span;
    confidence: number;
  }[];
}

/**
 * An amount in its one written form: no leading zeros, no trailing zeros after the point
 * ("003400000000.50" → "3400000000.5"). Stored as text, so both databases give back these
 * very digits; anything that is not a plain decimal number is a programming error here.
 */
export function canonicalAmount(amount: string): string {
  const match = /^(-?)0*(\d+?)(?:\.(\d*?)0*)?$/.exec(amount);
  if (!match || amount === '-' || amount.endsWith('.'))
    throw new Error('a trade figure amount must be a decimal number such as "3400000000.5"');
  const [, sign, whole, fraction] = match;
  const digits = fraction ? `${whole}.${fraction}` : whole!;
  return digits === '0' ? '0' : `${sign}${digits}`;
}

function speakerColumns(speaker: SpeakerRef | null) {
  return {
    speakerPersonId: speaker && 'personId' in speaker ? speaker.personId : null,
    speakerOrganizationId: speaker && 'organizationId' in speaker ? speaker.organizationId : null,
  };
}

const articleColumns = [
  'slug',
  'title',
  'titleDerived',
  'language',
  'publishedAt',
  'url',
  'publisher',
  'source',
  'photoCredit',
  'contentHash',
  'provenance',
  'createdAt',
  'updatedAt',
];

/**
 * Creates articles none of which is stored yet (no slug, URL or text of theirs is) with
 * their facts: a few multi-row statements for the whole batch instead of a dozen per
 * article. Call inside a transaction. Returns the new ids in the order given.
 */
export async function saveNewArticles(
  tx: Transaction,
  articles: { record: ArticleRecord; facts: ArticleFacts }[],
  provenance: Provenance,
): Promise<number[]> {
  if (articles.length === 0) return [];
  const now = new Date(); // what Prisma's create would write for @default(now()), @updatedAt
  const ids = await insertRowsReturningIds(
    tx,
    'Article',
    articleColumns,
    articles.map(({ record: r }) => [
      r.slug,
      r.title,
      r.titleDerived,
      r.language,
      r.publishedAt,
      r.url,
      r.publisher,
      r.source,
      r.photoCredit,
      r.contentHash,
      provenance,
      now,
      now,
    ]),
    ['contentHash'],
    {
      language: '"Language"',
      provenance: '"Provenance"',
      publishedAt: 'timestamp(3)',
      createdAt: 'timestamp(3)',
      updatedAt: 'timestamp(3)',
    },
  );
  await insertFacts(
    tx,
    articles.map(({ record, facts }, i) => ({ articleId: ids[i]!, blocks: record.blocks, facts })),
    provenance,
  );
  return ids;
}

/**
 * Creates or updates the article (by slug) and replaces its facts of the given
 * provenance. Call inside a transaction: the article and its facts land together or not
 * at all. A curated article whose text was ingested before under another slug takes that
 * article over (same id), replacing its machine facts: the annotation is the better record.
 */
export async function saveArticle(
  tx: Transaction,
  record: ArticleRecord,
  facts: ArticleFacts,
  provenance: Provenance,
  /** The caller knows no article has this slug yet: skip looking for one and clearing its rows. */
  options: { isNew?: boolean } = {},
): Promise<number> {
  if (options.isNew) return (await saveNewArticles(tx, [{ record, facts }], provenance))[0]!;
  const { blocks, ...columns } = record;
  let replaced: Provenance[] = [provenance];
  const select = { id: true, slug: true, provenance: true } as const;
  const bySlug = await tx.article.findUnique({ where: { slug: record.slug }, select });
  const byText = await tx.article.findUnique({
    where: { contentHash: record.contentHash },
    select,
  });
  if (bySlug && byText && bySlug.id !== byText.id)
    throw new Error(
      `article "${record.slug}": the same text is already stored as article "${byText.slug}"`,
    );
  const existing = bySlug ?? byText;
  if (existing && !bySlug && provenance === 'CURATED' && existing.provenance === 'EXTRACTED')
    replaced = ['CURATED', 'EXTRACTED'];
  const articleId = existing
    ? (
        await tx.article.update({
          where: { id: existing.id },
          data: { ...columns, ...(replaced.length > 1 ? { provenance } : {}) },
          select: { id: true },
        })
      ).id
    : (await tx.article.create({ data: { ...columns, provenance }, select: { id: true } })).id;
  const ofThisKind = { articleId, provenance: { in: replaced } };
  // What the replaced facts named: extracted entities only they named go with them (an
  // unnamed speaker, a new person or organization the old text alone introduced).
  const named = existing ? await entitiesNamedBy(tx, ofThisKind) : null;
  await tx.articleBlock.deleteMany({ where: { articleId } });
  await tx.mention.deleteMany({ where: ofThisKind });
  await tx.statement.deleteMany({ where: ofThisKind });
  await tx.tradeFigure.deleteMany({ where: ofThisKind });
  await tx.eventReport.deleteMany({ where: ofThisKind });
  await insertFacts(tx, [{ articleId, blocks, facts }], provenance);
  if (named) await deleteUnreferenced(tx, named);
  return articleId;
}

/**
 * Inserts the blocks and facts of stored articles whose rows of this provenance are gone
 * (new, or just cleared), all articles in the same few statements. Events are shared by
 * slug: each is written once, with the values and the participants of the last article
 * in the list that reports it, as loading the articles one by one would leave them.
 */
async function insertFacts(
  tx: Transaction,
  articles: { articleId: number; blocks: BlockRow[]; facts: ArticleFacts }[],
  provenance: Provenance,
): Promise<void> {
  await insertRows(
    tx,
    'ArticleBlock',
    ['articleId', 'index', 'kind', 'text'],
    articles.flatMap(({ articleId, blocks }) =>
      blocks.map((block, index) => [articleId, index, block.kind, block.text]),
    ),
    { kind: '"BlockKind"' },
  );
  await insertRows(
    tx,
    'Mention',
    [
      'articleId',
      'blockIndex',
      'start',
      'end',
      'text',
      'personId',
      'organizationId',
      'placeId',
      'provenance',
      'confidence',
    ],
    articles.flatMap(({ articleId, facts }) =>
      facts.mentions.map((m) => [
        articleId,
        m.blockIndex,
        m.start,
        m.end,
        m.text,
        'personId' in m.entity ? m.entity.personId : null,
        'organizationId' in m.entity ? m.entity.organizationId : null,
        'placeId' in m.entity ? m.entity.placeId : null,
        provenance,
        m.confidence,
      ]),
    ),
    { provenance: '"Provenance"' },
  );
  await insertRows(
    tx,
    'Statement',
    [
      'articleId',
      'blockIndex',
      'start',
      'end',
      'text',
      'direct',
      'saidOn',
      'speakerPersonId',
      'speakerOrganizationId',
      'provenance',
      'confidence',
    ],
    articles.flatMap(({ articleId, facts }) =>
      facts.statements.map((st) => {
        const speaker = speakerColumns(st.speaker);
        return [
          articleId,
          st.blockIndex,
          st.start,
          st.end,
          st.text,
          st.direct,
          st.saidOn,
          speaker.speakerPersonId,
          speaker.speakerOrganizationId,
          provenance,
          st.confidence,
        ];
      }),
    ),
    { provenance: '"Provenance"', saidOn: 'timestamp(3)' },
  );
  const figures = articles.flatMap(({ articleId, facts }) =>
    facts.tradeFigures.map((figure) => ({ articleId, figure })),
  );
  const figureIds = await insertRowsReturningIds(
    tx,
    'TradeFigure',
    [
      'articleId',
      'blockIndex',
      'start',
      'end',
      'text',
      'kind',
      'year',
      'amount',
      'currency',
      'status',
      'sourcePersonId',
      'sourceOrganizationId',
      'provenance',
      'confidence',
    ],
    figures.map(({ articleId, figure }) => {
      const source = speakerColumns(figure.source);
      return [
        articleId,
        figure.blockIndex,
        figure.start,
        figure.end,
        figure.text,
        figure.kind,
        figure.year,
        canonicalAmount(figure.amount),
        figure.currency,
        figure.status,
        source.speakerPersonId,
        source.speakerOrganizationId,
        provenance,
        figure.confidence,
      ];
    }),
    ['articleId', 'blockIndex', 'start', 'end'],
    { kind: '"TradeFigureKind"', status: '"FigureStatus"', provenance: '"Provenance"' },
  );
  await insertRows(
    tx,
    'TradeFigurePartner',
    ['tradeFigureId', 'placeId', 'position'],
    figures.flatMap(({ figure }, i) =>
      figure.partnerIds.map((placeId, position) => [figureIds[i]!, placeId, position]),
    ),
  );
  await saveEvents(tx, articles, provenance);
}

/**
 * Events: one row each (by slug, shared across articles), then their participants,
 * places and the articles' reports in multi-row inserts.
 */
async function saveEvents(
  tx: Transaction,
  articles: { articleId: number; facts: ArticleFacts }[],
  provenance: Provenance,
): Promise<void> {
  // The last article reporting an event gives its values and its participants and places.
  const lastReport = new Map<string, { event: ArticleFacts['events'][number]; at: number }>();
  articles.forEach(({ facts }, at) => {
    for (const event of facts.events) lastReport.set(event.slug, { event, at });
  });
  if (lastReport.size === 0) return;
  // In slug order, so that two batches upserting the same events lock them in one order.
  const uniqueEvents = [...lastReport.values()]
    .map(({ event }) => event)
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const eventIds = await upsertRowsReturningIds(
    tx,
    'Event',
    'slug',
    ['slug', 'kind', 'titleEn', 'titleAr', 'occurredOn', 'provenance', 'confidence'],
    uniqueEvents.map((e) => [
      e.slug,
      e.kind,
      e.titleEn,
      e.titleAr,
      e.occurredOn,
      provenance,
      e.confidence,
    ]),
    { kind: '"EventKind"', provenance: '"Provenance"', occurredOn: 'timestamp(3)' },
  );
  const ids = [...eventIds.values()];
  // An event reported by several articles keeps one participant list: the latest loaded wins.
  await tx.eventParticipant.deleteMany({ where: { eventId: { in: ids } } });
  await tx.eventPlace.deleteMany({ where: { eventId: { in: ids } } });
  const participants = new Map<string, (number | null)[]>();
  const places = new Map<string, number[]>();
  articles.forEach(({ facts }, at) => {
    for (const event of facts.events) {
      if (lastReport.get(event.slug)!.at !== at) continue;
      const eventId = eventIds.get(event.slug)!;
      for (const p of event.participants) {
        const row = [
          eventId,
          'personId' in p ? p.personId : null,
          'organizationId' in p ? p.organizationId : null,
        ];
        participants.set(row.join(':'), row);
      }
      for (const placeId of event.placeIds) places.set(`${eventId}:${placeId}`, [eventId, placeId]);
    }
  });
  await insertRows(
    tx,
    'EventParticipant',
    ['eventId', 'personId', 'organizationId'],
    [...participants.values()],
  );
  await insertRows(tx, 'EventPlace', ['eventId', 'placeId'], [...places.values()]);
  await insertRows(
    tx,
    'EventReport',
    ['eventId', 'articleId', 'blockIndex', 'start', 'end', 'text', 'provenance', 'confidence'],
    articles.flatMap(({ articleId, facts }) =>
      facts.events.map((e) => [
        eventIds.get(e.slug)!,
        articleId,
        e.report.blockIndex,
        e.report.start,
        e.report.end,
        e.report.text,
        provenance,
        e.confidence,
      ]),
    ),
    { provenance: '"Provenance"' },
  );
}

export interface DeletedArticle {
  id: number;
  slug: string;
  /** Machine-made people, organizations and events that only this article referred to. */
  people: number;
  organizations: number;
  events: number;
}

/**
 * Deletes an article with its blocks and facts, then the machine-made (EXTRACTED) people,
 * organizations and events nothing else refers to any more; curated ones always stay.
 * Call inside a transaction. Null when no article has this id.
 */
export async function deleteArticle(
  tx: Transaction,
  articleId: number,
): Promise<DeletedArticle | null> {
  const article = await tx.article.findUnique({
    where: { id: articleId },
    select: { id: true, slug: true },
  });
  if (!article) return null;
  const named = await entitiesNamedBy(tx, { articleId });
  await tx.article.delete({ where: { id: articleId } }); // blocks and facts cascade
  const { people, organizations, events } = await deleteUnreferenced(tx, named);
  return { id: article.id, slug: article.slug, people, organizations, events };
}

/** The people, organizations and events an article's facts (of a kind) name. */
interface NamedEntities {
  personIds: number[];
  organizationIds: number[];
  eventIds: number[];
}

async function entitiesNamedBy(
  tx: Transaction,
  where: { articleId: number; provenance?: { in: Provenance[] } },
): Promise<NamedEntities> {
  const mentions = await tx.mention.findMany({
    where,
    select: { personId: true, organizationId: true },
  });
  const statements = await tx.statement.findMany({
    where,
    select: { speakerPersonId: true, speakerOrganizationId: true },
  });
  const figures = await tx.tradeFigure.findMany({
    where,
    select: { sourcePersonId: true, sourceOrganizationId: true },
  });
  const reports = await tx.eventReport.findMany({ where, select: { eventId: true } });
  const eventIds = [...new Set(reports.map((r) => r.eventId))];
  const participants = eventIds.length
    ? await tx.eventParticipant.findMany({
        where: { eventId: { in: eventIds } },
        select: { personId: true, organizationId: true },
      })
    : [];
  const ids = (values: (number | null)[]) =>
    [...new Set(values)].filter((id): id is number => id !== null);
  return {
    personIds: ids([
      ...mentions.map((m) => m.personId),
      ...statements.map((s) => s.speakerPersonId),
      ...figures.map((f) => f.sourcePersonId),
      ...participants.map((p) => p.personId),
    ]),
    organizationIds: ids([
      ...mentions.map((m) => m.organizationId),
      ...statements.map((s) => s.speakerOrganizationId),
      ...figures.map((f) => f.sourceOrganizationId),
      ...participants.map((p) => p.organizationId),
    ]),
    eventIds,
  };
}

/** Deletes the extracted ones among them that nothing refers to any more; their counts. */
async function deleteUnreferenced(tx: Transaction, named: NamedEntities) {
  const events = await tx.event.deleteMany({
    where: { id: { in: named.eventIds }, provenance: 'EXTRACTED', reports: { none: {} } },
  });
  const unreferenced = {
    provenance: 'EXTRACTED' as const,
    mentions: { none: {} },
    statements: { none: {} },
    tradeFigures: { none: {} },
    eventsAttended: { none: {} },
  };
  const people = await tx.person.deleteMany({
    where: { id: { in: named.personIds }, ...unreferenced },
  });
  const organizations = await tx.organization.deleteMany({
    where: { id: { in: named.organizationIds }, ...unreferenced, roles: { none: {} } },
  });
  return { people: people.count, organizations: organizations.count, events: events.count };
}
