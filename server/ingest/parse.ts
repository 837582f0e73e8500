// Parse step: raw article text as copied from a news page → title, body blocks, footer
// (the blocks stage). Pure: no database, no knowledge of people or places.
import { isDateLine } from './dates.js';
import { type DocumentBlock, type Stage, titleBlockIndex } from './document.js';
import { IngestError } from './errors.js';

export type BlockKind = 'PARAGRAPH' | 'HEADING';

export interface Block {
  kind: BlockKind;
  text: string;
}

export interface ParsedArticle {
  title: string;
  /** True when the text had no title line and the title was derived from the lede. */
  titleDerived: boolean;
  /** The page's own date line, as written, if it had one. */
  dateLine: string | null;
  /** Body in reading order; the title and the footer are not part of it. */
  blocks: Block[];
  publisher: string | null;
  source: string | null;
  photoCredit: string | null;
}

const languageSwitch = /^(?:(?:ru|en|ar|fr|tr|рус|eng|عربي|English|Русский)\s*)+$/i;
const sentenceEnd = /[.!?؟:»"”)…]$/;
const sourceLine = /^(?:المصدر|مصدر)\s*:\s*(.+)$/;
const photoLine = /^(?:الصورة|صورة|الصور)\s*:\s*(.+)$/;
const maxHeadingWords = 10;

function wordCount(line: string): number {
  return line.split(/\s+/).filter(Boolean).length;
}

/** Trims a line, including no-break spaces; a line of only those becomes empty. */
function cleanLine(line: string): string {
  return line.replace(
    /^[\s\u00A0\u200B\u200F\u200E\uFEFF]+|[\s\u00A0\u200B\u200F\u200E\uFEFF]+$/g,
    '',
  );
}

/** A short line that does not end a sentence reads as a title or a sub-heading. */
function looksLikeHeading(line: string): boolean {
  return wordCount(line) <= maxHeadingWords && !sentenceEnd.test(line);
}

/**
 * A credit line before the lede, ending in a colon: "موسكو - سعيد طانيوس:", "السياسية -
 * وكالات:", "المتوسط:". No headline ends in a colon.
 */
function isCreditLine(line: string): boolean {
  return (wordCount(line) <= 8 && /:$/.test(line)) || isPlainCreditLine(line);
}

/**
 * A credit line with no colon: place, agency or author joined by a dash or a slash
 * ("موسكو - أ ف ب", "بغداد – التآخي", "الثبات ـ دولي", "تونس/الميثاق/أخبار وطنية",
 * "&موسكو-"), or an author with the city in brackets ("مصطفى عبد العظيم (دبي)"). Headlines
 * this short with a dash are rare; longer ones ("لقاء روسي – إماراتي في موسكو …") stay titles.
 */
function isPlainCreditLine(line: string): boolean {
  if (wordCount(line) > 6 || /[.!?؟]$/.test(line)) return false;
  return /\S\s*[-–—/]\s*\S|[-–—/]$|\sـ\s/.test(line) || /^[^()]+\([^()]+\)$/.test(line);
}

/** A headline: one line of up to 25 words that ends neither with a full stop nor a colon. */
function looksLikeTitle(line: string): boolean {
  return wordCount(line) <= 25 && !/[.!]$/.test(line) && !isCreditLine(line);
}

/** A headline under a credit line: shorter than a lede, with no full stop or comma. */
function looksLikeShortTitle(line: string): boolean {
  return wordCount(line) <= 14 && !/[.!،,:]$/.test(line) && !/[،,]/.test(line);
}

/** The lede's first clause (up to the first comma or full stop), or its first words. */
export function deriveTitle(lede: string): string {
  const clause = lede.split(/[،,.؛]/)[0]!.trim();
  const words = clause.split(/\s+/);
  if (words.length >= 4 && words.length <= 16) return clause;
  return `${lede.split(/\s+/).slice(0, 12).join(' ')}…`;
}

export function parseArticle(raw: string): ParsedArticle {
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map(cleanLine)
    .filter((line) => line !== '');
  if (lines[0] !== undefined && languageSwitch.test(lines[0])) lines.shift();

  let source: string | null = null;
  let photoCredit: string | null = null;
  let publisher: string | null = null;
  let footerFound = false;
  for (;;) {
    const last = lines.at(-1);
    if (last === undefined) break;
    const sourceMatch = sourceLine.exec(last);
    const photoMatch = photoLine.exec(last);
    if (sourceMatch) source = sourceMatch[1]!.trim();
    else if (photoMatch) photoCredit = photoMatch[1]!.trim();
    else break;
    footerFound = true;
    lines.pop();
  }
  // The publisher line sits just above the credits: a short line with no full stop (it
  // may end in the closing quotation mark of a quoted name).
  const beforeFooter = lines.at(-1);
  if (
    footerFound &&
    beforeFooter !== undefined &&
    lines.length > 1 &&
    wordCount(beforeFooter) <= 8 &&
    !/[.!?؟:]$/.test(beforeFooter)
  ) {
    publisher = beforeFooter;
    lines.pop();
  }

  let dateLine: string | null = null;
  const dateIndex = lines.findIndex((line, index) => index < 3 && isDateLine(line));
  if (dateIndex !== -1) dateLine = lines.splice(dateIndex, 1)[0]!;

  let title: string;
  let titleDerived = false;
  const first = lines[0];
  if (first !== undefined && lines.length > 1 && looksLikeTitle(first)) {
    title = first;
    lines.shift();
  } else if (
    first !== undefined &&
    isCreditLine(first) &&
    lines.length > 2 &&
    looksLikeShortTitle(lines[1]!)
  ) {
    // A credit line above the headline ("تاريخ الإفراج : …", then the title): it stays in
    // the body, where its byline and date are read.
    title = lines.splice(1, 1)[0]!;
  } else {
    // A credit line ("موسكو - سعيد طانيوس:") stays in the body, where its byline is read.
    const lede = first !== undefined && isCreditLine(first) ? (lines[1] ?? first) : first;
    title = lede === undefined ? '' : deriveTitle(lede);
    titleDerived = true;
  }

  const blocks: Block[] = lines.map((text, index) => ({
    kind: index < lines.length - 1 && looksLikeHeading(text) ? 'HEADING' : 'PARAGRAPH',
    text,
  }));
  return { title, titleDerived, dateLine, blocks, publisher, source, photoCredit };
}

/** The title, the date line, the footer and the body blocks, each block still without words. */
export const parseStage: Stage = {
  name: 'blocks',
  needs: [],
  adds: 'blocks',
  run(document) {
    const parsed = parseArticle(document.raw);
    if (parsed.blocks.length === 0) throw new IngestError('the text has a title but no body');
    document.title = parsed.title;
    document.titleDerived = parsed.titleDerived;
    document.dateLine = parsed.dateLine;
    document.publisher = parsed.publisher;
    document.source = parsed.source;
    document.photoCredit = parsed.photoCredit;
    const emptyBlock = (index: number, kind: BlockKind, text: string): DocumentBlock => ({
      index,
      kind,
      text,
      tokens: [],
      sentences: [],
      matches: [],
    });
    document.blocks = parsed.blocks.map((block, index) =>
      emptyBlock(index, block.kind, block.text),
    );
    document.titleBlock =
      parsed.title && !parsed.titleDerived
        ? emptyBlock(titleBlockIndex, 'HEADING', parsed.title)
        : null;
  },
};
