// Money figures: the numbers of numbers.ts with their scale (compounds such as "مليار
// و200 مليون", "مليار ونصف المليار"), their currency (or the currency of the same
// sentence; a bare دينار/ريال/جنيه is the one of the country the article is about), ranges
// ("بين 240 و250 مليار دولار": one figure, the lower bound), the year each figure is for,
// its status, and for trade volumes the two partner countries. One figure per distinct fact:
// a figure repeated in the article is kept once. Percentages are not money. Pure.
import { isMonthName, publicationDate } from '../dates.js';
import {
  articleYear,
  type DocumentBlock,
  type SourcedFigure,
  type Stage,
  sentenceAt,
  textBlocks,
} from '../document.js';
import type { EntityMatch } from '../gazetteer.js';
import { normalizeForMatching } from '../normalize.js';
import { firstTokenAfter, phraseMatcher, type Sentence, type Token, tokenIn } from '../text.js';
import { complementizers, reportingVerbs } from './lexicon.js';
import {
  addDecimals,
  fractionWords,
  numberOf,
  scaleDecimal,
  scaleOf,
  scaleWord,
  scaleWords,
  spelledNumberOf,
} from './numbers.js';

export interface ExtractedFigure {
  blockIndex: number;
  start: number;
  end: number;
  text: string;
  kind: 'TRADE_VOLUME' | 'INVESTMENT' | 'OTHER';
  /** Exact decimal, as a string. */
  amount: string;
  currency: string;
  year: number | null;
  status: 'ACTUAL' | 'FORECAST' | 'ESTIMATE';
  partners: string[];
  confidence: number;
}

const n = normalizeForMatching;
const words = (list: string[]) => new Set(list.map(n));

interface Currency {
  words: string[];
  code: string;
  /** An adjective after the word: "دينار عراقي". */
  refine?: Record<string, string>;
  /** The code when the word stands alone, by the country the article is about. */
  byCountry?: Record<string, string>;
  /** A subunit: its power of ten in units of `code` ("قرش" = 10^-2 جنيه). */
  subunit?: number;
}

/** Currency words → ISO 4217. */
const currencies: Currency[] = (
  [
    {
      words: ['دولار', 'دولارا', 'دولارات', 'الدولارات', 'الدولار'],
      code: 'USD',
      refine: {
        كندي: 'CAD',
        استرالي: 'AUD',
        امريكي: 'USD',
        اميركي: 'USD',
        امريكيه: 'USD',
        اميركيه: 'USD',
        سنغافوري: 'SGD',
        هونغ: 'HKD',
      },
    },
    { words: ['يورو', 'اليورو'], code: 'EUR' },
    { words: ['روبل', 'روبلا', 'روبلات', 'الروبلات', 'الروبل'], code: 'RUB' },
    {
      words: ['درهم', 'دراهم', 'درهما', 'الدرهم'],
      code: 'AED',
      refine: { مغربي: 'MAD', اماراتي: 'AED' },
      byCountry: { AE: 'AED', MA: 'MAD' },
    },
    {
      words: ['ريال', 'ريالا', 'ريالات', 'الريال'],
      code: 'SAR',
      refine: { سعودي: 'SAR', ايراني: 'IRR', قطري: 'QAR', عماني: 'OMR', يمني: 'YER' },
      byCountry: { SA: 'SAR', IR: 'IRR', QA: 'QAR', OM: 'OMR', YE: 'YER' },
    },
    {
      words: ['ليره', 'ليرات', 'الليره'],
      code: 'TRY',
      refine: { تركيه: 'TRY', سوريه: 'SYP', لبنانيه: 'LBP' },
      byCountry: { TR: 'TRY', SY: 'SYP', LB: 'LBP' },
    },
    {
      words: ['جنيه', 'جنيها', 'جنيهات', 'الجنيه'],
      code: 'EGP',
      refine: { مصري: 'EGP', استرليني: 'GBP', سوداني: 'SDG' },
      byCountry: { EG: 'EGP', SD: 'SDG', GB: 'GBP', SS: 'SSP' },
    },
    { words: ['يوان', 'اليوان'], code: 'CNY' },
    { words: ['تومان'], code: 'IRR' },
    {
      words: ['دينار', 'دينارا', 'دنانير', 'الدينار'],
      code: 'KWD',
      refine: {
        كويتي: 'KWD',
        اردني: 'JOD',
        عراقي: 'IQD',
        جزائري: 'DZD',
        بحريني: 'BHD',
        ليبي: 'LYD',
        تونسي: 'TND',
        صربي: 'RSD',
      },
      byCountry: {
        KW: 'KWD',
        JO: 'JOD',
        IQ: 'IQD',
        DZ: 'DZD',
        BH: 'BHD',
        LY: 'LYD',
        TN: 'TND',
        RS: 'RSD',
      },
    },
    { words: ['منات'], code: 'AZN' },
    { words: ['تنغي', 'تينغي', 'تنغه'], code: 'KZT' },
    { words: ['سوموني'], code: 'TJS' },
    { words: ['سوم'], code: 'UZS', refine: { قيرغيزي: 'KGS', اوزبكي: 'UZS' } },
    { words: ['درام'], code: 'AMD' },
    { words: ['لاري'], code: 'GEL' },
    { words: ['روبيه', 'روبيات'], code: 'INR' },
    { words: ['ين'], code: 'JPY', refine: { ياباني: 'JPY' } },
    { words: ['قرش', 'قروش', 'قرشا'], code: 'EGP', subunit: -2 },
    { words: ['سنت', 'سنتا', 'سنتات'], code: 'USD', subunit: -2 },
    { words: ['كوبيك', 'كوبيكات', 'كوبيكا'], code: 'RUB', subunit: -2 },
    { words: ['هلله', 'هللات'], code: 'SAR', subunit: -2 },
  ] as Currency[]
).map((c) => ({
  ...c,
  words: c.words.map(n),
  refine: c.refine && Object.fromEntries(Object.entries(c.refine).map(([k, v]) => [n(k), v])),
}));

