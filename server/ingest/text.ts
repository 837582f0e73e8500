// Words and sentences of a block, with their offsets in the block's text, computed once
// by the tokens stage; and the one proclitic rule every later stage reads words with. Pure.
import { type Stage, textBlocks } from './document.js';
import { memoized } from './memo.js';
import { normalizeForMatching } from './normalize.js';

/** A normalized word without a proclitic, and how many letters were taken off. */
export interface WordForm {
  form: string;
  skip: number;
}

export interface Token {
  /** As written. */
  text: string;
  /** normalizeForMatching(text) */
  norm: string;
  /** withoutProclitics(norm): the word as it may stand in a word list (shared, never changed). */
  forms: readonly WordForm[];
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
}

/** Arabic proclitics that may be glued to a word: و، ف، ب، ل، ك and their pairs. */
const proclitics = ['وب', 'ول', 'وك', 'فب', 'فل', 'و', 'ف', 'ب', 'ل', 'ك'];

function formsWithoutProclitics(word: string): WordForm[] {
  const forms = [{ form: word, skip: 0 }];
  for (const clitic of proclitics) {
    if (!word.startsWith(clitic)) continue;
    const rest = word.slice(clitic.length);
    if (rest.length < 2 && !/^\d/.test(rest)) continue;
    forms.push({ form: rest, skip: clitic.length });
    if (clitic.endsWith('ل') && rest.startsWith('ل'))
      forms.push({ form: `ا${rest}`, skip: clitic.length });
  }
  return forms;
}

/**
 * The forms a word may stand for once a proclitic is taken off, with how many letters were
 * taken: "وبيراموف" → [{"وبيراموف",0}, {"بيراموف",1}, {"يراموف",2}…]; "للوزير" →
 * {"الوزير",1} (ل + ال is written لل); "و3" → {"3",1}. What is left keeps two letters, or
 * is a number. Remembered, as the same words recur: the forms are shared, never change them.
 */
export const withoutProclitics: (word: string) => readonly WordForm[] =
  memoized(formsWithoutProclitics);

/** The first index in [0, length) where the monotone `isPast` holds (length when none). */
export function partitionPoint(length: number, isPast: (i: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (isPast(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The index of the first token starting after `offset` (tokens.length when none does). */
export const firstTokenAfter = (tokens: readonly Token[], offset: number) =>
  partitionPoint(tokens.length, (i) => tokens[i]!.start > offset);

/** A word carrying the conjunction و: a new member of a list ("ورؤساء", "و200"). */
export const conjoined = (token: Token): boolean => token.norm.startsWith('و');

/** True when the token is one of the (normalized) words, maybe with a proclitic glued on. */
export const tokenIn = (token: Token | undefined, words: ReadonlySet<string>): boolean =>
  !!token && token.forms.some((f) => words.has(f.form));

/** The same test for a word list kept as written (see lexicon.ts notNameWords). */
export const writtenIn = (token: Token, words: ReadonlySet<string>): boolean =>
  withoutProclitics(token.text).some((f) => words.has(f.form));

/** "والوزير" → "الوزير", "للوزير" → "الوزير": a proclitic glued to the article ال taken off. */
export function withoutProcliticBeforeArticle(word: string): string {
  return withoutProclitics(word).find((f) => f.skip > 0 && f.form.startsWith('ال'))?.form ?? word;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A test for whole phrases in a normalized text, the first word maybe carrying a proclitic
 * (بنحو، وبلغ، للتجاره): one compiled pattern per list.
 */
export function phraseMatcher(phrases: readonly string[]): (norm: string) => boolean {
  const plain = phrases.map(escapeRegExp).join('|');
  // ل + ال is written لل: "للتجاره" is ل + "التجاره".
  const afterLam = phrases
    .filter((p) => p.startsWith('ال'))
    .map((p) => escapeRegExp(p.slice(1)))
    .join('|');
  const clitics = proclitics.join('|');
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:(?:${clitics})?(?:${plain})${
      afterLam ? `|(?:و|ف)?ل(?:${afterLam})` : ''
    })(?![\\p{L}\\p{N}])`,
    'u',
  );
  return (norm) => pattern.test(norm);
}

const wordPattern = /[\p{L}\p{M}\p{N}]+(?:[.,٫٬ر][\p{N}]+)*/gu;

/** A written word's normalized form and its forms without proclitics, in one lookup. */
const readWord = memoized((text: string) => {
  const norm = normalizeForMatching(text);
  return { norm, forms: withoutProclitics(norm) };
});

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(wordPattern)) {
    const { norm, forms } = readWord(match[0]);
    tokens.push({
      text: match[0],
      norm,
      forms,
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return tokens;
}

/**
 * The longest sentence, in characters: the longest of the corpus's 4,661 has 978. Longer
 * runs with no full stop are cut at a space, so that the stages that read a sentence for
 * each of its parts (a clause runs to its sentence's end, a quotation's speaker is looked
 * for from its start) take time linear in the length of a text.
 */
export const maxSentenceLength = 2_000;

/** The sentence [start, end), cut into pieces of at most maxSentenceLength at spaces. */
function boundedSentences(text: string, start: number, end: number): Sentence[] {
  const pieces: Sentence[] = [];
  while (end - start > maxSentenceLength) {
    const space = text.lastIndexOf(' ', start + maxSentenceLength);
    const cut = space > start ? space + 1 : start + maxSentenceLength;
    pieces.push({ start, end: cut });
    start = cut;
  }
  pieces.push({ start, end });
  return pieces.filter((piece) => text.slice(piece.start, piece.end).trim());
}

/**
 * Sentences end at . ! ? ؟ (not a decimal point) or at the end of the block, or after
 * maxSentenceLength. The Arabic semicolon ؛ does not end one: outlets use it as a comma
 * ("… مجانا؛ لمساعدتها على …").
 */
export function sentences(text: string): Sentence[] {
  const result: Sentence[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?؟]+(?=\s|$|["”»)])/g)) {
    const before = text[match.index - 1] ?? '';
    const after = text[match.index + match[0].length] ?? '';
    if (/\p{N}/u.test(before) && /\p{N}/u.test(after)) continue;
    // "وقالت.. إن روسيا …": two dots as a pause before what was said, not a sentence's end.
    if (match[0] === '..' && /^\s*[وف]?[بل]?[أإا]ن(ه|ها)?\s/.test(text.slice(match.index + 2)))
      continue;
    const end = match.index + match[0].length;
    if (text.slice(start, end).trim()) result.push(...boundedSentences(text, start, end));
    start = end;
  }
  if (text.slice(start).trim()) result.push(...boundedSentences(text, start, text.length));
  return result;
}

/** Tokens and sentences of every block, once. */
export const tokenStage: Stage = {
  name: 'tokens',
  needs: ['blocks'],
  adds: 'tokens',
  run(document) {
    for (const block of textBlocks(document)) {
      block.tokens = tokenize(block.text);
      block.sentences = sentences(block.text);
    }
  },
};
