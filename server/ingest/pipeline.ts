// The extraction pipeline, pure: stages over one document (document.ts), in the order
// declared here, each adding one layer: blocks → publication date → tokens and sentences →
// known entities → new people → role references → mentions → statements → money → events.
// The result is an article and its facts, with entity references still to be resolved to
// rows (new people have id 0). No database here.
import { createHash } from 'node:crypto';
import { dateStage, yearRange } from './dates.js';
import {
  type ArticleDocument,
  createDocument,
  type ExtractedMention,
  type IngestOptions,
  type Layer,
  type SourcedFigure,
  type Stage,
} from './document.js';
import { IngestError } from './errors.js';
import { type ExtractedEvent, eventStage } from './extract/events.js';
import { mentionStage } from './extract/mentions.js';
import { figureStage } from './extract/money.js';
import { type NewPerson, newPeopleStage, roleReferenceStage } from './extract/people.js';
import { type ExtractedStatement, statementStage } from './extract/statements.js';
import { entityStage, type Gazetteer } from './gazetteer.js';
import { checkCharacters, maxTextLength, normalizeArticleUrl } from './input.js';
import { type BlockKind, parseStage } from './parse.js';
import { slugWords, urlSlugBase } from './slug.js';
import { tokenStage } from './text.js';

export type { ExtractedMention, IngestOptions };
export { IngestError, maxTextLength };

/** The stages in the order they run; each needs only layers added before it. */
export const stages: readonly Stage[] = [
  parseStage,
  dateStage,
  tokenStage,
  entityStage,
  newPeopleStage,
  roleReferenceStage,
  mentionStage,
  statementStage,
  figureStage,
  eventStage,
];

/** Throws when a stage needs a layer no earlier stage adds, or two stages add the same one. */
export function checkStageOrder(order: readonly Stage[]): void {
  const added = new Set<Layer>();
  for (const stage of order) {
    const missing = stage.needs.filter((layer) => !added.has(layer));
    if (missing.length)
      throw new Error(`stage ${stage.name} needs ${missing.join(', ')}, added by no earlier stage`);
    if (added.has(stage.adds)) throw new Error(`layer ${stage.adds} is added twice`);
    added.add(stage.adds);
  }
}
checkStageOrder(stages);

/** Runs the stages on a document, all of them or up to the one that adds `until`. */
export function runStages(document: ArticleDocument, until?: Layer): ArticleDocument {
  for (const stage of stages) {
    stage.run(document);
    document.done.add(stage.adds);
    if (stage.adds === until) break;
  }
  return document;
}

/** The article's own columns and the facts found in it, as extraction hands them on. */
export interface ExtractedArticle {
  slug: string;
  title: string;
  titleDerived: boolean;
  language: 'AR';
  /** Null when neither the caller, the text nor the URL gives a date (see warnings). */
  publishedAt: Date | null;
  url: string | null;
  publisher: string | null;
  source: string | null;
  photoCredit: string | null;
  contentHash: string;
  blocks: { kind: BlockKind; text: string }[];
  newPeople: NewPerson[];
  mentions: ExtractedMention[];
  statements: ExtractedStatement[];
  figures: SourcedFigure[];
  events: ExtractedEvent[];
  warnings: string[];
}

export const contentHash = (text: string) => createHash('sha256').update(text).digest('hex');

/** Refuses what cannot be an article, saying why. */
export function checkText(raw: string): void {
  if (raw.trim() === '') throw new IngestError('the text is empty');
  if (raw.length > maxTextLength)
    throw new IngestError(`the text has ${raw.length} characters; the limit is ${maxTextLength}`);
  checkCharacters(raw);
  const arabic = (raw.match(/[\u0621-\u064A]/g) ?? []).length;
  if (arabic < 20)
    throw new IngestError('the text has no Arabic: only Arabic articles can be extracted');
}

/** A new article's slug, never empty; the ingestor adds a hash suffix when it is taken. */
function deriveSlug(
  options: IngestOptions,
  url: string | null,
  publishedAt: Date | null,
  title: string,
): string {
  const fromName = options.slug ? slugWords(options.slug) : '';
  if (fromName) return fromName;
  const fromUrl = url ? urlSlugBase(url) : '';
  if (fromUrl) return fromUrl;
  const day = publishedAt ? publishedAt.toISOString().slice(0, 10) : 'undated';
  return `${day}-${contentHash(title).slice(0, 10)}`;
}

/** What extraction could not settle, for the editor. */
function summaryWarnings(document: ArticleDocument): string[] {
  const warnings: string[] = [];
  if (!document.mentions.some((m) => m.entity.kind === 'person')) warnings.push('no person found');
  const quotes = document.blocks.reduce((n, b) => n + (b.text.match(/[«“]/g) ?? []).length, 0);
  if (quotes > document.statements.filter((s) => s.direct).length + 2)
    warnings.push('some quotations have no speaker and were not taken as statements');
  return warnings;
}

export function extractArticle(
  raw: string,
  gazetteer: Gazetteer,
  options: IngestOptions = {},
): ExtractedArticle {
  checkText(raw);
  if (options.language && options.language !== 'AR')
    throw new IngestError(
      `extraction reads Arabic; language ${options.language} is not supported yet`,
    );
  const year = options.publishedAt?.getUTCFullYear();
  if (year !== undefined && (year < yearRange.from || year > yearRange.to))
    throw new IngestError(`publishedAt must lie in the years ${yearRange.from} to ${yearRange.to}`);
  const url = options.url ? normalizeArticleUrl(options.url) : null;
  const document = runStages(createDocument(raw, gazetteer, options, url));
  return {
    slug: deriveSlug(options, url, document.publishedAt, document.title),
    title: document.title,
    titleDerived: document.titleDerived,
    language: 'AR',
    publishedAt: document.publishedAt,
    url,
    publisher: document.publisher,
    source: document.source,
    photoCredit: document.photoCredit,
    contentHash: contentHash(raw),
    blocks: document.blocks.map((b) => ({ kind: b.kind, text: b.text })),
    newPeople: document.newPeople,
    mentions: document.mentions,
    statements: document.statements,
    figures: document.figures,
    events: document.events,
    warnings: [...document.warnings, ...summaryWarnings(document)],
  };
}