const forecastCues = phraseMatcher(
  [
    'قد يصل',
    'قد تصل',
    'من المتوقع',
    'يتوقع',
    'تتوقع',
    'متوقع',
    'سيصل',
    'ستصل',
    'سيبلغ',
    'ستبلغ',
    'يمكن أن',
    'من المنتظر',
    'توقعات',
    'يرتقب',
    'من المقرر',
    'يطمح',
    'الوصول إلى',
    'رفع',
    'هدف',
    'الهدف',
    'يهدف',
    'تهدف',
    'تسعى',
    'يسعى',
    'طموح',
    'خطة',
  ].map(n),
);
const estimateCues = phraseMatcher(
  [
    'حوالي',
    'حوالى',
    'نحو',
    'قرابة',
    'أكثر من',
    'ما يقارب',
    'ما يزيد على',
    'ما يزيد عن',
    'أقل من',
    'زهاء',
    'تقريبا',
    'تقريباً',
    'ما لا يقل عن',
  ].map(n),
);
const actualCues = phraseMatcher(
  [
    'بلغ',
    'بلغت',
    'وصل',
    'وصلت',
    'سجل',
    'سجلت',
    'ارتفع',
    'ارتفعت',
    'انخفض',
    'انخفضت',
    'تجاوز',
    'تجاوزت',
  ].map(n),
);
const tradeCues = phraseMatcher(
  [
    'التبادل التجاري',
    'حجم التجاره',
    'التجاره بين',
    'حجم التبادل',
    'الميزان التجاري',
    'التجاره الثنائيه',
    'التبادلات التجاريه',
    'التجاره مع',
    'المبادلات التجاريه',
    'حجم التداول التجاري',
  ].map(n),
);
const investmentCues = phraseMatcher(
  ['استثمار', 'الاستثمار', 'استثمارات', 'الاستثمارات', 'استثماري', 'الاستثماريه'].map(n),
);

/** A number with its scale and currency, as token indexes [from, to) of its block. */
interface RawAmount {
  from: number;
  to: number;
  value: string;
  scale: number | null;
  currency: string | null;
  /** Joined from a range ("بين 240 و250", "2-3 ملايين"): it stands for its lower bound. */
  range?: boolean;
}

function currencyAt(
  tokens: Token[],
  i: number,
  countries: readonly string[],
): { code: string; to: number; subunit: number } | null {
  const token = tokens[i];
  if (!token) return null;
  const found = currencies.find((c) => c.words.includes(token.norm));
  if (!found) return null;
  const subunit = found.subunit ?? 0;
  const adjective = tokens[i + 1]?.norm.replace(/^ال/, '');
  // "ليرة سورية", "جنيهات مصرية": the feminine adjective too
  const refined = adjective
    ? (found.refine?.[adjective] ?? found.refine?.[adjective.replace(/ه$/, '')])
    : undefined;
  if (refined) return { code: refined, to: i + 2, subunit };
  const local = countries.map((c) => found.byCountry?.[c]).find((code) => code !== undefined);
  return { code: local ?? found.code, to: i + 1, subunit };
}

const yearPattern = /^((?:19|20)\d\d)م?$/;
const yearWords = words(['عام', 'العام', 'سنه', 'السنه', 'في', 'فى', 'حتى', 'منذ', 'خلال']);

/** Units of quantities that are not years: "بطاقة 2000 ميجاوات", "2000 طن". */
const measureUnits = words([
  'ميجاوات',
  'ميغاوات',
  'ميغاواط',
  'ميجاواط',
  'ميغاوط',
  'كيلوواط',
  'جيجاوات',
  'غيغاواط',
  'طن',
  'برميل',
  'كيلومتر',
  'كلم',
  'كم',
  'متر',
  'شخص',
  'شركه',
  'موظف',
]);

/**
 * A year such as "2019", "و2019", "2019م"; not "2000 مليون" unless "عام 2000 مليون", nor a
 * quantity with its unit ("بطاقة 2000 ميجاوات").
 */
function yearOf(tokens: Token[], i: number): number | null {
  const token = tokens[i];
  if (!token) return null;
  const year = token.forms.map((f) => yearPattern.exec(f.form)?.[1]).find(Boolean);
  if (!year) return null;
  const yearWordBefore = tokenIn(tokens[i - 1], yearWords);
  if (scaleOf(tokens[i + 1]) !== null && !yearWordBefore) return null;
  if (tokenIn(tokens[i + 1], measureUnits) && !yearWordBefore) return null;
  return Number(year);
}

function isPercentage(block: DocumentBlock, tokens: Token[], i: number): boolean {
  const after = block.text.slice(tokens[i]!.end, tokens[i]!.end + 2);
  // "%15": some outlets put the sign first
  if (/[%٪]\s?$/.test(block.text.slice(Math.max(0, tokens[i]!.start - 2), tokens[i]!.start)))
    return true;
  const next = tokens[i + 1]?.norm ?? '';
  return (
    /^\s?[%٪]/.test(after) ||
    /^(بالمئه|بالمائه|بالميه)$/.test(next) ||
    (/^(في|فى)$/.test(next) && /^(المئه|المائه|الميه)$/.test(tokens[i + 2]?.norm ?? ''))
  );
}

/** "6مليارات", "ب2.5مليار": a number glued to its scale word. */
function gluedScale(token: Token): { value: string; scale: number } | null {
  for (const { form } of token.forms) {
    const glued = /^(\d+(?:\.\d+)?)(\D{3,})$/.exec(form);
    const power = glued ? scaleWords.get(glued[2]!) : undefined;
    if (glued && power !== undefined) return { value: glued[1]!, scale: power };
  }
  return null;
}

