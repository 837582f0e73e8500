// Arabic normalization for matching only: stored text is always kept as written.
// One module, used by the people-name filter and alias matching now, by extraction and
// search later.
import { memoized } from './memo.js';

const tashkeel = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const tatweel = /\u0640/g;
// Invisible format characters pages carry from their editors: direction marks inside a date
// ("15\u200f/06\u200f/2023"), zero-width joiners and spaces, a byte-order mark.
const formatChars = /[\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

const charMap: Record<string, string> = {
  // alef forms → bare alef
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  // alef maqsura and Persian yeh → yaa
  ى: 'ي',
  ی: 'ي',
  // taa marbuta → haa (so الروسية and الروسيه match)
  ة: 'ه',
  // Persian kaf
  ک: 'ك',
  // Letters for sounds Arabic lacks, as Maghreb and Persian-influenced outlets write them:
  // gaf (بوگدانوف) as غ, the common spelling of Russian g (بوغدانوف); veh (ڤلاديمير) as ف;
  // peh (پوتين) as ب
  گ: 'غ',
  ڤ: 'ف',
  پ: 'ب',
  // Arabic decimal separator and thousands separator
  '٫': '.',
  '٬': ',',
};

const digits = /[\u0660-\u0669\u06F0-\u06F9]/g;
const mappedChars = new RegExp(`[${Object.keys(charMap).join('')}\u00A0]`, 'g');

/**
 * The matching form of a text: no diacritics, unified letters, Latin digits, lower case,
 * single spaces. Remembered for short texts: extraction normalizes every token.
 */
export const normalizeForMatching: (text: string) => string = memoized(normalized);

function normalized(text: string): string {
  // Plain regex replaces, no per-character callback except for the characters that change.
  return toLatinDigits(
    text
      .replace(tashkeel, '')
      .replace(tatweel, '')
      .replace(formatChars, '')
      .replace(mappedChars, (ch) => charMap[ch] ?? ' '),
  )
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Arabic-Indic digits to Latin, nothing else. */
export function toLatinDigits(text: string): string {
  return text.replace(digits, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}
