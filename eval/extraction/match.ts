// The matching rules of the extraction score: when a found fact is the annotated one.
// Names compare after normalization (ى/ي, hamza forms, tashkeel, ة/ه, the al- prefix);
// statements by text overlap both ways and by speaker; money by amount, currency and
// year. Pure.
import { normalizeForMatching } from '../../server/ingest/normalize.js';

/**
 * A name or text as compared: normalizeForMatching (tashkeel, أ/إ/آ → ا, ى → ي, ة → ه,
 * Latin digits), then ؤ → و, ئ → ي, no ء, no punctuation, "عبد الله" → "عبدالله", and
 * no ال at the start of a word.
 */
export function comparable(text: string): string[] {
  return normalizeForMatching(text)
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/ء/g, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/(^|\s)(عبد|ابو|ابي)\s+/g, '$1$2')
    .split(/\s+/)
    .map((word) => (word.length > 3 && word.startsWith('ال') ? word.slice(2) : word))
    .filter((word) => word !== '' && word !== 'ال');
}

const sameWords = (a: string[], b: string[]) =>
  a.length === b.length && a.every((word, i) => word === b[i]);

/** True when `part` is a run of whole consecutive words of `whole` (or all of it). */
export function isContainedForm(part: string[], whole: string[]): boolean {
  if (part.length === 0 || part.length > whole.length) return false;
  for (let i = 0; i + part.length <= whole.length; i++) {
    if (part.every((word, k) => word === whole[i + k])) return true;
  }
  return false;
}

/** A person as stored: every Arabic name and alias, English names, role titles. */
export interface FoundPerson {
  names: string[];
  english: string[];
  roles: string[];
}

/** An organization as stored; a government also answers to its country's names. */
export interface FoundOrganization {
  names: string[];
  countryNames: string[];
}

export type FoundSpeaker =
  | ({ kind: 'person' } & FoundPerson)
  | ({ kind: 'organization' } & FoundOrganization);

const latinKey = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z]/g, '');

/**
 * The annotated name is the found person when one of the person's names is that name, or a
 * contained form of it ("لافروف" for "سيرغي لافروف"), or both give the same English name.
 */
export function personMatches(
  expected: { name: string; en?: string | null | undefined },
  found: FoundPerson,
): boolean {
  const want = comparable(expected.name);
  if (found.names.some((name) => isContainedForm(comparable(name), want))) return true;
  const en = expected.en ? latinKey(expected.en) : '';
  return en !== '' && found.english.some((name) => latinKey(name) === en);
}

/** Word coverage: the share of `a`'s words that `b` holds in the same order (LCS). */
export function coverage(a: string[], b: string[]): number {
  if (a.length === 0) return b.length === 0 ? 1 : 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const word of a) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      row[j] = word === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, row[j - 1]!);
    }
    previous = row;
  }
  return previous[b.length]! / a.length;
}

/** The minimum share of words each text must hold of the other. */
export const overlapNeeded = 0.8;

/** Same statement text: each covers at least 80 % of the other's words. */
export function sameStatementText(expected: string, found: string): boolean {
  const a = comparable(expected);
  const b = comparable(found);
  return coverage(a, b) >= overlapNeeded && coverage(b, a) >= overlapNeeded;
}

/** An organization or role phrase: equal words, or each covering 80 % of the other. */
function samePhrase(expected: string, found: string): boolean {
  const a = comparable(expected);
  const b = comparable(found);
  if (a.length === 0 || b.length === 0) return false;
  return sameWords(a, b) || (coverage(a, b) >= overlapNeeded && coverage(b, a) >= overlapNeeded);
}

/**
 * The annotated speaker (a person's name as in `people`, an organization's name, or a
 * role as written) is the found one: by person name, organization name or role text.
 */
export function speakerMatches(
  expected: string,
  found: FoundSpeaker | null,
  people: { name: string; en?: string | null | undefined }[] = [],
): boolean {
  if (!found) return false;
  if (found.kind === 'person') {
    const annotated = people.find((p) => p.name === expected) ?? { name: expected };
    return (
      personMatches(annotated, found) ||
      found.roles.some((role) => samePhrase(expected, role)) ||
      found.names.some((name) => samePhrase(expected, name))
    );
  }
  return [...found.names, ...found.countryNames].some((name) => samePhrase(expected, name));
}

/** "3400000000.0" → "3400000000", "0.50" → "0.5", "007" → "7". */
export function canonicalAmount(amount: string): string {
  const [whole = '0', fraction = ''] = amount.trim().split('.');
  const integer = whole.replace(/^0+(?=\d)/, '');
  const rest = fraction.replace(/0+$/, '');
  return rest ? `${integer}.${rest}` : integer;
}

export interface MoneyFact {
  amount: string;
  currency: string;
  year: number | null;
}

export const sameMoney = (expected: MoneyFact, found: MoneyFact) =>
  canonicalAmount(expected.amount) === canonicalAmount(found.amount) &&
  expected.currency === found.currency &&
  expected.year === found.year;
