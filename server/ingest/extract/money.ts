// Money figures: digits in both systems, decimal marks . ٫ and the agency style 2ر7
// (= 7.2), scale words, spelled-out numbers, compound amounts, ranges, currencies (or the
// currency of the same sentence), the year each figure is for, its status, and for trade
// volumes the two partner countries. Percentages are not money: the figures stage. Pure.
import {
  articleYear,
  type DocumentBlock,
  type SourcedFigure,
  type Stage,
  sentenceAt,
} from '../document.js';
import type { EntityMatch } from '../gazetteer.js';
import { normalizeForMatching } from '../normalize.js';
import { conjoined, phraseMatcher, type Sentence, type Token } from '../text.js';

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

const scales: [string[], number][] = [
  [['الف', 'الاف', 'الفا', 'الفين'], 3],
  [['مليون', 'ملايين', 'مليونا', 'مليوني', 'مليونين'], 6],
  [['مليار', 'مليارات', 'مليارا', 'ملياري', 'مليارين'], 9],
  [['تريليون', 'تريليونات', 'تريليونا'], 12],
];
const dualScales = new Set(['مليوني', 'مليونين', 'ملياري', 'مليارين', 'الفين']);

const spelled: Record<string, number> = Object.fromEntries(
  Object.entries({
    واحد: 1,
    واحدة: 1,
    اثنان: 2,
    اثنين: 2,
    اثنتان: 2,
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
    مائتي: 200,
    نصف: 0.5,
  }).map(([word, value]) => [n(word), value]),
);

