// Data access for articles and the facts found in them. Used by the seed loader (curated
// facts) and, later, by extraction (machine facts): each replaces only facts of its own
// provenance, so re-extraction never overwrites curated facts.
import type { Block } from '../ingest/parse.js';
import type { Transaction } from './client.js';

type Provenance = 'CURATED' | 'EXTRACTED';

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
  publishedAt: Date;
  url: string | null;
  publisher: string | null;
  source: string | null;
  photoCredit: string | null;
  contentHash: string;
  blocks: Block[];
}

export interface ArticleFacts {
  mentions: (Span & { entity: EntityRef; confidence: number })[];
  statements: (Span & { speaker: SpeakerRef; direct: boolean; saidOn: Date | null; confidence: number })[];
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
    kind: 'CALL' | 'TALKS' | 'MEETING' | 'SUMMIT' | 'AGREEMENT' | 'STATEMENT' | 'INCIDENT' | 'LEGAL_ACTION' | 'OTHER';
    titleEn: string;
    titleAr: string | null;
    occurredOn: Date | null;
    participants: SpeakerRef[];
    placeIds: number[];
    report: Span;
    confidence: number;
  }[];
}

const spanColumns = ({ blockIndex, start, end, text }: Span) => ({ blockIndex, start, end, text });

function speakerColumns(speaker: SpeakerRef | null) {
  return {
    speakerPersonId: speaker && 'personId' in speaker ? speaker.personId : null,
    speakerOrganizationId: speaker && 'organizationId' in speaker ? speaker.organizationId : null,
  };
}

/**
 * Creates or updates the article (by slug) and replaces its facts of the given
 * provenance. Call inside a transaction: the article and its facts land together or not
 * at all.
 */
export async function saveArticle(
  tx: Transaction,
  record: ArticleRecord,
  facts: ArticleFacts,
  provenance: Provenance,
): Promise<number> {
  const { blocks, ...columns } = record;
  const article = await tx.article.upsert({
    where: { slug: record.slug },
    create: { ...columns, provenance },
    update: columns,
  });
  const articleId = article.id;
  await tx.articleBlock.deleteMany({ where: { articleId } });
  await tx.articleBlock.createMany({ data: blocks.map((block, index) => ({ articleId, index, ...block })) });

  const ofThisKind = { articleId, provenance };
  await tx.mention.deleteMany({ where: ofThisKind });
  await tx.statement.deleteMany({ where: ofThisKind });
  await tx.tradeFigure.deleteMany({ where: ofThisKind });
  await tx.eventReport.deleteMany({ where: ofThisKind });

  await tx.mention.createMany({
    data: facts.mentions.map((mention) => ({
      articleId,
      provenance,
      confidence: mention.confidence,
      ...spanColumns(mention),
      ...mention.entity,
    })),
  });
  await tx.statement.createMany({
    data: facts.statements.map((statement) => ({
      articleId,
      provenance,
      confidence: statement.confidence,
      direct: statement.direct,
      saidOn: statement.saidOn,
      ...spanColumns(statement),
      ...speakerColumns(statement.speaker),
    })),
  });
  for (const figure of facts.tradeFigures) {
    const { speakerPersonId, speakerOrganizationId } = speakerColumns(figure.source);
    await tx.tradeFigure.create({
      data: {
        articleId,
        provenance,
        confidence: figure.confidence,
        kind: figure.kind,
        amount: figure.amount,
        currency: figure.currency,
        year: figure.year,
        status: figure.status,
        sourcePersonId: speakerPersonId,
        sourceOrganizationId: speakerOrganizationId,
        ...spanColumns(figure),
        partners: { create: figure.partnerIds.map((placeId, position) => ({ placeId, position })) },
      },
    });
  }
  for (const event of facts.events) {
    const data = {
      kind: event.kind,
      titleEn: event.titleEn,
      titleAr: event.titleAr,
      occurredOn: event.occurredOn,
      provenance,
      confidence: event.confidence,
    };
    const saved = await tx.event.upsert({ where: { slug: event.slug }, create: { slug: event.slug, ...data }, update: data });
    // An event reported by several articles keeps one participant list: the latest loaded wins.
    await tx.eventParticipant.deleteMany({ where: { eventId: saved.id } });
    await tx.eventParticipant.createMany({
      data: event.participants.map((participant) => ({ eventId: saved.id, ...participant })),
    });
    await tx.eventPlace.deleteMany({ where: { eventId: saved.id } });
    await tx.eventPlace.createMany({ data: event.placeIds.map((placeId) => ({ eventId: saved.id, placeId })) });
    await tx.eventReport.create({
      data: { eventId: saved.id, articleId, provenance, confidence: event.confidence, ...spanColumns(event.report) },
    });
  }
  return articleId;
}