/** "ونصف" after a scale: its value. */
function fractionAfter(token: Token | undefined): string | null {
  if (!token?.norm.startsWith('و')) return null;
  return fractionWords.get(token.norm.slice(1)) ?? null;
}

function rawAmounts(block: DocumentBlock, countries: readonly string[]): RawAmount[] {
  const { tokens, text } = block;
  const amounts: RawAmount[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    let value = numberOf(token);
    let scale: number | null = null;
    let to = i + 1;
    if (value !== null) {
      if (yearOf(tokens, i) !== null || isPercentage(block, tokens, i)) continue;
      // "4،12 مليار": the Arabic comma as a decimal mark, between digits and before a scale.
      const next = tokens[i + 1];
      if (
        next &&
        /^\d+$/.test(token.norm) &&
        /^\d+$/.test(next.norm) &&
        text.slice(token.end, next.start) === '،' &&
        scaleOf(tokens[i + 2]) !== null
      ) {
        value = `${token.norm}.${next.norm}`;
        to = i + 2;
      }
      // "ثلاثة عشر", "اثنا عشر": the teens
      let spelled = spelledNumberOf(token);
      if (spelled !== null && spelled < 10 && /^عشر[ه]?$/.test(tokens[to]?.norm ?? '')) {
        spelled += 10;
        value = String(spelled);
        to++;
      }
      // "خمسة وعشرين", "مئة وخمسين": a spelled-out number in parts joined by و
      while (spelled !== null && tokens[to]?.norm.startsWith('و')) {
        const part = spelledNumberOf(tokens[to]);
        const rest = spelled % 100;
        const joins =
          part !== null &&
          ((spelled >= 100 && rest === 0 && part < 100) ||
            (rest > 0 && rest < 10 && part >= 20 && part < 100 && part % 10 === 0));
        if (!joins) break;
        spelled += part;
        value = String(spelled);
        to++;
      }
      scale = scaleOf(tokens[to]);
      if (scale !== null) to++;
    } else if (gluedScale(token)) {
      // "6مليارات": digits glued to the scale word
      ({ value, scale } = gluedScale(token)!);
    } else {
      const word = scaleWord(token);
      if (!word || word.alone === null) continue;
      scale = word.power;
      value = String(word.alone); // "مليار" alone is one, "ملياري" two
    }
    let total = scale === null ? value : scaleDecimal(value, scale);
    if (scale !== null) {
      // "مليار ونصف" / "مليار ونصف المليار": 1.5 billion
      const fraction = fractionAfter(tokens[to]);
      if (fraction) {
        total = addDecimals(total, scaleDecimal(fraction, scale));
        to++;
        if (scaleOf(tokens[to]) === scale) to++;
      }
      // Smaller parts joined by و: "7 مليارات و250 مليون", "2 مليار و 600 مليون".
      let smallest = scale;
      for (;;) {
        const separate = tokens[to]?.norm === 'و';
        const part = tokens[separate ? to + 1 : to];
        if (!part || (!separate && !part.norm.startsWith('و'))) break;
        const partValue = numberOf(part);
        const partScale = scaleOf(tokens[separate ? to + 2 : to + 1]);
        if (partValue === null || partScale === null || partScale >= smallest) break;
        total = addDecimals(total, scaleDecimal(partValue, partScale));
        smallest = partScale;
        to += separate ? 3 : 2;
      }
    }
    let currency: string | null = null;
    // "5 مليارات من الدولارات"
    if (scale !== null && tokens[to]?.norm === 'من' && currencyAt(tokens, to + 1, countries)) to++;
    const unit = currencyAt(tokens, to, countries);
    if (unit) {
      currency = unit.code;
      total = scaleDecimal(total, unit.subunit);
      to = unit.to;
      // "5 جنيهات و50 قرشا"
      const part = tokens[to];
      const partValue = part?.norm.startsWith('و') ? numberOf(part) : null;
      const sub = partValue !== null ? currencyAt(tokens, to + 1, countries) : null;
      if (unit.subunit === 0 && sub && sub.subunit < 0 && sub.code === unit.code) {
        total = addDecimals(total, scaleDecimal(partValue!, sub.subunit));
        to = sub.to;
      }
    }
    amounts.push({ from: i, to, value: total, scale, currency });
    i = to - 1;
  }
  return amounts;
}

/** A year the text names: "2019", "العام الماضي" (relative), "العام السابق" (before another). */
interface TimeMention {
  index: number;
  kind: 'explicit' | 'relative' | 'previous';
  /** The year; null for a relative year in an article whose text gives no date. */
  year: number | null;
}

const yearNouns = words(['العام', 'السنه']);
const relativeYears = new Map(
  Object.entries({
    الماضي: -1,
    الماضيه: -1,
    المنصرم: -1,
    المنصرمه: -1,
    الفائت: -1,
    الفائته: -1,
    الجاري: 0,
    الجاريه: 0,
    الحالي: 0,
    الحاليه: 0,
    المقبل: 1,
    المقبله: 1,
    القادم: 1,
    القادمه: 1,
  }).map(([word, offset]) => [n(word), offset]),
);
const previousYearWords = words(['السابق', 'السابقه', 'الاسبق']);
const thisWords = words(['هذا', 'هذه']);
const generalNouns = words([
  'الامين',
  'المدعي',
  'المدير',
  'النائب',
  'الراي',
  'القطاع',
  'المؤتمر',
  'الصالح',
  'الشان',
  'المنسق',
  'المفوض',
]);

/**
 * The year an article is written in, from a relative year written beside its number
 * ("العام المقبل 2018" → 2017), for an article whose text gives no date.
 */
