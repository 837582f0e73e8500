// The extraction pipeline, pure: raw text → parse → normalize/tokenize → extract (people,
// organizations, places, statements, money) → an article and its facts, with entity
// references still to be resolved to rows (new people have id 0). No database here.
import { createHash } from 'node:crypto';
import type { ArticleRecord } from '../db/articleStore.js';
import { findDate, yearRange } from './dates.js';
import { IngestError } from './errors.js';
import { type ExtractedEvent, extractEvents } from './extract/events.js';
import { type ExtractedFigure, extractFigures } from './extract/money.js';
import { findNewPeople, findRoleReferences, type NewPerson } from './extract/people.js';
import {
  type ExtractedStatement,
  extractStatements,
  type SpeakerRef,
} from './extract/statements.js';
import {
  addEntity,
  type BlockWords,
  type EntityMatch,
  type Gazetteer,
  type KnownEntity,
  matchForms,
} from './gazetteer.js';
import { checkCharacters, maxTextLength, normalizeArticleUrl } from './input.js';
import { type Block, parseArticle } from './parse.js';
import { slugWords, urlSlugBase } from './slug.js';
import { sentences, tokenize } from './text.js';

export { IngestError, maxTextLength };

export interface IngestOptions {
  publishedAt?: Date | null;
  url?: string | null;
  language?: 'AR' | 'EN' | 'RU' | null;
  /**
   * The words a new article's slug is made of (e.g. a file name, Arabic ones transliterated);
   * otherwise derived from the URL, or from the date and title.
   */
  slug?: string | null;
}

export interface ExtractedMention {
  blockIndex: number;
  start: number;
  end: number;
  text: string;
  entity: KnownEntity;
  confidence: number;
}

/** The article's own columns, as stored, and the facts found in it. */
export interface ExtractedArticle extends ArticleRecord {
  newPeople: NewPerson[];
  mentions: ExtractedMention[];
  statements: ExtractedStatement[];
  figures: (ExtractedFigure & { source: SpeakerRef | null })[];
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
  publishedAt: Date,
  title: string,
): string {
  const fromName = options.slug ? slugWords(options.slug) : '';
  if (fromName) return fromName;
  const fromUrl = url ? urlSlugBase(url) : '';
  if (fromUrl) return fromUrl;
  return `${publishedAt.toISOString().slice(0, 10)}-${contentHash(title).slice(0, 10)}`;
}

/** Publication date: the caller's, the page's date line, or the first dated sentence. */
function publicationDate(
  options: IngestOptions,
  dateLine: string | null,
  title: string,
  blocks: Block[],
): { date: Date; warning?: string } {
  if (options.publishedAt) return { date: options.publishedAt };
  const fromLine = dateLine ? findDate(dateLine) : null;
  if (fromLine) return { date: fromLine.date };
  for (const text of [title, ...blocks.slice(0, 3).map((b) => b.text)]) {
    const found = findDate(text);
    if (found)
      return {
        date: found.date,
        warning: `no date line: the publication date ${found.date.toISOString().slice(0, 10)} was taken from the text`,
      };
  }
  throw new IngestError('no publication date: the text names none with a year; give publishedAt');
}

/** Gazetteer matches and role references per block, without overlaps. */
function wordsOf(blocks: Block[], gazetteer: Gazetteer): BlockWords[] {
  return blocks.map((block) => {
    const tokens = tokenize(block.text);
    return { text: block.text, tokens, matches: matchForms(tokens, gazetteer) };
  });
}

function withRoleReferences(blocks: BlockWords[]): void {
  const mentioned = [
    ...new Set(
      blocks.flatMap((b) => b.matches.map((m) => m.entity)).filter((e) => e.kind === 'person'),
    ),
  ];
  for (const block of blocks) {
    const references = findRoleReferences(block, mentioned);
    const free = references.filter(
      (r) =>
        !block.matches.some((m) => m.from < r.to && r.from < m.to && m.entity.kind !== 'place'),
    );
    // A role reference replaces the nisba's place match inside it ("الوزير الروسي" is Lavrov, not
    // Russia).
    block.matches = [
      ...block.matches.filter((m) => !free.some((r) => m.from >= r.from && m.to <= r.to)),
      ...free,
    ].sort((a, b) => a.from - b.from);
  }
}

function speakerOfSentence(
  statements: ExtractedStatement[],
  blockIndex: number,
  text: string,
  offset: number,
): SpeakerRef | null {
  const sentence = sentences(text).find((s) => offset >= s.start && offset < s.end);
  if (!sentence) return null;
  const statement = statements.find(
    (s) => s.blockIndex === blockIndex && s.start < sentence.end && s.end > sentence.start,
  );
  return statement?.speaker ?? null;
}

export function extractArticle(
  raw: string,
  baseGazetteer: Gazetteer,
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
  const parsed = parseArticle(raw);
  if (parsed.blocks.length === 0) throw new IngestError('the text has a title but no body');
  const warnings: string[] = [];
  const { date: publishedAt, warning } = publicationDate(
    options,
    parsed.dateLine,
    parsed.title,
    parsed.blocks,
  );
  if (warning) warnings.push(warning);
  const articleYear = publishedAt.getUTCFullYear();

  // People the gazetteer does not know become entities of this article, then every block
  // is matched again so that their later mentions (the surname) are found too.
  const firstPass = wordsOf(parsed.blocks, baseGazetteer);
  const newPeople = findNewPeople(firstPass, baseGazetteer);
  let gazetteer = baseGazetteer;
  if (newPeople.length) {
    gazetteer = {
      ...baseGazetteer,
      entities: [...baseGazetteer.entities],
      forms: new Map(baseGazetteer.forms),
      firstWords: new Map(baseGazetteer.firstWords),
    };
    for (const person of newPeople) addEntity(gazetteer, person.entity, person.forms);
  }
  const blocks = newPeople.length ? wordsOf(parsed.blocks, gazetteer) : firstPass;
  withRoleReferences(blocks);

  const mentions: ExtractedMention[] = blocks.flatMap((block, blockIndex) =>
    block.matches.map((match: EntityMatch) => ({
      blockIndex,
      start: match.start,
      end: match.end,
      text: block.text.slice(match.start, match.end),
      entity: match.entity,
      confidence: match.entity.id === 0 ? 0.7 : 0.9,
    })),
  );
  const statements = extractStatements(blocks, gazetteer, articleYear);
  const mentionsRussia = mentions.some((m) => m.entity.iso2 === 'RU');
  const figures = extractFigures(blocks, articleYear, mentionsRussia).map((figure) => ({
    ...figure,
    source: speakerOfSentence(
      statements,
      figure.blockIndex,
      parsed.blocks[figure.blockIndex]!.text,
      figure.start,
    ),
  }));

  if (!mentions.some((m) => m.entity.kind === 'person')) warnings.push('no person found');
  const quotes = parsed.blocks.reduce((n, b) => n + (b.text.match(/[«“]/g) ?? []).length, 0);
  if (quotes > statements.filter((s) => s.direct).length + 2)
    warnings.push('some quotations have no speaker and were not taken as statements');

  return {
    slug: deriveSlug(options, url, publishedAt, parsed.title),
    title: parsed.title,
    titleDerived: parsed.titleDerived,
    language: 'AR',
    publishedAt,
    url,
    publisher: parsed.publisher,
    source: parsed.source,
    photoCredit: parsed.photoCredit,
    contentHash: contentHash(raw),
    blocks: parsed.blocks,
    newPeople,
    mentions,
    statements,
    figures,
    events: extractEvents(blocks, articleYear),
    warnings,
  };
}
