// Dates as Arabic news writes them, and the publication date of an article: from its text
// (a date line, the lede) or from its URL (the publishedAt stage). Pure.
import type { Stage } from './document.js';
import { normalizeForMatching } from './normalize.js';

// Month names in their matching form (normalizeForMatching: no hamza on alef, ة → ه,
// Latin digits): the Egyptian/Gulf names (يناير…), the Levantine/Iraqi ones (كانون
// الثاني…) and their short forms (ت1، ك2), the Maghreb ones (جانفي، جوان، أوت) and the
// Moroccan ones (يوليوز، غشت، شتنبر، نونبر، دجنبر), and the Mauritanian دسمبر. Outlets often
// give two together ("نوفمبر/ تشرين الثاني", "آذار (مارس)", "ت1 أكتوبر"). Some write the
// Levantine names without the article ("تشرين ثاني"); metadata lines may give English names
// ("June 12, 2024").
const monthNames: [number, string[]][] = [
  [1, ['كانون الثاني', 'كانون ثاني', 'ك2', 'يناير', 'جانفي', 'january', 'jan']],
  [2, ['شباط', 'فبراير', 'فيفري', 'february', 'feb']],
  [3, ['اذار', 'مارس', 'march', 'mar']],
  [4, ['نيسان', 'ابريل', 'افريل', 'april', 'apr']],
  [5, ['ايار', 'مايو', 'ماي', 'may']],
  [6, ['حزيران', 'يونيو', 'يونيه', 'جوان', 'june', 'jun']],
  [7, ['تموز', 'يوليو', 'يوليه', 'يوليوز', 'جويليه', 'july', 'jul']],
  [8, ['اب', 'اغسطس', 'اوت', 'غشت', 'august', 'aug']],
  [9, ['ايلول', 'سبتمبر', 'شتنبر', 'september', 'sept', 'sep']],
  [10, ['تشرين الاول', 'تشرين اول', 'ت1', 'اكتوبر', 'october', 'oct']],
  [11, ['تشرين الثاني', 'تشرين ثاني', 'ت2', 'نوفمبر', 'نونبر', 'november', 'nov']],
  [12, ['كانون الاول', 'كانون اول', 'ك1', 'ديسمبر', 'دسمبر', 'دجنبر', 'december', 'dec']],
];

const monthByName = new Map(monthNames.flatMap(([month, names]) => names.map((n) => [n, month])));

// Longest first, so that "يوليوز" is not read as "يوليو" and a letter left over.
const monthAlternation = [...monthByName.keys()].sort((a, b) => b.length - a.length).join('|');
const month = `(?<![\\p{L}])(${monthAlternation})(?![\\p{L}])`;
const otherMonth = `(?<![\\p{L}])(?:${monthAlternation})(?![\\p{L}])`;

/** True for a one-word month name in matching form ("مارس", "اذار", "جانفي"). */
export const isMonthName = (normalized: string) => monthByName.has(normalized);

/**
 * "23 ديسمبر 2022", "2 نوفمبر/ تشرين الثاني 2021", "12 ت1 أكتوبر 2023", "5 آذار (مارس)
 * 2024", "2 نوفمبر، عام 2021", "12 يونيو من عام 2024", "12 - يونيو - 2024", "12 من شهر يناير
 * 2024"; the year may be missing.
 */
const dayMonthYear = new RegExp(
  `(?<!\\d)(\\d{1,2})\\s*(?:[-/]\\s*)?(?:من\\s+)?(?:شهر\\s+)?${month}` +
    `(?:\\s*[/(-]?\\s*${otherMonth}\\s*\\)?)?` +
    `(?:\\s*[،,/-]?\\s*(?:(?:من\\s+)?(?:عام|العام|سنه|السنه)\\s*)?(\\d{4})(?!\\d))?`,
  'gu',
);
/**
 * "يونيو 12, 2024", "حزيران 12، 2024", "June 12 2024": the month first, as WordPress writes a
 * date.
 */
