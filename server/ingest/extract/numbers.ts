// Numbers as Arabic news writes them: digits in both systems with a decimal point, a
// decimal comma or the agency style 2ر7 (= 7.2), thousands separators, spelled-out
// numbers, and the scale words (ألف، مليون، مليار، بليون، تريليون) with their plural, dual
// and case forms. Exact decimal arithmetic on strings. Pure.
import { normalizeForMatching } from '../normalize.js';
import type { Token } from '../text.js';

const n = normalizeForMatching;

/** Scale words (normalized, with and without the article) → power of ten. */
export const scaleWords = new Map<string, number>();
/** The forms that stand alone for one ("مليار دولار") or two ("ملياري دولار"). */
const singleScaleWords = new Set<string>();
const dualScaleWords = new Set<string>();
for (const [singles, plurals, duals, power] of [
  [['الف', 'الفا'], ['الاف', 'الوف'], ['الفين', 'الفان', 'الفي'], 3],
  // "ملاين": a spelling of ملايين some outlets use
  [['مليون', 'مليونا'], ['ملايين', 'ملايينا', 'ملاين'], ['مليوني', 'مليونين', 'مليونان'], 6],
  [['مليار', 'مليارا'], ['مليارات'], ['ملياري', 'مليارين', 'ملياران'], 9],
  [['بليون', 'بليونا'], ['بلايين', 'بليونات'], ['بليوني', 'بليونين', 'بليونان'], 9],
  [['تريليون', 'تريليونا'], ['تريليونات'], ['تريليوني', 'تريليونين', 'تريليونان'], 12],
  // "ترليون": the spelling without ي some outlets use
  [['ترليون', 'ترليونا'], ['ترليونات'], ['ترليوني', 'ترليونين', 'ترليونان'], 12],
] as [string[], string[], string[], number][]) {
  for (const word of [...singles, ...plurals, ...duals]) {
    scaleWords.set(word, power);
    scaleWords.set(`ال${word}`, power);
  }
  for (const word of singles) singleScaleWords.add(word);
  for (const word of duals) dualScaleWords.add(word);
}

// A Map, not an object: a word such as "constructor" must not find Object's prototype.
const spelled = new Map<string, number>(
  Object.entries({
    واحد: 1,
    واحدة: 1,
    أحد: 1,
    إحدى: 1,
    اثنا: 2,
    اثني: 2,
    اثنتا: 2,
    اثنتي: 2,
    اثنان: 2,
    اثنين: 2,
    اثنتان: 2,
    اثنتين: 2,
    ثلاث: 3,
    ثلاثة: 3,
    أربع: 4,
    أربعة: 4,
    خمس: 5,
    خمسة: 5,
    ست: 6,
    ستة: 6,
    سبع: 7,
    سبعة: 7,
    ثماني: 8,
    ثمانية: 8,
    ثمان: 8,
    تسع: 9,
    تسعة: 9,
    عشر: 10,
    عشرة: 10,
    عشرين: 20,
    عشرون: 20,
    ثلاثين: 30,
    ثلاثون: 30,
    أربعين: 40,
    أربعون: 40,
    خمسين: 50,
    خمسون: 50,
    ستين: 60,
    ستون: 60,
    سبعين: 70,
    سبعون: 70,
    ثمانين: 80,
    ثمانون: 80,
    تسعين: 90,
    تسعون: 90,
    مئة: 100,
    مائة: 100,
    مئتي: 200,
    مئتا: 200,
    مئتين: 200,
    مائتي: 200,
    مائتين: 200,
    ثلاثمئة: 300,
    ثلاثمائة: 300,
    أربعمئة: 400,
    أربعمائة: 400,
    خمسمئة: 500,
    خمسمائة: 500,
    ستمئة: 600,
    ستمائة: 600,
    سبعمئة: 700,
    سبعمائة: 700,
    ثمانمئة: 800,
    ثمانمائة: 800,
    تسعمئة: 900,
    تسعمائة: 900,
    نصف: 0.5,
    ربع: 0.25,
  }).map(([word, value]) => [n(word), value] as const),
);