/** Currency words → ISO 4217; an adjective after the word may refine it. */
const currencies: { words: string[]; code: string; refine?: Record<string, string> }[] = [
  {
    words: ['دولار', 'دولارا', 'دولارات', 'الدولارات', 'الدولار'],
    code: 'USD',
    refine: { كندي: 'CAD', استرالي: 'AUD' },
  },
  { words: ['يورو'], code: 'EUR' },
  { words: ['روبل', 'روبلا', 'روبلات', 'الروبلات'], code: 'RUB' },
  { words: ['درهم', 'دراهم', 'درهما'], code: 'AED', refine: { مغربي: 'MAD' } },
  {
    words: ['ريال', 'ريالا', 'ريالات'],
    code: 'SAR',
    refine: { ايراني: 'IRR', قطري: 'QAR', عماني: 'OMR', يمني: 'YER' },
  },
  { words: ['ليرة', 'ليرات'], code: 'TRY', refine: { سورية: 'SYP', لبنانية: 'LBP' } },
  { words: ['جنيه', 'جنيها', 'جنيهات'], code: 'EGP', refine: { استرليني: 'GBP', سوداني: 'SDG' } },
  { words: ['يوان'], code: 'CNY' },
  { words: ['تومان'], code: 'IRR' },
  {
    words: ['دينار', 'دينارا', 'دنانير'],
    code: 'KWD',
    refine: { اردني: 'JOD', عراقي: 'IQD', جزائري: 'DZD', بحريني: 'BHD', ليبي: 'LYD', تونسي: 'TND' },
  },
  { words: ['منات'], code: 'AZN' },
  { words: ['تنغي', 'تينغي'], code: 'KZT' },
  { words: ['سوموني'], code: 'TJS' },
  { words: ['درام'], code: 'AMD' },
  { words: ['لاري'], code: 'GEL' },
  { words: ['روبية', 'روبيات'], code: 'INR' },
  { words: ['ين'], code: 'JPY' },
].map((c) => ({
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

interface RawAmount {
  from: number;
  to: number;
  /** The number without its scale, and the scale's power of ten. */
  value: string;
  scale: number | null;
  currency: string | null;
}

/** "3.4" "1,500" "2ر7" (7.2) → a decimal string; null when not a number. */
function numeral(norm: string): string | null {
  const agency = /^(\d+)ر(\d+)$/.exec(norm);
  if (agency) return `${agency[2]}.${agency[1]}`;
  if (/^\d{1,3}(,\d{3})+$/.test(norm)) return norm.replace(/,/g, '');
  if (/^\d+(\.\d+)?$/.test(norm)) return norm;
  const word = spelled[norm];
  return word === undefined ? null : String(word);
}

/** The number a token writes, maybe with a proclitic glued on ("و200", "بـ20", "وثلاثة"). */
function numberOf(token: Token): string | null {
  for (const { form } of token.forms) {
    const value = numeral(form);
    if (value !== null) return value;
  }
  return null;
}

/** The scale word of a token ("مليار", "وملايين") and whether it is a dual ("ملياري"). */
function scaleWord(token: Token | undefined): { power: number; dual: boolean } | null {
  for (const { form } of token?.forms ?? []) {
    const power = scales.find(([words]) => words.includes(form))?.[1];
    if (power !== undefined) return { power, dual: dualScales.has(form) };
  }
  return null;
}

const scaleOf = (token: Token | undefined) => scaleWord(token)?.power ?? null;

function currencyAt(tokens: Token[], i: number): { code: string; to: number } | null {
  const token = tokens[i];
  if (!token) return null;
  const found = currencies.find((c) => c.words.includes(token.norm));
  if (!found) return null;
  const adjective = tokens[i + 1]?.norm;
  const refined = adjective && found.refine?.[adjective];
  if (refined) return { code: refined, to: i + 2 };
  if (found.code === 'USD' && adjective && /^(امريكي|اميركي)$/.test(adjective))
    return { code: 'USD', to: i + 2 };
  return { code: found.code, to: i + 1 };
}

/** Multiplies a decimal string by 10^power, exactly. */
export function scaleDecimal(value: string, power: number): string {
  const [whole, fraction = ''] = value.split('.');
  const digits = `${whole}${fraction.padEnd(power, '0')}`;
  const point = whole!.length + power;
  const integer = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(point).replace(/0+$/, '');
  return rest ? `${integer}.${rest}` : integer;
}

function addDecimals(a: string, b: string): string {
  // Amounts are integers once scaled (fractions of a currency unit do not occur here).
  return (BigInt(a.split('.')[0]!) + BigInt(b.split('.')[0]!)).toString();
}

const isYearToken = (tokens: Token[], i: number) => {
  const norm = tokens[i]!.norm;
  if (!/^(19|20)\d\d$/.test(norm)) return false;
  const previous = tokens[i - 1]?.norm ?? '';
  return (
    /^(عام|العام|لعام|سنه|السنه|لسنه|في|وفي|حتي|منذ|خلال|بحلول)$/.test(previous) ||
    !scaleOf(tokens[i + 1])
  );
};

function isPercentage(block: DocumentBlock, tokens: Token[], i: number): boolean {
  const after = block.text.slice(tokens[i]!.end, tokens[i]!.end + 2);
  const next = tokens[i + 1]?.norm ?? '';
  return (
    /^\s?[%٪]/.test(after) ||
    /^(بالمئه|بالمائه|بالمئة|بالمائة)$/.test(next) ||
    (next === 'في' && /^(المئه|المائه)$/.test(tokens[i + 2]?.norm ?? ''))
  );
}

function rawAmounts(block: DocumentBlock): RawAmount[] {
  const { tokens } = block;
  const amounts: RawAmount[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let value = numberOf(tokens[i]!);
    let scale: number | null = null;
    let to = i + 1;
    if (value !== null) {
      if (isYearToken(tokens, i) || isPercentage(block, tokens, i)) continue;
      scale = scaleOf(tokens[to]);
      if (scale !== null) to++;
    } else {
      scale = scaleOf(tokens[i]);
      if (scale === null) continue;
      value = scaleWord(tokens[i])!.dual ? '2' : '1'; // "مليار" alone is one, "ملياري" two
    }
    // "مليار و200 مليون": a smaller part joined by و
    let total = scaleDecimal(value, scale ?? 0);
    const joined = tokens[to] && conjoined(tokens[to]!) ? numberOf(tokens[to]!) : null;
    const joinedScale = joined !== null ? scaleOf(tokens[to + 1]) : null;
    if (scale !== null && joined !== null && joinedScale !== null && joinedScale < scale) {
      total = addDecimals(total, scaleDecimal(joined, joinedScale));
      to += 2;
    }
    const currency = currencyAt(tokens, to);
    if (currency) to = currency.to;
    amounts.push({
      from: i,
      to,
      value: scale === null ? value : total,
      scale,
      currency: currency?.code ?? null,
    });
    i = to - 1;
  }
  return amounts;
}

/** A cue word or phrase, maybe with a clitic glued on (بنحو، وبلغ). */
const cueIn = (text: string, cues: (norm: string) => boolean) => cues(n(text));

function yearNear(
  block: DocumentBlock,
  sentence: Sentence,
  start: number,
  end: number,
  articleYear: number | null,
): { year: number | null; certain: boolean } {
  const text = block.text;
  // A parenthesis around the figure that names a year: "(في عام 2021 - 3.4 مليار دولار)".
  const open = text.lastIndexOf('(', start);
  const close = text.indexOf(')', open);
  if (open >= sentence.start && close >= end) {
    const inBracket = /(?:^|\D)((?:19|20)\d\d)(?!\d)/.exec(n(text.slice(open, close)));
    if (inBracket) return { year: Number(inBracket[1]), certain: true };
  }
  const before = n(text.slice(sentence.start, start));
  const relative: [RegExp, number][] = [
    [/(هذا العام|العام الجاري|العام الحالي|السنه الجاريه|هذه السنه)/g, 0],
    [/(العام الماضي|السنه الماضيه)/g, -1],
    [/(العام المقبل|العام القادم|السنه المقبله)/g, 1],
  ];
  let best: { at: number; year: number } | null = null;
  for (const match of before.matchAll(/(?:^|\D)((?:19|20)\d\d)(?!\d)/g))
    best = { at: match.index, year: Number(match[1]) };
  for (const [pattern, offset] of articleYear === null ? [] : relative) {
    for (const match of before.matchAll(pattern)) {
      if (!best || match.index > best.at) best = { at: match.index, year: articleYear! + offset };
    }
  }
  if (best) return { year: best.year, certain: true };
  const after = /(?:^|\D)((?:19|20)\d\d)(?!\d)/.exec(n(text.slice(end, sentence.end)));
  if (after) return { year: Number(after[1]), certain: true };
  return { year: articleYear, certain: false };
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

export function extractFigures(
  blocks: readonly DocumentBlock[],
  articleYear: number | null,
  articleMentionsRussia: boolean,
): ExtractedFigure[] {
  const figures: ExtractedFigure[] = [];
  const articleCountries = mainCountries(blocks).slice(0, 2);
  blocks.forEach((block, blockIndex) => {
    const amounts = rawAmounts(block);
    for (const sentence of block.sentences) {
      const here = amounts.filter(
        (a) =>
          block.tokens[a.from]!.start >= sentence.start &&
          block.tokens[a.from]!.start < sentence.end,
      );
      // A range or a list carries the scale and currency of its last member: "بين 1.5 و3 مليارات
      // دولار".
      for (let k = here.length - 2; k >= 0; k--) {
        const amount = here[k]!;
        const next = here[k + 1]!;
        if (
          !amount.currency &&
          next.currency &&
          next.from - amount.to <= 1 &&
          amount.scale === null &&
          next.scale !== null
        ) {
          amount.value = scaleDecimal(amount.value, next.scale);
          amount.scale = next.scale;
          amount.currency = next.currency;
        }
      }
      // A currency stated once in the sentence carries to later amounts with a scale.
      let sentenceCurrency: string | null = null;
      let previousEnd = sentence.start;
      const isTrade = cueIn(block.text.slice(sentence.start, sentence.end), tradeCues);
      const isInvestment =
        !isTrade && cueIn(block.text.slice(sentence.start, sentence.end), investmentCues);
      for (const amount of here) {
        sentenceCurrency = amount.currency ?? sentenceCurrency;
        const currency = amount.currency ?? (amount.scale !== null ? sentenceCurrency : null);
        if (!currency) continue;
        const start = block.tokens[amount.from]!.start;
        const end = block.tokens[amount.to - 1]!.end;
        const window = block.text.slice(previousEnd, start);
        previousEnd = end;
        const { year, certain } = yearNear(block, sentence, start, end, articleYear);
        const previous = figures.at(-1);
        // The second member of a range or list ("بين 1.5 و3 مليارات") shares the first's status.
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
        figures.push({
          blockIndex,
          start,
          end,
          text: block.text.slice(start, end),
          kind,
          amount: amount.value,
          currency,
          year,
          status,
          partners,
          confidence: (amount.currency ? 0.9 : 0.7) * (certain ? 1 : 0.8),
        });
      }
    }
  });
  return figures;
}

/** The figures, each with the speaker of the statement in its sentence as its source. */
export const figureStage: Stage = {
  name: 'figures',
  needs: ['statements'],
  adds: 'figures',
  run(document) {
    const mentionsRussia = document.mentions.some((m) => m.entity.iso2 === 'RU');
    document.figures = extractFigures(document.blocks, articleYear(document), mentionsRussia).map(
      (figure): SourcedFigure => {
        const block = document.blocks[figure.blockIndex]!;
        const sentence = sentenceAt(block, figure.start);
        const statement =
          sentence &&
          document.statements.find(
            (s) =>
              s.blockIndex === figure.blockIndex &&
              s.start < sentence.end &&
              s.end > sentence.start,
          );
        return { ...figure, source: statement?.speaker ?? null };
      },
    );
  },
};