const monthDayYear = new RegExp(`${month}\\s*(\\d{1,2})(?:\\s*[،,]\\s*|\\s+)(\\d{4})(?!\\d)`, 'gu');
/** "7-3-2023", "07/03/2023", "7.3.2023", "26 - 08 - 2025" (day first). */
const dayFirst = /(?<![\d.,/-]\s?)(\d{1,2})( ?[-/.] ?)(\d{1,2})\2(\d{4})(?![\d]|\s?[.,/-]\s?\d)/g;
/** "2022/06/29", "2022-06-29", "2022.06.29" (year first). */
const yearFirst = /(?<![\d.,/-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d]|[.,/-]\d)/g;

export interface DateMatch {
  date: Date;
  /** False when the text gave no year and it was taken from the fallback. */
  yearGiven: boolean;
  /**
   * Written as narration ("في 3 أبريل من العام 2018", "تم تعديل الاتفاق في 16 سبتمبر 2024"),
   * as no date line writes a date.
   */
  narrative: boolean;
}

const anyDigit = /[0-9\u0660-\u0669\u06F0-\u06F9]/;

/** The years a news date can have; others (a typo such as 0021, a page number) are no date. */
export const yearRange = { from: 1900, to: 2100 };

function utcDate(year: number, month: number, day: number): Date | null {
  // Without this, Date.UTC would also read the years 0 to 99 as 1900 to 1999.
  if (year < yearRange.from || year > yearRange.to) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

interface Candidate {
  index: number;
  length: number;
  day: number;
  month: number;
  year: number | null;
  narrative?: boolean;
}

/** Every date-like span of a normalized text, in reading order. */
function candidates(normalized: string): Candidate[] {
  // A clock time is no part of a date: "الأربعاء 06:12 15-4-2026" (blanked, offsets kept).
  const norm = normalized.replace(/\d{1,2}:\d{2}(?::\d{2})?/g, (time) => ' '.repeat(time.length));
  const found: Candidate[] = [];
  for (const m of norm.matchAll(dayMonthYear)) {
    found.push({
      index: m.index,
      length: m[0].length,
      day: Number(m[1]),
      month: monthByName.get(m[2]!)!,
      year: m[3] ? Number(m[3]) : null,
      narrative: /من\s+(?:عام|العام|سنه|السنه)/.test(m[0]),
    });
  }
  for (const m of norm.matchAll(monthDayYear)) {
    // Not the day and year of a "12 يونيو، 2024" read the other way round.
    if (found.some((f) => f.index <= m.index && m.index < f.index + f.length)) continue;
    found.push({
      index: m.index,
      length: m[0].length,
      day: Number(m[2]),
      month: monthByName.get(m[1]!)!,
      year: Number(m[3]),
    });
  }
  for (const m of norm.matchAll(dayFirst))
    found.push({
      index: m.index,
      length: m[0].length,
      day: Number(m[1]),
      month: Number(m[3]),
      year: Number(m[4]),
    });
  for (const m of norm.matchAll(yearFirst))
    found.push({
      index: m.index,
      length: m[0].length,
      day: Number(m[4]),
      month: Number(m[3]),
      year: Number(m[1]),
    });
  for (const c of found) c.narrative ||= eventPreposition.test(leadBefore(norm, c.index));
  return found.sort((a, b) => a.index - b.index);
}

/**
 * What puts a date in running text on an event, not on the day of writing: "وُقّعت في 17
 * يناير 2025", "بتاريخ 20 نيسان 2015", "بحلول 20 مارس", the end of a span of days ("يومي 27
 * و28 نوفمبر", "بين 14 -18 اكتوبر"). A lede's own date follows a weekday or a place ("اليوم
 * الثلاثاء 4 فبراير", "بكين 10 مايو"), a page's "نشر في".
 */
const eventPreposition = new RegExp(
  '(?:(?:^|[\\s(])(?<!نشرت?\\s)(?:في|فى|بتاريخ|لتاريخ|منذ|حتي|قبل|بعد|بحلول)' +
    '|\\d{1,2}\\s*(?:و|-|–|الي))\\s*$',
  'u',
);

/**
 * The few characters before `offset`, its spaces dropped, where eventPreposition looks: a
 * pattern ending in `$` run over all the text before each date is quadratic. A cut text
 * starts with "x", so that the pattern's `^` matches only the text's own start.
 */
function leadBefore(norm: string, offset: number): string {
  let end = offset;
  while (end > 0 && /\s/.test(norm[end - 1]!)) end--;
  const from = Math.max(0, end - 24);
  return `${from > 0 ? 'x' : ''}${norm.slice(from, end)}`;
}

/**
 * The first date written in a text, as midnight UTC; a missing year comes from
 * `fallbackYear` (without one, a date with no year is skipped).
 */
export function findDate(text: string, fallbackYear?: number | null): DateMatch | null {
  if (!anyDigit.test(text)) return null; // every form of date has a day in digits
  return findDateInNormalized(normalizeForMatching(text), fallbackYear);
}

/** findDate over a text already normalized (normalizeForMatching). */
export function findDateInNormalized(norm: string, fallbackYear?: number | null): DateMatch | null {
  for (const c of candidates(norm)) {
    const year = c.year ?? fallbackYear;
    if (year === undefined || year === null) continue;
    const date = utcDate(year, c.month, c.day);
    if (date) return { date, yearGiven: c.year !== null, narrative: c.narrative === true };
  }
  return null;
}

/**
 * A Hijri date beside the Gregorian one, as Gulf pages write their date line ("الثلاثاء 5 ذو
 * الحجة 1445هـ - 11 يونيو 2024م"): no date of its own here, but no label either.
 */
const hijriDate = new RegExp(
  '\\d{1,2}\\s*(?:محرم|صفر|ربيع (?:الاول|الاخر|الثاني)|جمادي (?:الاولي|الاول|الاخره|' +
    'الاخر|الثانيه|الثاني)|رجب|شعبان|رمضان|شوال|(?:ذو|ذي) (?:القعده|الحجه))' +
    '\\s*\\d{4}\\s*(?:ه(?![\\p{L}]))?',
  'gu',
);
const weekdays = /(?<![\p{L}])(الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت)(?![\p{L}])/gu;
const clockTime = /\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[مص]|am|pm|gmt|utc)(?![\p{L}]))?/gu;

