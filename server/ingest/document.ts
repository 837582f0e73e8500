// One article as the pipeline reads it: the text split into blocks once, each block's
// tokens and sentences computed once, and one layer more from each stage (spaCy's Doc).
// A stage declares the layers it needs and the one it adds; pipeline.ts declares their
// order and checks it.
import type { ExtractedEvent } from './extract/events.js';
import type { ExtractedFigure } from './extract/money.js';
import type { NewPerson } from './extract/people.js';
import type { ExtractedStatement, SpeakerRef } from './extract/statements.js';
import type { EntityMatch, Gazetteer, KnownEntity } from './gazetteer.js';
import type { BlockKind } from './parse.js';
import type { Sentence, Token } from './text.js';

/** What the caller says about a text besides the text itself. */
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

export interface DocumentBlock {
  index: number;
  kind: BlockKind;
  text: string;
  /** Words with offsets in `text` (the tokens layer). */
  tokens: Token[];
  /** Sentence spans in `text` (the tokens layer). */
  sentences: Sentence[];
  /** Known entities in the tokens, in order and without overlaps (the entities layer on). */
  matches: EntityMatch[];
}

export interface ExtractedMention {
  blockIndex: number;
  start: number;
  end: number;
  text: string;
  entity: KnownEntity;
  confidence: number;
  /** The text is a spelling of a known person's name that none of its forms has. */
  newSpelling?: true;
}

export type SourcedFigure = ExtractedFigure & { source: SpeakerRef | null };

/** The layers of a document, each added by one stage. */
export const layers = [
  'blocks',
  'publishedAt',
  'tokens',
  'entities',
  'newPeople',
  'roleReferences',
  'mentions',
  'statements',
  'figures',
  'events',
] as const;
export type Layer = (typeof layers)[number];

export interface ArticleDocument {
  readonly raw: string;
  /** The URL as the article's identity (normalized), if given. */
  readonly url: string | null;
  readonly options: IngestOptions;
  // blocks
  title: string;
  titleDerived: boolean;
  dateLine: string | null;
  publisher: string | null;
  source: string | null;
  photoCredit: string | null;
  blocks: DocumentBlock[];
  /**
   * The title as a block of its own (index -1), read for people, quotes and figures as the
   * body is; null when the text has no title line (a title derived from the lede is no text).
   */
  titleBlock: DocumentBlock | null;
  // publishedAt: null when neither the caller, the text nor the URL gives a date
  publishedAt: Date | null;
  /** The known entities; the newPeople stage adds the people found in this text. */
  gazetteer: Gazetteer;
  newPeople: NewPerson[];
  mentions: ExtractedMention[];
  statements: ExtractedStatement[];
  figures: SourcedFigure[];
  events: ExtractedEvent[];
  warnings: string[];
  /** The layers added so far. */
  readonly done: Set<Layer>;
}

export interface Stage {
  name: string;
  needs: readonly Layer[];
  adds: Layer;
  run(document: ArticleDocument): void;
}

/** An empty document: no layer yet. */
export function createDocument(
  raw: string,
  gazetteer: Gazetteer,
  options: IngestOptions = {},
  url: string | null = null,
): ArticleDocument {
  return {
    raw,
    url,
    options,
    title: '',
    titleDerived: false,
    dateLine: null,
    publisher: null,
    source: null,
    photoCredit: null,
    blocks: [],
    titleBlock: null,
    publishedAt: null,
    gazetteer,
    newPeople: [],
    mentions: [],
    statements: [],
    figures: [],
    events: [],
    warnings: [],
    done: new Set(),
  };
}

/** Index of the title block: spans in the title have this blockIndex. */
export const titleBlockIndex = -1;

/** The blocks extraction reads: the title first when there is one, then the body. */
export const textBlocks = (document: ArticleDocument): DocumentBlock[] =>
  document.titleBlock ? [document.titleBlock, ...document.blocks] : document.blocks;

/** The year of the article, for dates and figures that give none; null when undated. */
export const articleYear = (document: ArticleDocument) =>
  document.publishedAt?.getUTCFullYear() ?? null;

/** The sentence of a block that holds an offset. */
export function sentenceAt(block: DocumentBlock, offset: number): Sentence | undefined {
  return block.sentences.find((s) => offset >= s.start && offset < s.end);
}