export function yearFromRelativeMentions(blocks: readonly DocumentBlock[]): number | null {
  for (const { tokens } of blocks) {
    for (let i = 0; i + 2 < tokens.length; i++) {
      if (!tokenIn(tokens[i], yearNouns) || tokenIn(tokens[i - 1], generalNouns)) continue;
      const relative = relativeYears.get(tokens[i + 1]!.norm);
      const offset = relative ?? (tokenIn(tokens[i - 1], thisWords) ? 0 : undefined);
      if (offset === undefined) continue;
      const written = yearOf(tokens, i + 2);
      if (written !== null && relative !== undefined) return written - offset;
      // "نما العام الماضي بنسبة 4% مقارنة بالعام 2017": the year compared with is the one before.
      const compared = comparedYearAfter(tokens, i + 1);
      if (compared !== null) return compared + 1 - offset;
    }
  }
  return null;
}

/** The year of a comparison that follows within a few words: "… مقارنة بعام 2023". */
function comparedYearAfter(tokens: Token[], from: number): number | null {
  const limit = Math.min(tokens.length, from + 14);
  for (let k = from; k < limit; k++) {
    if (yearOf(tokens, k) !== null) return null;
    if (!tokenIn(tokens[k], comparisonWords)) continue;
    for (let m = k + 1; m < Math.min(tokens.length, k + 7); m++) {
      const year = yearOf(tokens, m);
      if (year !== null) return year;
    }
    return null;
  }
  return null;
}

const twoYears = words(['عامين', 'سنتين']);

function timeMentions(block: DocumentBlock, relativeBase: number | null): TimeMention[] {
  const { tokens, text } = block;
  const mentions: TimeMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const year = yearOf(tokens, i);
    if (year !== null) {
      const next = yearOf(tokens, i + 1);
      const gap = next === null ? '' : text.slice(tokens[i]!.end, tokens[i + 1]!.start);
      // "خلال الفترة 2017 – 2021", "من 2017 إلى 2021", "في 2013 و2015": a figure of a
      // period or of two years has no single year.
      const severalYears =
        next !== null &&
        next > year &&
        (/^\s*[-–—]\s*$/.test(gap) || (/^\s+$/.test(gap) && tokens[i + 1]!.norm.startsWith('و')));
      const untilYear = tokens[i + 1]?.norm === 'الي' && yearOf(tokens, i + 2) !== null;
      if (severalYears || untilYear) {
        mentions.push({ index: i, kind: 'explicit', year: null });
        i += untilYear ? 2 : 1;
        continue;
      }
      // "العام المالي 2021/2022" (or "2020 /2021"): a fiscal year is named by the year it ends in.
      const fiscal = next === year + 1 && tokens[i + 1]!.start - tokens[i]!.end <= 3;
      mentions.push({ index: i, kind: 'explicit', year: fiscal ? next : year });
      if (fiscal) i++;
      continue;
    }
    // "منذ عامين": two years before the article's.
    if (tokens[i]!.norm === 'منذ' && tokenIn(tokens[i + 1], twoYears)) {
      mentions.push({
        index: i,
        kind: 'relative',
        year: relativeBase === null ? null : relativeBase - 2,
      });
      i++;
      continue;
    }
    // "العام" is also "general" or "public": "الأمين العام الحالي" names no year.
    if (!tokenIn(tokens[i], yearNouns) || tokenIn(tokens[i - 1], generalNouns)) continue;
    const next = tokens[i + 1]?.norm ?? '';
    const offset = relativeYears.get(next) ?? (tokenIn(tokens[i - 1], thisWords) ? 0 : undefined);
    if (offset !== undefined) {
      // "في العام المقبل 2018": the year written beside it is the year meant.
      const written = yearOf(tokens, i + 2);
      const year = written ?? (relativeBase === null ? null : relativeBase + offset);
      mentions.push({ index: i, kind: 'relative', year });
    } else if (previousYearWords.has(next) || /^(الذي|التي)$/.test(next)) {
      // "العام السابق", "العام الذي سبقه": the year before the one named earlier.
      if (previousYearWords.has(next) || /^(سبقه|سبقها|قبله)$/.test(tokens[i + 2]?.norm ?? ''))
        mentions.push({ index: i, kind: 'previous', year: null });
    }
  }
  return mentions;
}