/**
 * True for a line that holds only a full date, maybe with a weekday, a time and a label
 * or two: `٢٣ ديسمبر ٢٠٢٢`, `7-3-2023 | 09:05`, `الأحد، 24 يوليو 2022 05:12 م`,
 * `سياسة٢٧ يناير ٢٠٢٣`, `نشر في: 12.06.2024`.
 */
export function isDateLine(line: string): boolean {
  if (line.length > 60 || /[.!?؟]$/.test(line.trim())) return false;
  const norm = normalizeForMatching(line);
  const full = candidates(norm).filter(
    (c) => c.year !== null && utcDate(c.year, c.month, c.day) !== null,
  );
  if (full.length === 0) return false;
  let rest = norm;
  for (const c of [...full].sort((a, b) => b.index - a.index))
    rest = `${rest.slice(0, c.index)} ${rest.slice(c.index + c.length)}`;
  rest = rest
    .replace(hijriDate, ' ')
    .replace(clockTime, ' ')
    .replace(weekdays, ' ')
    .replace(/[|،,:\-–/()]/g, ' ');
  return rest.trim().split(/\s+/).filter(Boolean).length <= 2; // a label at most
}

/** The time a compact stamp may carry after its date: hhmm, hhmmss or hhmmss and milliseconds. */
const compactTime = /^(?:(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d(?:\d{3})?)?)?$/;

/**
 * The date of a run of digits in a URL that is a date stamp: `20240612` (year first) or
 * `15052023` (day first), maybe with the time after it (`15052023040101809`); null for an id.
 */
function compactDate(digits: string): Date | null {
  if (!compactTime.test(digits.slice(8))) return null;
  const yearFirst = /^((?:19|20)\d\d)(\d\d)(\d\d)/.exec(digits);
  const dayFirst = /^(\d\d)(\d\d)((?:19|20)\d\d)/.exec(digits);
  return (
    (yearFirst && utcDate(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]))) ||
    (dayFirst && utcDate(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])))
  );
}