/** Fractions joined to a scale: "مليار ونصف" (1.5 billion), "مليون وربع". */
export const fractionWords = new Map([
  ['نصف', '0.5'],
  ['ربع', '0.25'],
]);

/**
 * "3.4" "2,35" "1,500" "2ر7" (7.2) "ثلاثة" → a decimal string; null when not a number. A
 * comma before exactly three digits separates thousands, before one or two it is a decimal.
 */
export function numeral(norm: string): string | null {
  if (!startsWithDigit(norm)) return spelledValue(norm); // most words: no pattern to try
  const agency = /^(\d+)ر(\d+)$/.exec(norm);
  if (agency) return canonical(`${agency[2]}.${agency[1]}`);
  if (/^\d{1,3}(,\d{3})+$/.test(norm)) return norm.replace(/,/g, '');
  // "1.500.000": dots between groups of three (two groups at least: "1.500" is a decimal)
  if (/^\d{1,3}(\.\d{3}){2,}$/.test(norm)) return norm.replace(/\./g, '');
  const decimalComma = /^(\d+),(\d{1,2})$/.exec(norm);
  if (decimalComma) return canonical(`${decimalComma[1]}.${decimalComma[2]}`);
  if (/^\d+(\.\d+)?$/.test(norm)) return canonical(norm);
  return spelledValue(norm);
}

const startsWithDigit = (norm: string) => {
  const code = norm.charCodeAt(0);
  return code >= 48 && code <= 57;
};

function spelledValue(norm: string): string | null {
  const word = spelled.get(norm);
  return word === undefined ? null : String(word);
}

/**
 * The number a token writes, maybe with a proclitic glued on ("و200", "بـ20", "وثلاثة") or
 * the article ("صفقة الـ40 مليار دولار").
 */
export function numberOf(token: Token | undefined): string | null {
  for (const { form } of token?.forms ?? []) {
    const value = numeral(/^ال\d/.test(form) ? form.slice(2) : form);
    if (value !== null) return value;
  }
  return null;
}

/**
 * The scale word of a token ("مليار", "وملايين", "المليار"), and the value it has standing
 * alone: 1 for "مليار", 2 for the dual "ملياري", none for a plural ("مليارات الدولارات") or
 * with the article ("المليار").
 */
export function scaleWord(
  token: Token | undefined,
): { power: number; alone: number | null } | null {
  for (const { form } of token?.forms ?? []) {
    const power = scaleWords.get(form);
    if (power === undefined) continue;
    const alone = singleScaleWords.has(form) ? 1 : dualScaleWords.has(form) ? 2 : null;
    return { power, alone };
  }
  return null;
}

/** A spelled-out number: "خمسة"، "وعشرين". */
export function spelledNumberOf(token: Token | undefined): number | null {
  for (const { form } of token?.forms ?? []) {
    const value = spelled.get(form);
    if (value !== undefined) return value;
  }
  return null;
}

export const scaleOf = (token: Token | undefined) => scaleWord(token)?.power ?? null;

/** "007.50" → "7.5". */
export function canonical(value: string): string {
  const [whole = '0', fraction = ''] = value.split('.');
  const integer = whole.replace(/^0+(?=\d)/, '');
  const rest = fraction.replace(/0+$/, '');
  return rest ? `${integer}.${rest}` : integer;
}

/** Multiplies a decimal string by 10^power (negative too), exactly. */
export function scaleDecimal(value: string, power: number): string {
  const [whole = '0', fraction = ''] = value.split('.');
  const digits = `${whole}${fraction}`;
  let point = whole.length + power;
  let padded = digits;
  if (point > padded.length) padded = padded.padEnd(point, '0');
  if (point < 1) {
    padded = `${'0'.repeat(1 - point)}${padded}`;
    point = 1;
  }
  return canonical(`${padded.slice(0, point)}.${padded.slice(point)}`);
}

/** The exact sum of two decimal strings. */
export function addDecimals(a: string, b: string): string {
  const places = Math.max(a.split('.')[1]?.length ?? 0, b.split('.')[1]?.length ?? 0);
  const asInteger = (v: string) => BigInt(scaleDecimal(v, places));
  return scaleDecimal((asInteger(a) + asInteger(b)).toString(), -places);
}
