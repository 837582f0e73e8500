// The parse step on the layouts of real pages (see ../shared/notes/domain.md).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../server/db/provider.js';
import { findDate, isDateLine } from '../server/ingest/dates.js';
import { memoized } from '../server/ingest/memo.js';
import { normalizeForMatching } from '../server/ingest/normalize.js';
import { parseArticle } from '../server/ingest/parse.js';

const seed = (name: string) => readFileSync(path.join(repoRoot, 'seeds', name), 'utf8');

describe('parseArticle', () => {
  it('derives a title from the lede when the text has none', () => {
    const parsed = parseArticle(seed('000_897a8455dd883e21.txt'));
    expect(parsed.titleDerived).toBe(true);
    expect(parsed.title).toBe(
      'بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره الأذربيجاني جيهون بيراموف',
    );
    expect(parsed.dateLine).toBeNull();
    expect(parsed.blocks[0]!.text).toMatch(/^بحث وزير الخارجية/); // the lede stays in the body
    expect(parsed.blocks.filter((b) => b.kind === 'HEADING').map((b) => b.text)).toEqual([
      'المبادرة السداسية للتعاون',
    ]);
  });

  it('takes title and Arabic-Indic date; drops language switch and no-break-space lines', () => {
    const parsed = parseArticle(seed('001_eab261c92f9538c6.txt'));
    expect(parsed.titleDerived).toBe(false);
    expect(parsed.title).toBe('لافروف يجري محادثات مع وزير الخارجية الأذربيجاني في موسكو');
    expect(parsed.dateLine).toBe('٢٣ ديسمبر ٢٠٢٢');
    expect(parsed.blocks.some((b) => /^\s*$/.test(b.text) || b.text === 'Ru En')).toBe(false);
    expect(parsed.blocks).toHaveLength(16);
  });

  it('reads the footer: publisher, photo credit and source', () => {
    for (const name of ['000_897a8455dd883e21.txt', '001_eab261c92f9538c6.txt']) {
      const parsed = parseArticle(seed(name));
      expect(parsed.source).toBe('تاس');
      expect(parsed.photoCredit).toBe('وزارة الخارجية الروسية');
      expect(parsed.publisher).toMatch(/^مجموعة الرؤية الاستراتيجية "روسيا [-–] العالم الإسلامي"$/);
      expect(parsed.blocks.at(-1)!.text).not.toMatch(/^(المصدر|الصورة|مجموعة الرؤية)/);
    }
  });

  it('handles a text without a footer or a title', () => {
    const parsed = parseArticle(
      'قال الوزير إن المحادثات كانت بناءة، وأكد أهمية الحوار.\n' +
        'وأضاف أن الجانبين اتفقا على مواصلة الاتصالات.',
    );
    expect(parsed.titleDerived).toBe(true);
    expect(parsed.title).toBe('قال الوزير إن المحادثات كانت بناءة');
    expect(parsed.source).toBeNull();
    expect(parsed.publisher).toBeNull();
    expect(parsed.blocks).toHaveLength(2);
  });
});

// Lines as real pages open (corpus/articles); the lede is long enough to be no title.
const lede =
  'بحث الرئيس الروسي فلاديمير بوتين مع نظيره المصري عبد الفتاح السيسي، في اتصال هاتفي، ' +
  'العلاقات الثنائية والتعاون في مجالات الطاقة والحبوب والتجارة بين البلدين، وفق بيان.';