/**
 * A full date in an article URL's path: `/2024/06/12/`, `/2024-06-12/`, `-2021-11-19-`,
 * `_20240612_`, `/20240612/`, a stamp with its time (`/15052023040101809/`), a slug's
 * `-21-مارس-2019-` or `/21-3-2019/`; null when there is none or it is no real day.
 */
export function findUrlDate(url: string): Date | null {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  const separated = /(?<!\d)((?:19|20)\d\d)([/_-])(\d{1,2})\2(\d{1,2})(?!\d)/.exec(path);
  if (separated) {
    const date = utcDate(Number(separated[1]), Number(separated[3]), Number(separated[4]));
    if (date) return date;
  }
  for (const [digits] of path.matchAll(/(?<!\d)\d{8,17}(?!\d)/g)) {
    const date = compactDate(digits);
    if (date) return date;
  }
  // A readable slug: "…-21-مارس-2019-…", "/news/21-3-2019/".
  const words = path.replace(/[-_/+]+/g, ' ');
  const written = findDate(words);
  if (written?.yearGiven) return written.date;
  const dayFirst = /(?<!\d)(\d{1,2}) (\d{1,2}) ((?:19|20)\d\d)(?!\d)/.exec(words);
  return dayFirst ? utcDate(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])) : null;
}

export interface PublicationDate {
  date: Date | null;
  /** Where it came from, for a warning: null when the caller gave it. */
  warning: string | null;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The day an article was published: the caller's, else the page's date line, else the
 * first full date of the title or the first three blocks, else any other line that is
 * only a date, else the URL's date; null (with a warning) when none gives one. A date in
 * running text may be an event's ("بدأ … في 12 دجنبر 2021 سلسلة زيارات"): when the URL
 * has a date, it wins over one read from running text, not over a line that is a date.
 */
export function publicationDate(input: {
  publishedAt: Date | null;
  dateLine: string | null;
  title: string;
  blocks: readonly { text: string }[];
  url: string | null;
}): PublicationDate {
  if (input.publishedAt) return { date: input.publishedAt, warning: null };
  const fromLine = input.dateLine ? findDate(input.dateLine) : null;
  if (fromLine) return { date: fromLine.date, warning: null };
  const fromUrl = input.url ? findUrlDate(input.url) : null;
  for (const text of [input.title, ...input.blocks.slice(0, 3).map((b) => b.text)]) {
    const found = findDate(text);
    if (found?.narrative) continue; // an event told in the lede, not the day of publication
    if (found && fromUrl && !isDateLine(text)) break;
    if (found)
      return {
        date: found.date,
        warning: `no date line: the publication date ${day(found.date)} was taken from the text`,
      };
  }
  const dateLine = input.blocks.find((b) => isDateLine(b.text));
  const fromLaterLine = dateLine ? findDate(dateLine.text) : null;
  if (fromLaterLine)
    return {
      date: fromLaterLine.date,
      warning:
        `the publication date ${day(fromLaterLine.date)} was taken from a date line ` +
        'below the lede',
    };
  if (fromUrl) {
    const taken = day(fromUrl);
    return {
      date: fromUrl,
      warning: `the text names no date line: the publication date ${taken} was taken from the URL`,
    };
  }
  return {
    date: null,
    warning: 'no publication date: neither the text nor the URL gives one (give publishedAt)',
  };
}

/** The publication date; an undated article is kept, with a warning. */
export const dateStage: Stage = {
  name: 'publishedAt',
  needs: ['blocks'],
  adds: 'publishedAt',
  run(document) {
    const { date, warning } = publicationDate({
      publishedAt: document.options.publishedAt ?? null,
      dateLine: document.dateLine,
      title: document.title,
      blocks: document.blocks,
      url: document.url,
    });
    document.publishedAt = date;
    if (warning) document.warnings.push(warning);
  },
};
