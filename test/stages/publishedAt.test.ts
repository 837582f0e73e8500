// The publishedAt stage (dates.ts): the caller's date, else the text's, else the URL's,
// else none, with a warning saying where it came from.
import { describe, expect, it } from 'vitest';
import { findDate, findUrlDate, isDateLine } from '../../server/ingest/dates.js';
import type { IngestOptions } from '../../server/ingest/document.js';
import { documentThrough } from './support.js';

const day = (date: Date | null | undefined) => date?.toISOString().slice(0, 10) ?? null;

describe('dates written in a text', () => {
  it.each([
    ['a dateline with a weekday', 'الثلاثاء، 2 نوفمبر 2021 - 10:15', '2021-11-02'],
    ['two month names', 'يوم 2 نوفمبر/ تشرين الثاني 2021، وصل', '2021-11-02'],
    ['two month names, the other way round', 'في 5 آذار/مارس 2024', '2024-03-05'],
    ['a month in brackets', 'في 5 آذار (مارس) 2024', '2024-03-05'],
    ['the short Levantine month with its name', 'الثلاثاء 10 ت1 أكتوبر 2023', '2023-10-10'],
    ['Arabic-Indic digits', '٢٣ ديسمبر ٢٠٢٢', '2022-12-23'],
    ['a Maghreb month name', '12 جوان 2021', '2021-06-12'],
    ['a Moroccan month name', '3 نونبر 2020', '2020-11-03'],
    ['day first with dots', 'نشر في: 12.06.2024', '2024-06-12'],
    ['a page date after نشر في', 'نشر في 12 يونيو 2024', '2024-06-12', false],
    ['a page date after نشرت في', 'نشرت في 13 فبراير 2026 11:57 ص', '2026-02-13', false],
    ['an event after في', 'تم تعديل الاتفاق في 16 سبتمبر 2024', '2024-09-16', true],
    ['the end of a span of days', 'في الفترة بين 14 -18 اكتوبر سنة 2002', '2002-10-18', true],
    ['the end of two days', 'على مدى يومين 16 و17 ماي 2023', '2023-05-17', true],
    ['a month name between slashes', 'الإثنين 12/أبريل/2021 - 12:53 م', '2021-04-12', false],
    ['day first with slashes', '١٢/٠٦/٢٠٢٤', '2024-06-12'],
    ['day first with hyphens', '7-3-2023 | 09:05', '2023-03-07'],
    ['day first with spaced hyphens', '26 - 08 - 2025', '2025-08-26'],
    ['year first', '2024/06/12 - 14:30', '2024-06-12'],
    ['the month first, as WordPress writes it', 'يونيو 12, 2024', '2024-06-12'],
    [
      'a clock time before a day-first date',
      'تاريخ النشر : الأربعاء 06:12 15-4-2026',
      '2026-04-15',
    ],
    ['the month first with an Arabic comma', 'نشر في حزيران 12، 2024', '2024-06-12'],
    ['"من عام" before the year', 'في 12 يونيو من عام 2024', '2024-06-12'],
    ['"من العام" after two month names', '12 يونيو/ حزيران من العام 2024', '2024-06-12'],
    ['a Levantine month without its article', 'الأحد 5 تشرين ثاني 2021', '2021-11-05'],
    ['hyphens around the month', 'بتاريخ 12 - يونيو - 2024', '2024-06-12'],
    ['an English month, day first', '12 June 2024', '2024-06-12'],
    ['an English short month, month first', 'Jun 12, 2024', '2024-06-12'],
    ['the month first without a comma', 'يونيو 12 2024', '2024-06-12'],
    ['the Mauritanian spelling of December', 'نواكشوط -05 دسمبر 2024', '2024-12-05'],
    ['"من شهر" before the month', 'في 12 من شهر يناير 2024', '2024-01-12'],
    ['direction marks inside the date', '15\u200f/06\u200f/2023', '2023-06-15'],
    ['the first of two dates', 'في 3 مايو 2020 ثم في 4 يونيو 2021', '2020-05-03'],
    ['no such day', '31 فبراير 2022', null],
    ['no year and none to fall back on', 'في 8 أكتوبر الماضي', null],
    ['a decimal, not a date', 'بلغ 2.35 مليار في 2021', null],
  ])('%s', (_case, text, expected, narrative?: boolean) => {
    expect(day(findDate(text)?.date)).toBe(expected);
    if (narrative !== undefined) expect(findDate(text)?.narrative).toBe(narrative);
  });

  it('takes a missing year from the fallback', () => {
    expect(findDate('الاثنين 12 ديسمبر، قامت', 2022)).toEqual({
      date: new Date('2022-12-12T00:00:00Z'),
      yearGiven: false,
      narrative: false,
    });
  });

  it.each([
    ['٢٣ ديسمبر ٢٠٢٢', true],
    ['الأحد، 24 يوليو 2022 05:12 م', true],
    ['سياسة٢٧ يناير ٢٠٢٣', true],
    ['أكتوبر 3, 2023 - 10:15 ص', true],
    ['الثلاثاء 5 ذو الحجة 1445هـ - 11 يونيو 2024م', true],
    ['5 ذي القعدة 1445 هـ الموافق 13 مايو 2024', true],
    ['وفي 14 ديسمبر 2022، استأنفت أرمينيا المحادثات مع الجانب الأذربيجاني', false],
    ['في 14 ديسمبر الجاري', false],
  ])('%s is a date line: %s', (line, expected) => {
    expect(isDateLine(line)).toBe(expected);
  });
});

