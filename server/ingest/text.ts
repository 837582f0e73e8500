// Words and sentences of a block, with their offsets in the block's text. Pure.
import { normalizeForMatching } from './normalize.js';

export interface Token {
  /** As written. */
  text: string;
  /** normalizeForMatching(text) */
  norm: string;
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
}

const wordPattern = /[\p{L}\p{M}\p{N}]+(?:[.,٫٬ر][\p{N}]+)*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(wordPattern)) {
    tokens.push({
      text: match[0],
      norm: normalizeForMatching(match[0]),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return tokens;
}

/** Sentences end at . ! ? ؟ ؛ (not a decimal point) or at the end of the block. */
export function sentences(text: string): Sentence[] {
  const result: Sentence[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?؟؛]+(?=\s|$|["”»)])/g)) {
    const before = text[match.index - 1] ?? '';
    const after = text[match.index + match[0].length] ?? '';
    if (/\p{N}/u.test(before) && /\p{N}/u.test(after)) continue;
    const end = match.index + match[0].length;
    if (text.slice(start, end).trim()) result.push({ start, end });
    start = end;
  }
  if (text.slice(start).trim()) result.push({ start, end: text.length });
  return result;
}

/** Arabic proclitics that may be glued to a word: و، ف، ب، ل، ك and their pairs. */
const proclitics = ['وب', 'ول', 'وك', 'فب', 'فل', 'و', 'ف', 'ب', 'ل', 'ك'];

/**
 * The forms a normalized word may stand for once a proclitic is taken off, with how many
 * letters were taken: "وبيراموف" → [{"وبيراموف",0}, {"بيراموف",1}, {"يراموف",2}…];
 * "للوزير" → {"الوزير",1} (ل + ال is written لل).
 */
export function withoutProclitics(norm: string): { form: string; skip: number }[] {
  const forms = [{ form: norm, skip: 0 }];
  for (const clitic of proclitics) {
    if (norm.length > clitic.length + 1 && norm.startsWith(clitic)) {
      const rest = norm.slice(clitic.length);
      forms.push({ form: rest, skip: clitic.length });
      if (clitic.endsWith('ل') && rest.startsWith('ل'))
        forms.push({ form: `ا${rest}`, skip: clitic.length });
    }
  }
  return forms;
}