const yearNounsBare = words(['عام', 'العام']);
/** "اعتبارا من", "ابتداء من", "بدءا من": a year from which on, not the year of a figure. */
const startingWords = words(['اعتبارا', 'واعتبارا', 'ابتداء', 'وابتداء', 'بدءا', 'وبدءا']);
const comparisonWords = words(['مقارنه', 'المقارنه', 'قياسا', 'عما', 'ضعف', 'اضعاف']);
/** Words before "عن" that make it "than": "بزيادة 11% عن 2016". */
const comparedWords = words([
  'زياده',
  'ارتفاع',
  'انخفاض',
  'تراجع',
  'نمو',
  'اكثر',
  'اقل',
  'اعلي',
  'ادني',
  'نسبته',
  'ارتفع',
  'ارتفعت',
  'انخفض',
  'انخفضت',
  'زاد',
  'زادت',
]);
const stopMarks = /[،,.؛;:!?()«»"“”]/;

/** A year right after word i: "منذ 2008", "منذ عام 2008", "منذ يناير 2008". */
const yearFollows = (tokens: Token[], i: number) =>
  yearOf(tokens, i + 1) !== null ||
  ((tokenIn(tokens[i + 1], yearNounsBare) || isMonthName(tokens[i + 1]?.norm ?? '')) &&
    yearOf(tokens, i + 2) !== null);

/**
 * Tokens whose years do not date the figures around them: a comparison ("بالمقارنة مع
 * الفترة نفسها من عام 2018", "عما شكله … العام الماضي") up to the next mark, and the time of
 * saying between a verb of saying and its clause ("أعلن في نهاية العام 2025، أن …").
 */
function maskedTokens(block: DocumentBlock, starts: ReadonlySet<number>): Set<number> {
  const { tokens, text } = block;
  const masked = new Set<number>();
  const gapStops = (k: number) =>
    k > 0 && stopMarks.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
  const bracketedYear = (k: number) =>
    yearOf(tokens, k) !== null &&
    /^\s*\(\s*$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)) &&
    /^\s*\)/.test(text.slice(tokens[k]!.end));
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const isComparison =
      tokenIn(token, comparisonWords) ||
      // "ضعف ما كان عليه في عام 2021"
      (token.norm === 'كان' && tokens[i + 1]?.norm === 'عليه') ||
      // "منذ عام 2008" (since); "بارتفاع نسبته 11% عن 2016" (than), not "مستحقات عن عام 2022"
      (token.norm === 'منذ' && yearFollows(tokens, i)) ||
      // "واعتبارا من عام 2014، تخصص سنويا …" (from then on)
      (token.norm === 'من' && tokenIn(tokens[i - 1], startingWords) && yearFollows(tokens, i)) ||
      (token.norm === 'عن' &&
        yearFollows(tokens, i) &&
        tokens
          .slice(Math.max(0, i - 4), i)
          .some(
            (t, k, before) =>
              tokenIn(t, comparedWords) || isPercentage(block, tokens, i - before.length + k),
          ));
    if (isComparison) {
      let k = i;
      for (; k < tokens.length && (k === i || (!gapStops(k) && !starts.has(k))); k++) masked.add(k);
      // "مقارنة بالعام الذي قبله (2021)": the year in brackets is the comparison's.
      if (bracketedYear(k)) masked.add(k);
      continue;
    }
    if (tokenIn(token, reportingVerbs)) {
      for (let k = i + 1; k <= i + 12 && k < tokens.length && !starts.has(k); k++) {
        if (/[.!?؟؛]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) break;
        if (!tokenIn(tokens[k], complementizers)) continue;
        for (let m = i; m < k; m++) masked.add(m);
        break;
      }
    }
  }
  return masked;
}

/** The countries an article is about: its most mentioned ones, Russia first when present. */
export function mainCountries(blocks: readonly DocumentBlock[]): string[] {
  const counts = new Map<string, number>();
  for (const block of blocks) {
    for (const match of block.matches) {
      const iso2 =
        match.entity.kind === 'place' && match.entity.placeKind === 'COUNTRY'
          ? match.entity.iso2
          : null;
      if (iso2) counts.set(iso2, (counts.get(iso2) ?? 0) + 1);
    }
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([iso2]) => iso2);
  return ranked.includes('RU') ? ['RU', ...ranked.filter((c) => c !== 'RU')] : ranked;
}

function partnersIn(
  matches: EntityMatch[],
  sentence: Sentence,
  articleMentionsRussia: boolean,
): string[] {
  const codes: string[] = [];
  for (const match of matches) {
    const entity = match.entity;
    if (match.start < sentence.start || match.end > sentence.end) continue;
    if (
      entity.kind === 'place' &&
      entity.placeKind === 'COUNTRY' &&
      entity.iso2 &&
      !codes.includes(entity.iso2)
    )
      codes.push(entity.iso2);
  }
  if (codes.length === 1 && codes[0] !== 'RU' && articleMentionsRussia) codes.unshift('RU');
  return codes.slice(0, 2);
}

/** A cue word or phrase, maybe with a clitic glued on (بنحو، وبلغ). */
const cueIn = (text: string, cues: (norm: string) => boolean) => cues(n(text));

const andWord = words(['و']);
const toWord = words(['الى']);
const fromWord = words(['من']);
const rangeOpeners = words(['بين', 'من']);
const rangeJoiners = words(['و', 'الى', 'حتى']);
const changeWords = words([
  'نمو',
  'نما',
  'نمت',
  'ينمو',
  'ارتفع',
  'ارتفعت',
  'ارتفاع',
  'زاد',
  'زادت',
  'زياده',
  'تراجع',
  'تراجعت',
  'انخفض',
  'انخفضت',
  'انخفاض',
  'قفز',
  'قفزت',
  'تضاعف',
]);
/** A paragraph that goes on with the last speaker ("وأضاف", "وتابع") goes on with his figures. */
const continuationVerbs = words([
  'واضاف',
  'واضافت',
  'وتابع',
  'وتابعت',
  'واشار',
  'واشارت',
  'واوضح',
  'واوضحت',
  'وذكر',
  'وذكرت',
]);

const yearlyWords = words(['سنويا', 'سنويه']);

/** "عدد السياح": what follows is a count. */
const countNouns = words(['عدد', 'العدد', 'تعداد']);

/** Units of quantities that are not money. */
const units = words([
  'طن',
  'اطنان',
  'الاطنان',
  'برميل',
  'براميل',
  'متر',
  'امتار',
  'كيلومتر',
  'كم',
  'كيلوغرام',
  'كيلوجرام',
  'كغ',
  'هكتار',
  'فدان',
  'ميغاواط',
  'ميغاوات',
  'ميجاوات',
  'كيلوواط',
  'كيلووات',
  'جرعه',
  'جرعات',
  'نسمه',
  'شخص',
  'اشخاص',
  'سائح',
  'سياح',
  'زائر',
  'مستخدم',
  'مشترك',
  'وحده',
  'قدم',
  'لتر',
  'سهم',
  'اسهم',
  'رأس',
]);

type YearSource = 'bracket' | 'adjacent' | 'before' | 'after' | 'context' | 'none';

interface BlockYears {
  mentions: TimeMention[];
  masked: Set<number>;
}

/** The year a mention stands for; "العام السابق" is the year before the last one named. */
function mentionYear(
  mentions: readonly TimeMention[],
  mention: TimeMention,
  floor: number,
  context: number | null,
): number | null {
  if (mention.kind !== 'previous') return mention.year;
  const reference = mentions.findLast(
    (m) => m.kind === 'explicit' && m.index < mention.index && m.index >= floor,
  );
  const year = reference?.year ?? context;
  return year === null ? null : year - 1;
}

