// Quotation spans in a block: «…», “…”, „…“ and straight "…". Each mark is read as an
// opener or a closer from the characters around it (an opener follows a space or a colon and
// touches the next word; a closer touches the word before), and marks pair up like brackets,
// so that nested quotes, stray marks and quotes run together without spaces pair right. Pure.

import { normalizeForMatching } from '../normalize.js';
import { reportingVerbs, sayingParticiples } from './lexicon.js';

export interface Quote {
  /** Offsets of the marks themselves (`close` is the block's end for an unclosed quote). */
  open: number;
  close: number;
  /** The quoted words, without marks and outer spaces. */
  start: number;
  end: number;
  /** Inside another quotation: part of it, not a statement of its own. */
  nested: boolean;
  /** Opened and never closed before the end of the block. */
  unclosed: boolean;
}

type Side = 'open' | 'close' | 'either';

/** Mark families: a mark only pairs with a mark of its own family. */
const families: { marks: string; side: (mark: string) => Side }[] = [
  // Guillemets face the way they are drawn, unless the context says otherwise: "بـ»التطور…«".
  { marks: '«»', side: () => 'either' },
  // Some outlets write “ and ” the wrong way round: the context decides, the shape leans.
  { marks: '“”„', side: () => 'either' },
  { marks: '"', side: () => 'either' },
];

const isSpaceOrStart = (char: string | undefined) =>
  char === undefined || /[\s([:،,؛;\-–—/]/.test(char);
const isSpaceOrEnd = (char: string | undefined) =>
  char === undefined || /[\s)\]:،,؛;.!?؟\-–—/…]/.test(char);

/** A verb or participle of saying (with و or ف) right before offset `at`: "وقال", "قائلاً". */
function sayingWordBefore(text: string, at: number): boolean {
  const word = /(?:^|\s)(\S+)$/.exec(text.slice(Math.max(0, at - 16), at))?.[1];
  if (!word) return false;
  const norm = normalizeForMatching(word);
  return [norm, norm.replace(/^[وف]/, '')].some(
    (form) => reportingVerbs.has(form) || sayingParticiples.has(form),
  );
}

/** Which way a mark faces, read from its neighbours. */
function sideOf(text: string, at: number, lean: Side): Side {
  const before = text[at - 1];
  const after = text[at + 1];
  // A proclitic glued to an opener: بـ"…", و"…", ل"…".
  const cliticBefore = /[وبلفك]/.test(before ?? '') && isSpaceOrStart(text[at - 2]);
  // Spaces on both sides ("وقال ” تظل … ”"): the shape says nothing, the pairing decides.
  if (isSpaceOrStart(before) && /\s/.test(after ?? '')) return 'either';
  const opens = (isSpaceOrStart(before) || cliticBefore || before === 'ـ') && !isSpaceOrEnd(after);
  const closes = !isSpaceOrStart(before) && isSpaceOrEnd(after);
  if (opens && !closes) return 'open';
  // "وقال”كانت المملكة …": glued on both sides after a word of saying, it opens.
  if (!opens && !closes && sayingWordBefore(text, at)) return 'open';
  if (closes && !opens) return 'close';
  return lean;
}

function span(text: string, open: number, close: number, unclosed: boolean): Quote | null {
  let start = open + 1;
  let end = close;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s]/.test(text[end - 1]!)) end--;
  if (unclosed) while (end > start && /[\s.،,؛:]/.test(text[end - 1]!)) end--;
  return end > start ? { open, close, start, end, nested: false, unclosed } : null;
}

function familyQuotes(
  text: string,
  family: (typeof families)[number],
): { quotes: Quote[]; strayClosers: number[] } {
  const quotes: Quote[] = [];
  const strayClosers: number[] = [];
  const stack: number[] = [];
  for (let at = 0; at < text.length; at++) {
    const mark = text[at]!;
    if (!family.marks.includes(mark)) continue;
    const lean: Side = '“„«'.includes(mark) ? 'open' : '”»'.includes(mark) ? 'close' : 'either';
    let side = family.side(mark);
    if (side === 'either') side = sideOf(text, at, lean);
    // A mark that could face either way closes an open quote, else opens one.
    if (side === 'either') side = stack.length > 0 ? 'close' : 'open';
    if (side === 'open') stack.push(at);
    else if (stack.length > 0) {
      const open = stack.pop()!;
      const quote = span(text, open, at, false);
      if (quote) quotes.push(quote);
    } else strayClosers.push(at); // a closer with nothing open is a stray mark
  }
  // The outermost quote left open runs to the end of the block (a quote over a paragraph
  // break goes on in the next block); openers inside it are stray.
  const first = stack[0];
  if (first !== undefined && !quotes.some((q) => q.open > first)) {
    const quote = span(text, first, text.length, true);
    if (quote) quotes.push(quote);
  }
  return { quotes, strayClosers };
}

export function findQuotes(text: string): Quote[] {
  const found = families.map((family) => familyQuotes(text, family));
  const quotes = found.flatMap((f) => f.quotes);
  // A quote opened with one family's mark and closed with another's ("…”): an unclosed
  // quote ends at the first closer after it that nothing else pairs.
  const strayClosers = found.flatMap((f) => f.strayClosers).sort((a, b) => a - b);
  for (const [k, quote] of quotes.entries()) {
    const closer = quote.unclosed ? strayClosers.find((at) => at > quote.open) : undefined;
    const closed = closer === undefined ? null : span(text, quote.open, closer, false);
    if (closed) quotes[k] = closed;
  }
  quotes.sort((a, b) => a.open - b.open);
  // Nested: inside a quotation opened before it, which one sweep in order of opening finds
  // (the furthest close of those opened before).
  let furthestClose = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < quotes.length; ) {
    let j = i;
    while (j < quotes.length && quotes[j]!.open === quotes[i]!.open) j++;
    for (let k = i; k < j; k++) quotes[k]!.nested = quotes[k]!.close <= furthestClose;
    for (let k = i; k < j; k++) furthestClose = Math.max(furthestClose, quotes[k]!.close);
    i = j;
  }
  return quotes;
}

/**
 * Where a quotation left open in an earlier paragraph closes in this one: the first closing
 * mark that nothing here pairs, when no quotation opens before it; null otherwise.
 */
export function continuedQuoteEnd(text: string): number | null {
  const found = families.map((family) => familyQuotes(text, family));
  const closer = Math.min(...found.flatMap((f) => f.strayClosers));
  if (!Number.isFinite(closer)) return null;
  const opensBefore = found.some((f) => f.quotes.some((q) => q.open < closer));
  return opensBefore ? null : closer;
}

/** True when the text holds no quotation mark at all. */
export const hasNoMarks = (text: string) =>
  !families.some((family) => [...family.marks].some((mark) => text.includes(mark)));
