// Ingesting a text: run the pure pipeline, then resolve its new people and governments to
// rows and store the article with its machine facts, all in one transaction. The same text
// again changes nothing; a changed text for the same slug or URL replaces only the
// article's EXTRACTED facts (curated ones stay).
import {
  type ArticleFacts,
  type EntityRef,
  type SpeakerRef as StoredSpeaker,
  saveArticle,
} from '../db/articleStore.js';
import type { PrismaClient, Transaction } from '../db/client.js';
import { loadGazetteer } from '../db/gazetteerStore.js';
import type { SpeakerRef } from './extract/statements.js';
import { addEntity, type Gazetteer, type KnownEntity } from './gazetteer.js';
import { normalizeForMatching } from './normalize.js';
import {
  type ExtractedArticle,
  extractArticle,
  IngestError,
  type IngestOptions,
} from './pipeline.js';
import { latinSlug } from './slug.js';

export interface IngestResult {
  articleId: number;
  slug: string;
  status: 'created' | 'updated' | 'unchanged';
  people: number;
  statements: number;
  figures: number;
  warnings: string[];
}

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

export class Ingestor {
  private gazetteer: Gazetteer | undefined;

  constructor(private readonly prisma: PrismaClient) {}

  /** Forget what is known, e.g. after the gazetteer was reloaded from seeds. */
  reset(): void {
    this.gazetteer = undefined;
  }

  async ingest(raw: string, options: IngestOptions = {}): Promise<IngestResult> {
    this.gazetteer ??= await loadGazetteer(this.prisma);
    const gazetteer = this.gazetteer;
    const extracted = extractArticle(raw, gazetteer, options);
    const existing = await this.prisma.article.findFirst({
      where: { OR: [{ slug: extracted.slug }, ...(extracted.url ? [{ url: extracted.url }] : [])] },
      select: { id: true, slug: true, contentHash: true, provenance: true },
    });
    const counts = {
      people: new Set(
        extracted.mentions.filter((m) => m.entity.kind === 'person').map((m) => m.entity),
      ).size,
      statements: extracted.statements.length,
      figures: extracted.figures.length,
      warnings: extracted.warnings,
    };
    if (existing && existing.contentHash === extracted.contentHash) {
      return { articleId: existing.id, slug: existing.slug, status: 'unchanged', ...counts };
    }
    if (existing?.provenance === 'CURATED') {
      throw new IngestError(
        `article "${existing.slug}" is curated: change its text and annotation in seeds/ instead`,
      );
    }
    const slug = existing?.slug ?? extracted.slug;
    const created: { entity: KnownEntity; forms: string[] }[] = [];
    const articleId = await this.prisma.$transaction(
      async (tx) => {
        const facts = await this.resolve(tx, extracted, gazetteer, created);
        const {
          newPeople: _people,
          mentions: _mentions,
          statements: _statements,
          figures: _figures,
          events: _events,
          warnings: _warnings,
          ...record
        } = extracted;
        return saveArticle(tx, { ...record, slug }, facts, 'EXTRACTED', { isNew: !existing });
      },
      { timeout: 30_000 },
    );
    // Only now that they are stored may later texts find these people and governments.
    for (const { entity, forms } of created) addEntity(gazetteer, entity, forms);
    return { articleId, slug, status: existing ? 'updated' : 'created', ...counts };
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
        forms: person.forms,
      });
    }
    const governments = new Map<string, number>();
    const speakerOf = async (speaker: SpeakerRef): Promise<StoredSpeaker | null> => {
      if ('entity' in speaker) {
        const id = speaker.entity.id || personIds.get(speaker.entity);
        if (!id) return null;
        return speaker.entity.kind === 'organization' ? { organizationId: id } : { personId: id };
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
      facts.events.push({
        slug: `${event.kind.toLowerCase().replace('_', '-')}-${day}-${who}`,
        kind: event.kind,
        titleEn: `${event.kind.charAt(0)}${event.kind.slice(1).toLowerCase().replace('_', ' ')}, ${day}`,
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
    const entity: KnownEntity = {
      kind: 'organization',
      id: row.id,
      slug: row.slug,
      nameAr,
      iso2: null,
      roles: [],
      countryIso2: iso2,
      organizationKind: 'GOVERNMENT',
    };
    created.push({ entity, forms: [nameAr] });
    return row.id;
  }
}