/** The financial figures of a list of blocks, each with its year, one per distinct fact. */
export function extractFigures(
  blocks: readonly DocumentBlock[],
  articleYear: number | null,
  articleMentionsRussia: boolean,
  articleRelativeBase: number | null = articleYear,
): ExtractedFigure[] {
  const relativeBase = articleRelativeBase ?? yearFromRelativeMentions(blocks);
  const figures: ExtractedFigure[] = [];
  const ranges = new Set<ExtractedFigure>();
  const ranked = mainCountries(blocks);
  const articleCountries = ranked.slice(0, 2);
  const currencyCountries = ranked.filter((c) => c !== 'RU');
  // The year of the first dated figure of the previous block, for a block that goes on with it
  // ("وأضاف أن …"): its main figure, not a comparison in brackets after it.
  let lastBlockYear: number | null = null;
  blocks.forEach((block) => {
    const { index: blockIndex, tokens, text } = block;
    const amounts = rawAmounts(block, currencyCountries);
    if (amounts.length === 0) {
      lastBlockYear = null; // as a block whose amounts are no money: no figure, no year
      return;
    }
    const moneyStarts = new Set(
      amounts.filter((a) => a.scale !== null || a.currency).map((a) => a.from),
    );
    const years: BlockYears = {
      mentions: timeMentions(block, relativeBase),
      masked: maskedTokens(block, moneyStarts),
    };
    const continues = tokenIn(tokens[0], continuationVerbs);
    let context: number | null = continues ? lastBlockYear : null;
    let blockYear: number | null = null;
    // Amounts and year mentions are in text order, as are sentences: each sentence takes
    // its own from where the last stopped.
    let nextAmount = 0;
    let nextMention = 0;
    for (const sentence of block.sentences) {
      const inSentence = (i: number) =>
        tokens[i]!.start >= sentence.start && tokens[i]!.start < sentence.end;
      const here: RawAmount[] = [];
      for (; nextAmount < amounts.length; nextAmount++) {
        const amount = amounts[nextAmount]!;
        if (tokens[amount.from]!.start >= sentence.end) break;
        if (inSentence(amount.from)) here.push(amount);
      }
      const firstAt = firstTokenAfter(tokens, sentence.start - 1);
      const first = firstAt < tokens.length ? firstAt : -1;
      joinRanges(here, tokens, text);
      // A currency stated once in the sentence carries to later amounts with a scale.
      let sentenceCurrency: string | null = null;
      let currencyEnd = 0;
      const kept: { amount: RawAmount; currency: string }[] = [];
      for (const amount of here) {
        if (amount.currency) {
          sentenceCurrency = amount.currency;
          currencyEnd = amount.to;
        }
        const currency = amount.currency ?? (amount.scale !== null ? sentenceCurrency : null);
        if (!currency || amount.value === '0') continue;
        // "50 مليون طن", "وعدد السياح 3 ملايين": a quantity takes no currency from the sentence
        const isQuantity =
          tokenIn(tokens[amount.to], units) ||
          tokens.slice(currencyEnd, amount.from).some((t) => tokenIn(t, countNouns));
        if (!amount.currency && isQuantity) continue;
        kept.push({ amount, currency });
      }
      const sentenceMentions: typeof years.mentions = [];
      for (; nextMention < years.mentions.length; nextMention++) {
        const mention = years.mentions[nextMention]!;
        if (tokens[mention.index]!.start >= sentence.end) break;
        if (inSentence(mention.index)) sentenceMentions.push(mention);
      }
      const resolved = resolveYears(
        kept.map((k) => k.amount),
        sentenceMentions,
        years.masked,
        block,
        sentence,
        first,
        context,
      );
      adjustChanges(
        kept.map((k) => k.amount),
        resolved,
        tokens,
        first,
      );
      let previousEnd = sentence.start;
      // Most sentences hold no figure: their cues are not read.
      const sentenceNorm = kept.length > 0 ? n(text.slice(sentence.start, sentence.end)) : null;
      const isTrade = sentenceNorm !== null && tradeCues(sentenceNorm);
      const isInvestment = sentenceNorm !== null && !isTrade && investmentCues(sentenceNorm);
      kept.forEach(({ amount, currency }, k) => {
        let { year, source } = resolved[k]!;
        const start = tokens[amount.from]!.start;
        const end = tokens[amount.to - 1]!.end;
        const window = text.slice(previousEnd, start);
        previousEnd = end;
        // A forecast takes no year from the sentences before it; a yearly figure ("… دولار
        // سنويا") none but a year right after it.
        const perYear = tokenIn(tokens[amount.to], yearlyWords);
        if (
          (source === 'context' && cueIn(window, forecastCues)) ||
          (perYear && source !== 'adjacent' && source !== 'bracket')
        ) {
          year = null;
          source = 'none';
        }
        const previous = figures.at(-1);
        // The second member of a list ("1.5 و3 مليارات") shares the first's status.
        const inRange =
          previous &&
          previous.blockIndex === blockIndex &&
          /^[\s,،وإلىا-]*$/.test(window) &&
          window.length <= 6;
        const status = inRange
          ? previous.status
          : cueIn(window, forecastCues)
            ? 'FORECAST'
            : cueIn(window, estimateCues)
              ? 'ESTIMATE'
              : cueIn(window, actualCues) ||
                  year === null ||
                  articleYear === null ||
                  year <= articleYear
                ? 'ACTUAL'
                : 'FORECAST';
        let kind: ExtractedFigure['kind'] = isTrade
          ? 'TRADE_VOLUME'
          : isInvestment
            ? 'INVESTMENT'
            : 'OTHER';
        let partners =
          kind === 'OTHER' ? [] : partnersIn(block.matches, sentence, articleMentionsRussia);
        // "بين البلدين": the partners are the two countries the article is about.
        if (kind === 'TRADE_VOLUME' && partners.length < 2 && articleCountries.length === 2)
          partners = articleCountries;
        if (kind === 'TRADE_VOLUME' && partners.length < 2) {
          kind = 'OTHER'; // a trade volume needs both partners
          partners = [];
        }
        blockYear ??= year;
        const figure: ExtractedFigure = {
          blockIndex,
          start,
          end,
          text: text.slice(start, end),
          kind,
          amount: amount.value,
          currency,
          year,
          status,
          partners,
          confidence: (amount.currency ? 0.9 : 0.7) * (source === 'none' ? 0.8 : 1),
        };
        figures.push(figure);
        if (amount.range) ranges.add(figure);
      });
      // The last year this sentence names, else the year of its last figure, dates the next
      // sentence if that names none; a sentence with neither ends the run.
      const last = sentenceMentions.findLast((m) => !years.masked.has(m.index));
      const lastFigureYear = kept.length > 0 ? resolved[kept.length - 1]!.year : null;
      context = last ? mentionYear(years.mentions, last, first, context) : lastFigureYear;
    }
    lastBlockYear = blockYear;
  });
  return distinctFigures(figures, ranges);
}