describe('parseArticle: a credit line above the text is no title', () => {
  it.each([
    ['an agency after a dash', 'موسكو - أ ف ب'],
    ['no spaces around the dash', 'موسكو-سانا'],
    ['an en dash and an outlet', 'بغداد – التآخي'],
    ['a tatweel between spaces', 'الثبات ـ دولي'],
    ['slashes', 'تونس/الميثاق/أخبار وطنية'],
    ['a dash at the end', '&موسكو-'],
    ['a date and an agency in brackets', 'موسكو-28 مارس 2023م (وام)'],
    ['an author and the city in brackets', 'مصطفى عبد العظيم (دبي)'],
    ['a colon at the end', 'موسكو - سعيد طانيوس:'],
  ])('%s: "%s"', (_case, credit) => {
    const parsed = parseArticle(
      `${credit}\n\n${lede}\n\nوأضاف البيان أن الاتصال جاء بمبادرة من الجانب المصري.`,
    );
    expect(parsed.titleDerived).toBe(true);
    expect(parsed.title).toBe('بحث الرئيس الروسي فلاديمير بوتين مع نظيره المصري عبد الفتاح السيسي');
    expect(parsed.blocks[0]!.text).toBe(credit); // kept in the body, where a byline is read
  });

  it('takes the headline under a credit line', () => {
    const parsed = parseArticle(
      'تاريخ الإفراج : 3/29/2023 2:50:40 PM\n' +
        `عبداللهيان ولافروف يبحثان في موسكو القضايا ذات الإهتمام المشترك\n${lede}`,
    );
    expect([parsed.titleDerived, parsed.title]).toEqual([
      false,
      'عبداللهيان ولافروف يبحثان في موسكو القضايا ذات الإهتمام المشترك',
    ]);
    expect(parsed.blocks.map((b) => b.text)).toEqual([
      'تاريخ الإفراج : 3/29/2023 2:50:40 PM',
      lede,
    ]);
  });

  it.each([
    ['a headline with a dash', 'لقاء روسي – إماراتي في موسكو يعزز الشراكة الاقتصادية'],
    ['a short headline', 'لافروف في نواكشوط'],
    ['a tatweel inside a word', 'روسيا تقرض مصر بـ25 مليار'],
  ])('keeps %s as the title', (_case, title) => {
    const parsed = parseArticle(`${title}\n\n${lede}`);
    expect([parsed.titleDerived, parsed.title]).toEqual([false, title]);
  });
});

describe('dates', () => {
  it('reads both month namings, both digit systems, numeric dates, and a missing year', () => {
    expect(findDate('يوم الثلاثاء 2 نوفمبر/ تشرين الثاني 2021، مسألة')?.date.toISOString()).toBe(
      '2021-11-02T00:00:00.000Z',
    );
    expect(findDate('٢٣ ديسمبر ٢٠٢٢')?.date.toISOString()).toBe('2022-12-23T00:00:00.000Z');
    expect(findDate('في 8 أكتوبر/تشرين الأول الماضي')).toBeNull();
    // after في: an event's date, which the lede may tell, not the day of publication
    expect(findDate('في 12 ديسمبر، قامت', 2022)).toEqual({
      date: new Date('2022-12-12T00:00:00Z'),
      yearGiven: false,
      narrative: true,
    });
    expect(findDate('7-3-2023 | 09:05')?.date.toISOString()).toBe('2023-03-07T00:00:00.000Z');
    expect(findDate('31 فبراير 2022')).toBeNull(); // no such day
  });

  it('tells a date line from a sentence with a date', () => {
    expect(isDateLine('٢٣ ديسمبر ٢٠٢٢')).toBe(true);
    expect(isDateLine('7-3-2023 | 09:05')).toBe(true);
    expect(isDateLine('وفي 14 ديسمبر الجاري، استأنفت أرمينيا')).toBe(false);
  });
});

describe('normalizeForMatching', () => {
  it('removes tashkeel and tatweel and unifies letters and digits', () => {
    expect(normalizeForMatching('شدّدا')).toBe(normalizeForMatching('شددا'));
    expect(normalizeForMatching('أردوغان')).toBe('اردوغان');
    expect(normalizeForMatching('إلهام علييف')).toBe('الهام علييف');
    expect(normalizeForMatching('الروسية')).toBe('الروسيه');
    expect(normalizeForMatching('مستشفى')).toBe('مستشفي');
    expect(normalizeForMatching('تـــاس')).toBe('تاس');
    expect(normalizeForMatching('٣٫٤ مليار')).toBe('3.4 مليار');
    expect(normalizeForMatching('  Sergey   LAVROV ')).toBe('sergey lavrov');
  });
});

describe('memoized', () => {
  it('computes a short key once, a long key every time, and empties itself when full', () => {
    const calls: string[] = [];
    const upper = memoized(
      (key: string) => {
        calls.push(key);
        return key.toUpperCase();
      },
      { maxKeyLength: 4, capacity: 2 },
    );
    expect([upper('ab'), upper('ab'), upper('abcde'), upper('abcde')]).toEqual([
      'AB',
      'AB',
      'ABCDE',
      'ABCDE',
    ]);
    expect(calls).toEqual(['ab', 'abcde', 'abcde']);
    upper('cd'); // the memory now holds two keys: full
    upper('ef'); // emptied, then holds "ef"
    upper('ab');
    expect(calls.slice(3)).toEqual(['cd', 'ef', 'ab']);
  });

  it('gives the same forms as an uncached normalization, whatever came before', () => {
    const words = ['شدّدا', 'أردوغان', '٣٫٤', 'الروسية', 'شدّدا', '٣٫٤'];
    expect(words.map(normalizeForMatching)).toEqual([
      'شددا',
      'اردوغان',
      '3.4',
      'الروسيه',
      'شددا',
      '3.4',
    ]);
  });
});
