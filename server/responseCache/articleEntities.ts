// The entities an article's facts touch, as the response cache names them (typename and
// global ID): what an ingest or a delete of that article must invalidate.
import type { PrismaClient } from '../db/client.js';
import { normalizeArticleUrl } from '../ingest/input.js';
import { encodeGlobalId } from '../schema/globalId.js';

export interface CacheEntity {
  typename: string;
  id?: string;
}

type Speaker = { speakerPersonId?: number | null; speakerOrganizationId?: number | null };

/** The article, its people, organizations, places, events, statements, figures and speakers. */
export async function entitiesOfArticle(
  prisma: PrismaClient,
  articleId: number,
): Promise<CacheEntity[]> {
  const article = await prisma.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      translationOfId: true,
      mentions: { select: { personId: true, organizationId: true, placeId: true } },
      statements: { select: { id: true, speakerPersonId: true, speakerOrganizationId: true } },
      tradeFigures: {
        select: {
          id: true,
          sourcePersonId: true,
          sourceOrganizationId: true,
          partners: { select: { placeId: true } },
        },
      },
      eventReports: {
        select: {
          event: {
            select: {
              id: true,
              participants: { select: { personId: true, organizationId: true } },
              places: { select: { placeId: true } },
            },
          },
        },
      },
    },
  });
  if (!article) return [];
  const entities = new Map<string, CacheEntity>();
  const add = (typename: string, id: number | null | undefined) => {
    if (id == null) return;
    const globalId = encodeGlobalId(typename, id);
    entities.set(`${typename}:${globalId}`, { typename, id: globalId });
  };
  const addSpeaker = (speaker: Speaker) => {
    add('Person', speaker.speakerPersonId);
    add('Organization', speaker.speakerOrganizationId);
  };
  add('Article', article.id);
  // The original's `translations` list names this article.
  add('Article', article.translationOfId);
  for (const mention of article.mentions) {
    add('Person', mention.personId);
    add('Organization', mention.organizationId);
    add('Place', mention.placeId);
  }
  for (const statement of article.statements) {
    add('Statement', statement.id);
    addSpeaker(statement);
  }
  for (const figure of article.tradeFigures) {
    add('TradeFigure', figure.id);
    addSpeaker({
      speakerPersonId: figure.sourcePersonId,
      speakerOrganizationId: figure.sourceOrganizationId,
    });
    for (const partner of figure.partners) add('Place', partner.placeId);
  }
  for (const { event } of article.eventReports) {
    add('Event', event.id);
    for (const participant of event.participants) {
      add('Person', participant.personId);
      add('Organization', participant.organizationId);
    }
    for (const place of event.places) add('Place', place.placeId);
  }
  return [...entities.values()];
}

/** The id of the article stored under this URL (normalized), which an ingest would update. */
export async function articleIdAtUrl(
  prisma: PrismaClient,
  rawUrl: string | null,
): Promise<number | null> {
  if (rawUrl == null) return null;
  let url: string;
  try {
    url = normalizeArticleUrl(rawUrl);
  } catch {
    return null; // the ingest refuses it and writes nothing
  }
  const article = await prisma.article.findUnique({ where: { url }, select: { id: true } });
  return article?.id ?? null;
}