/**
 * "بين 240 و250 مليار دولار", "من 1.5 إلى 3 مليارات": one figure, the lower bound, spanning
 * the range. "1.5 و3 مليارات دولار": two figures sharing the last one's scale and currency.
 */
function joinRanges(here: RawAmount[], tokens: Token[], text: string): void {
  for (let k = here.length - 2; k >= 0; k--) {
    const low = here[k]!;
    const high = here[k + 1]!;
    const gap = high.from - low.to;
    const between = text.slice(tokens[low.to - 1]!.end, tokens[high.from]!.start);
    const joinedBy = (joiners: ReadonlySet<string>) =>
      gap === 1
        ? tokenIn(tokens[low.to], joiners)
        : gap === 0 &&
          (tokens[high.from]!.norm.startsWith('و')
            ? joiners.has('و')
            : /^\s*[-–]\s*$/.test(between) && joiners.has(n('الى')));
    if (!joinedBy(rangeJoiners)) continue;
    // "بين 80 و85 دولارا": the scale and currency of the last hold for both, if it has them.
    const bare = low.scale === null && !low.currency && !!high.currency;
    const opener = tokens[low.from - 1];
    // "(72 الى 80 مليار يورو)": digits to digits, rising, is a range without بين or من.
    const digitsTo =
      bare &&
      !joinedBy(andWord) &&
      /^[وبلفك]?ـ?\d/.test(tokens[low.from]!.norm) && // "بـ2-3 ملايين" too
      Number(low.value) < Number(high.value);
    // "ارتفع من 7 إلى 12 مليار دولار" is a change, two figures; "من 7 إلى 12 مليارا" a range.
    const isChange =
      tokenIn(opener, fromWord) &&
      tokens.slice(Math.max(0, low.from - 10), low.from).some((t) => tokenIn(t, changeWords));
    const isRange =
      !isChange &&
      (digitsTo ||
        (tokenIn(opener, rangeOpeners) &&
          (bare || (opener!.norm.endsWith('بين') && low.currency === high.currency))));
    if (bare) {
      if (high.scale !== null) low.value = scaleDecimal(low.value, high.scale);
      low.scale = high.scale;
      low.currency = high.currency;
    }
    if (isRange) {
      if (tokenIn(opener, rangeOpeners)) low.from -= 1;
      low.to = high.to;
      low.range = true;
      here.splice(k + 1, 1);
    } else if (bare && !joinedBy(andWord) && !isChange) {
      // "عامين أو ثلاث إلى 20 مليار": no range without بين or من
      low.scale = null;
      low.currency = null;
    }
  }
}

const yearLeadWords = words(['في', 'فى', 'خلال', 'عام', 'العام', 'سنه', 'السنه']);

/**
 * A year set off by commas right after a figure is its year: "بقيمة 280 مليون دولار، في عام
 * 2024، وهو ما يعادل"; a year that opens a clause of its own ("…، في عام 2028 يكتمل") is not.
 */
