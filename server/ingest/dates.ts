import { toLatinDigits } from './normalize.js';

// Month names as Arabic news writes them: the Egyptian/Gulf names (يناير…) and the
// Levantine/Iraqi ones (كانون الثاني…), often both together (`نوفمبر/ تشرين الثاني`).
const monthNames: [RegExp, number][] = [
  [/كانون الثاني|يناير/, 1],
  [/شباط|فبراير/, 2],
  [/آذار|اذار|مارس/, 3],
  [/نيسان|أبريل|ابريل|إبريل/, 4],
  [/أيار|ايار|مايو/, 5],
  [/حزيران|يونيو|يونيه/, 6],
  [/تموز|يوليو|يوليه/, 7],
  [/آب|أغسطس|اغسطس/, 8],
  [/أيلول|ايلول|سبتمبر/, 9],
  [/تشرين الأول|تشرين الاول|أكتوبر|اكتوبر/, 10],
  [/تشرين الثاني|نوفمبر/, 11],
  [/كانون الأول|كانون الاول|ديسمبر/, 12],
];

const monthAlternation = monthNames.map(([pattern]) => pattern.source).join('|');

/** `23 ديسمبر 2022`, `2 نوفمبر/ تشرين الثاني 2021` (the year may be missing). */
const dayMonthYear = new RegExp(
  `(\\d{1,2})\\s*(${monthAlternation})(?:\\s*/\\s*(?:${monthAlternation}))?(?:\\s*(\\d{4}))?`,
);
/** `7-3-2023`, `07/03/2023`, `7.3.2023` (day first). */
const numericDate = /(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})/;
/** `2022/06/29`, `2022-06-29` (year first). */
const isoLikeDate = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/;

export interface DateMatch {
  date: Date;
  /** False when the text gave no year and it was taken from the fallback. */
  yearGiven: boolean;
}

function monthNumber(name: string): number {
  const found = monthNames.find(([pattern]) => pattern.test(name));
  if (!found) throw new Error(`not a month name: ${name}`);
  return found[1];
}

/** The years a news date can have; others (a typo such as 0021, a page number) are no date. */
export const yearRange = { from: 1900, to: 2100 };

function utcDate(year: number, month: number, day: number): Date | null {
  // Without this, Date.UTC would also read the years 0 to 99 as 1900 to 1999.
  if (year < yearRange.from || year > yearRange.to) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/** The first date written in a text, as midnight UTC; a missing year comes from `fallbackYear`. */
export function findDate(text: string, fallbackYear?: number): DateMatch | null {
  const latin = toLatinDigits(text);
  const isoLike = isoLikeDate.exec(latin);
  if (isoLike) {
    const date = utcDate(Number(isoLike[1]), Number(isoLike[2]), Number(isoLike[3]));
    if (date) return { date, yearGiven: true };
  }
  const numeric = numericDate.exec(latin);
  const named = dayMonthYear.exec(latin);
  if (numeric && (!named || numeric.index < named.index)) {
    const date = utcDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
    if (date) return { date, yearGiven: true };
  }
  if (named) {
    const year = named[3] ? Number(named[3]) : fallbackYear;
    if (year === undefined) return null;
    const date = utcDate(year, monthNumber(named[2]!), Number(named[1]));
    if (date) return { date, yearGiven: Boolean(named[3]) };
  }
  return null;
}

const weekdays = /(الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)/g;

/**
 * True for a line that holds only a date, maybe with a weekday, a time and a section
 * label glued to it: `٢٣ ديسمبر ٢٠٢٢`, `7-3-2023 | 09:05`, `الأحد، 24 يوليو 2022 05:12 م`,
 * `سياسة٢٧ يناير ٢٠٢٣`.
 */
export function isDateLine(line: string): boolean {
  if (line.length > 60 || /[.!?؟]$/.test(line.trim())) return false;
  const match = findDate(line);
  if (!match?.yearGiven) return false;
  const rest = toLatinDigits(line)
    .replace(isoLikeDate, ' ')
    .replace(dayMonthYear, ' ')
    .replace(numericDate, ' ')
    .replace(/\d{1,2}:\d{2}(\s*[مص](?=\s|$))?/, ' ')
    .replace(weekdays, ' ')
    .replace(/[|،,\-–/]/g, ' ');
  return rest.trim().split(/\s+/).filter(Boolean).length <= 2; // a section label at most
}