describe('dates in a URL', () => {
  it.each([
    ['https://example.com/news/2024/06/12/talks', '2024-06-12'],
    ['https://example.com/news/2024-06-12/talks', '2024-06-12'],
    ['https://example.com/lavrov-talks-2021-11-19-moscow', '2021-11-19'],
    ['https://example.com/20240612/talks.html', '2024-06-12'],
    [`https://example.com/news/${encodeURIComponent('لافروف-21-مارس-2019')}`, '2019-03-21'],
    ['https://example.com/news/21-3-2019/lavrov', '2019-03-21'],
    ['https://example.com/news/20240612103000/talks', '2024-06-12'],
    ['https://example.com/section/76-x/15052023040101809/talks', '2023-05-15'],
    ['https://example.com/news/20240612999999', null],
    ['https://example.com/news/12-345-2019', null],
    ['https://example.com/news/1710161', null],
    ['https://example.com/news/20231234', null],
    ['https://example.com/2024/06/talks', null],
  ])('%s → %s', (url, expected) => {
    expect(day(findUrlDate(url))).toBe(expected);
  });
});

describe('publishedAt stage', () => {
  const undated = 'عنوان الخبر\n\nقال لافروف إن المحادثات كانت بناءة.';
  it.each([
    [
      "the caller's date first",
      { publishedAt: new Date('2020-01-02T00:00:00Z') },
      'https://example.com/2024/06/12/x',
      `عنوان الخبر\n3 مايو 2021\n\nقال لافروف إن المحادثات كانت بناءة.`,
      '2020-01-02',
      null,
    ],
    [
      'the date line',
      {},
      'https://example.com/2024/06/12/x',
      `عنوان الخبر\n3 مايو 2021\n\nقال لافروف إن المحادثات كانت بناءة.`,
      '2021-05-03',
      null,
    ],
    [
      'the lede',
      {},
      null,
      'عنوان الخبر\n\nموسكو - الثلاثاء 2 نوفمبر 2021: قال لافروف إن المحادثات كانت بناءة.',
      '2021-11-02',
      /taken from the text/,
    ],
    ['the URL', {}, 'https://example.com/2024/06/12/x', undated, '2024-06-12', /from the URL/],
    [
      "the URL's over an event's date in running text",
      {},
      'https://example.com/204410/2021/12/07',
      'عنوان الخبر\n\nبدأ الوزير في 12 دجنبر 2021، سلسلة زيارات رسمية إلى المنطقة.',
      '2021-12-07',
      /from the URL/,
    ],
    [
      'none from an event the lede tells ("من العام")',
      {},
      null,
      'عنوان الخبر\n\nأطلق الرئيسان في 3 أبريل/ نيسان من العام 2018 مشروع بناء المحطة.',
      null,
      /no publication date/,
    ],
    ...[
      'وأوضح أنه تم تعديل الاتفاق في 16 سبتمبر 2024، لتسوية الأقساط.',
      'وقعت الاتفاقية بتاريخ 20 نيسان/ إبريل 2015 في موسكو.',
      'وقال إن الاتفاق يدخل حيز التنفيذ بحلول 13 ديسمبر 2025.',
      'وزار الوفد الإمارات يومي 27 و28 نوفمبر 2015 لبحث التعاون.',
      'قبل 20 مارس 2026 سننجز الصفقات، قال الوزير.',
    ].map((lede): [string, IngestOptions, string | null, string, string | null, RegExp] => [
      `none from an event's date after a preposition: ${lede.slice(0, 24)}…`,
      {},
      null,
      `عنوان الخبر\n\n${lede}`,
      null,
      /no publication date/,
    ]),
    [
      'the lede, a weekday before its date',
      {},
      null,
      'عنوان الخبر\n\nأعلنت وزارة الخارجية، الخميس، (19 تشرين الثاني، 2020) أن الوزير سيزور موسكو.',
      '2020-11-19',
      /taken from the text/,
    ],
    ['none: null', {}, 'https://example.com/news/123', undated, null, /no publication date/],
  ])('takes %s', (_case, options, url, text, expected, warning) => {
    const document = documentThrough(text, 'publishedAt', options, url);
    expect(day(document.publishedAt)).toBe(expected);
    if (warning) expect(document.warnings).toContainEqual(expect.stringMatching(warning));
    else expect(document.warnings).toEqual([]);
  });
});
