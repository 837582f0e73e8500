// Arabic normalization for matching only: stored text is always kept as written.
// One module, used by the people-name filter and alias matching now, by extraction and
// search later.

const tashkeel = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const tatweel = /\u0640/g;

const charMap: Record<string, string> = {
  // alef forms → bare alef
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا',
  // alef maqsura and Persian yeh → yaa
  'ى': 'ي', 'ی': 'ي',
  // taa marbuta → haa (so الروسية and الروسيه match)
  'ة': 'ه',
  // Persian kaf
  'ک': 'ك',
  // Arabic decimal separator and thousands separator
  '٫': '.', '٬': ',',
};

function mapChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660); // Arabic-Indic digits
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0); // Eastern Arabic-Indic digits
  if (ch === '\u00A0') return ' ';
  return charMap[ch] ?? ch.toLowerCase();
}

/** The matching form of a text: no diacritics, unified letters, Latin digits, lower case, single spaces. */
export function normalizeForMatching(text: string): string {
  return text
    .replace(tashkeel, '')
    .replace(tatweel, '')
    .replace(/./gsu, (ch) => (ch.length === 1 ? mapChar(ch) : ch))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Arabic-Indic digits to Latin, nothing else. */
export function toLatinDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}