function yearSetOff(
  { tokens, text }: DocumentBlock,
  k: number,
  sentence: Sentence,
  at: ReadonlyMap<number, TimeMention>,
): TimeMention | null {
  if (!/^\s*[،,]\s*$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return null;
  let i = k;
  while (i < k + 2 && tokenIn(tokens[i], yearLeadWords) && !at.has(i)) i++;
  const mention = at.get(i);
  if (mention?.kind !== 'explicit' || mention.year === null) return null;
  const next = tokens[i + 1];
  return !next || next.start >= sentence.end || /^\s*[،,.]/.test(text.slice(tokens[i]!.end))
    ? mention
    : null;
}

/**
 * The year of each figure of a sentence: a bracket around it that names one, else a year
 * right after it ("… دولار عام 2012", "خلال الفترة من يناير إلى مارس عام 2018", one set off
 * by commas), else the nearest year before it in the sentence, else one after it, else the
 * year of the sentences before; years of comparisons and of the time of saying excluded.
 */
function resolveYears(
  amounts: readonly RawAmount[],
  mentions: readonly TimeMention[],
  masked: ReadonlySet<number>,
  block: DocumentBlock,
  sentence: Sentence,
  first: number,
  context: number | null,
): { year: number | null; source: YearSource }[] {
  const { tokens, text } = block;
  const starts = new Set(amounts.map((a) => a.from));
  const at = new Map(mentions.map((m) => [m.index, m]));
  const yearOfMention = (m: TimeMention) => mentionYear(mentions, m, first, context);
  const adjacent = amounts.map((amount) => {
    for (let k = amount.to; k < amount.to + 9 && k < tokens.length; k++) {
      if (tokens[k]!.start >= sentence.end || starts.has(k) || masked.has(k)) {
        // A comparison right after the figure is its own: "مقارنة بمليار دولار عام 2010" reads
        // the year after the figure, not the comparison that follows it.
        if (!masked.has(k) || k !== amount.to || !at.has(k)) return null;
      }
      if (stopMarks.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)))
        return k === amount.to ? yearSetOff(block, k, sentence, at) : null;
      const mention = at.get(k);
      if (mention) return mention;
    }
    return null;
  });
  const claimed = new Set(adjacent.flatMap((m) => (m ? [m.index] : [])));
  return amounts.map((amount, k) => {
    const open = text.lastIndexOf('(', tokens[amount.from]!.start);
    const close = text.indexOf(')', open);
    if (open >= sentence.start && close >= tokens[amount.to - 1]!.end) {
      const bracket = n(text.slice(open, close));
      const inBracket = /(?:^|\D)((?:19|20)\d\d)(?!\d)/.exec(bracket);
      // "(… للفترة 2020-2021 بمبلغ 5 ملايين دولار)": a period names no single year.
      const period = /(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d/.test(bracket);
      if (inBracket && !period) return { year: Number(inBracket[1]), source: 'bracket' as const };
    }
    const near = adjacent[k];
    if (near) return { year: yearOfMention(near), source: 'adjacent' as const };
    const before = mentions.findLast((m) => m.index < amount.from && !masked.has(m.index));
    if (before) return { year: yearOfMention(before), source: 'before' as const };
    // A year later in the same clause: "(20.2 مليار درهم) في أول 9 أشهر من 2022", not one
    // after a comma ("…، ويتوقع أن يكتمل عام 2028").
    const clauseEnd = tokens.findIndex(
      (t, i) => i >= amount.to && /[،,;؛]/.test(text.slice(tokens[i - 1]!.end, t.start)),
    );
    const after = mentions.find(
      (m) =>
        m.index >= amount.to &&
        (clauseEnd < 0 || m.index < clauseEnd) &&
        !masked.has(m.index) &&
        !claimed.has(m.index),
    );
    if (after) return { year: yearOfMention(after), source: 'after' as const };
    if (context !== null) return { year: context, source: 'context' as const };
    return { year: null, source: 'none' as const };
  });
}

/**
 * "نما حجم الصادرات من 61 مليار دولار إلى 79 مليار دولار" in a year: the first figure is the
 * year before's.
 */
function adjustChanges(
  amounts: readonly RawAmount[],
  resolved: { year: number | null; source: YearSource }[],
  tokens: Token[],
  first: number,
): void {
  for (let k = 0; k + 1 < amounts.length; k++) {
    const from = amounts[k]!;
    const to = amounts[k + 1]!;
    const year = resolved[k]!;
    const later = resolved[k + 1]!.year;
    if (
      to.from - from.to === 1 &&
      tokenIn(tokens[from.to], toWord) &&
      tokenIn(tokens[from.from - 1], fromWord) &&
      later !== null &&
      (year.year === null || year.year === later) &&
      year.source !== 'adjacent' &&
      year.source !== 'bracket' &&
      tokens.slice(first, from.from).some((t) => tokenIn(t, changeWords))
    )
      resolved[k] = { year: later - 1, source: resolved[k + 1]!.source };
  }
}

/**
 * One figure per fact: the same amount in the same currency again (in the headline and the
 * body, or repeated in a quote) is the same figure when the years agree or one is unknown;
 * the one with a year is kept.
 */
function distinctFigures(
  figures: ExtractedFigure[],
  ranges: ReadonlySet<ExtractedFigure>,
): ExtractedFigure[] {
  const kept: ExtractedFigure[] = [];
  for (const figure of figures) {
    const same = kept.findIndex(
      (k) =>
        k.amount === figure.amount &&
        k.currency === figure.currency &&
        // a range ("2-3 ملايين") is another fact than a figure at its lower bound ("مليوني")
        ranges.has(k) === ranges.has(figure) &&
        (k.year === figure.year || k.year === null || figure.year === null),
    );
    if (same < 0) kept.push(figure);
    else if (kept[same]!.year === null && figure.year !== null) kept[same] = figure;
  }
  return kept;
}

/** The year figures of an article may count from: the publication date its text gives. */
function textYear(document: Parameters<Stage['run']>[0]): number | null {
  if (!document.publishedAt) return null;
  if (document.options.publishedAt) return articleYear(document);
  // A date only in the URL may be a page's date, not the text's: "العام الماضي" stays open.
  const fromText = publicationDate({
    publishedAt: null,
    dateLine: document.dateLine,
    title: document.title,
    blocks: document.blocks,
    url: null,
  }).date;
  return fromText ? fromText.getUTCFullYear() : null;
}

/** The figures, each with the speaker of the statement in its sentence as its source. */
export const figureStage: Stage = {
  name: 'figures',
  needs: ['statements'],
  adds: 'figures',
  run(document) {
    const mentionsRussia = document.mentions.some((m) => m.entity.iso2 === 'RU');
    const blocks = textBlocks(document);
    const figures = extractFigures(
      blocks,
      articleYear(document),
      mentionsRussia,
      textYear(document),
    );
    document.figures = figures.map((figure): SourcedFigure => {
      const block = blocks.find((b) => b.index === figure.blockIndex)!;
      const sentence = sentenceAt(block, figure.start);
      const statement =
        sentence &&
        document.statements.find(
          (s) =>
            s.blockIndex === figure.blockIndex && s.start < sentence.end && s.end > sentence.start,
        );
      return { ...figure, source: statement?.speaker ?? null };
    });
  },
};
