// The extraction score's matching rules, its counting, and the corpus split: tables of
// small cases (no database; the runner itself is exercised by npm run eval:extraction).
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../eval/extraction/corpus.js';
import {
  canonicalAmount,
  comparable,
  coverage,
  type FoundPerson,
  type FoundSpeaker,
  isContainedForm,
  personMatches,
  sameMoney,
  sameStatementText,
  speakerMatches,
} from '../eval/extraction/match.js';
import { type Found, rates, scoreArticle, summarize } from '../eval/extraction/score.js';
import { splitCorpus } from '../eval/extraction/split.js';

const person = (names: string[], english: string[] = [], roles: string[] = []): FoundPerson => ({
  names,
  english,
  roles,
});

describe('comparable names', () => {
  it.each([
    ['ى and ي', 'مصطفى', 'مصطفي'],
    ['hamza forms', 'أحمد إبراهيم', 'احمد ابراهيم'],
    ['tashkeel', 'سَيرغِي', 'سيرغي'],
    ['ة and ه', 'فاطمة', 'فاطمه'],
    ['the al- prefix', 'بشار الأسد', 'بشار أسد'],
    ['hamza on a seat or alone', 'هيئة ضياء', 'هييه ضيا'],
    ['عبد الله with or without a space', 'عبد الله بن زايد', 'عبدالله بن زايد'],
    ['Arabic-Indic digits', '٢٠٢٤', '2024'],
  ])('%s', (_case, a, b) => {
    expect(comparable(a)).toEqual(comparable(b));
  });

  it.each([
    ['different letters', 'علي', 'على'.replace('ى', 'ا')],
    ['different names', 'سيرغي لافروف', 'سيرغي شويغو'],
  ])('keeps %s apart', (_case, a, b) => {
    expect(comparable(a)).not.toEqual(comparable(b));
  });
});

describe('contained forms', () => {
  it.each([
    [['لافروف'], ['سيرغي', 'لافروف'], true],
    [['سيرغي', 'لافروف'], ['سيرغي', 'لافروف'], true],
    [['زايد', 'ال'], ['عبدالله', 'بن', 'زايد', 'ال', 'نهيان'], true],
    [['لافرو'], ['سيرغي', 'لافروف'], false],
    [['سيرغي', 'لافروف', 'الوزير'], ['سيرغي', 'لافروف'], false],
    [['لافروف', 'سيرغي'], ['سيرغي', 'لافروف'], false],
    [[], ['سيرغي'], false],
  ])('%j in %j: %s', (part, whole, expected) => {
    expect(isContainedForm(part, whole)).toBe(expected);
  });
});

describe('people', () => {
  it.each([
    ['the same name', 'سيرغي لافروف', null, person(['سيرغي لافروف']), true],
    [
      'another spelling held as an alias',
      'سيرجي لافروف',
      null,
      person(['سيرغي لافروف', 'سيرجي لافروف']),
      true,
    ],
    ['a contained form (the surname)', 'سيرغي لافروف', null, person(['لافروف']), true],
    ['ى for ي and tashkeel', 'مصطفى مَدبولي', null, person(['مصطفي مدبولي']), true],
    [
      'the English name',
      'سيرجى لافروف',
      'Sergey Lavrov',
      person(['سيرغي لافروف'], ['Sergey Lavrov']),
      true,
    ],
    ['a longer name found', 'لافروف', null, person(['سيرغي لافروف']), false],
    ['another person', 'سيرغي لافروف', null, person(['سيرغي شويغو', 'شويغو']), false],
    ['a part of a word', 'سيرغي لافروف', null, person(['لاف']), false],
  ])('%s', (_case, name, en, found, expected) => {
    expect(personMatches({ name, en }, found)).toBe(expected);
  });
});

describe('statement text', () => {
  const quote = 'العلاقات بين بلدينا تتطور بشكل ممتاز في جميع المجالات';
  it.each([
    ['identical', quote, quote, true],
    [
      'other marks and spelling',
      quote,
      'العلاقات بين بلدينا تتطور بشكل ممتاز في جميع المجالات.',
      true,
    ],
    ['one word more of ten', quote, `${quote} اليوم`, true],
    ['half of it', quote, 'العلاقات بين بلدينا تتطور', false],
    ['twice as long', quote, `${quote} وقال إن الحكومة تدرس الأمر مع الشركاء الإقليميين`, false],
    ['a short fragment, exact', 'مثمرة', 'مثمرة', true],
    ['a short fragment, another word', 'مثمرة', 'بناءة', false],
  ])('%s', (_case, expected, found, same) => {
    expect(sameStatementText(expected, found)).toBe(same);
  });

  it.each([
    [['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd'], 1],
    [['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd'], 0.75],
    [['a', 'b'], ['b', 'a'], 0.5],
    [[], [], 1],
  ])('coverage of %j by %j is %s', (a, b, share) => {
    expect(coverage(a, b)).toBeCloseTo(share);
  });
});

describe('speakers', () => {
  const lavrov: FoundSpeaker = {
    kind: 'person',
    ...person(['سيرغي لافروف', 'لافروف'], ['Sergey Lavrov'], ['وزير الخارجية الروسي']),
  };
  const source: FoundSpeaker = {
    kind: 'person',
    ...person(['مصدر في وزارة الطاقة'], [], ['مصدر في وزارة الطاقة']),
  };
  const ministry: FoundSpeaker = {
    kind: 'organization',
    names: ['وزارة الخارجية الروسية', 'الخارجية الروسية'],
    countryNames: [],
  };
  const government: FoundSpeaker = {
    kind: 'organization',
    names: ['حكومة روسيا'],
    countryNames: ['روسيا', 'موسكو'],
  };
  it.each([
    ['a person by name', 'سيرغي لافروف', lavrov, true],
    ['a person by surname only in the text', 'لافروف', lavrov, true],
    ['a person by role text', 'مصدر في وزارة الطاقة', source, true],
    ['an organization by name', 'وزارة الخارجية الروسية', ministry, true],
    ['an organization by alias', 'الخارجية الروسية', ministry, true],
    ['a government by its capital', 'موسكو', government, true],
    ['a government for a person', 'سيرغي لافروف', government, false],
    ['another organization', 'الكرملين', ministry, false],
    ['no speaker', 'سيرغي لافروف', null, false],
  ])('%s', (_case, expected, found, same) => {
    expect(speakerMatches(expected, found)).toBe(same);
  });

  it('uses the annotated English name of the speaker', () => {
    const people = [{ name: 'سيرجى لافروف', en: 'Sergey Lavrov' }];
    expect(speakerMatches('سيرجى لافروف', lavrov, people)).toBe(true);
  });
});

describe('money', () => {
  it.each([
    ['3400000000', '3400000000'],
    ['3400000000.0', '3400000000'],
    ['0.50', '0.5'],
    ['007', '7'],
  ])('%s reads as %s', (amount, canonical) => {
    expect(canonicalAmount(amount)).toBe(canonical);
  });

  const fact = { amount: '2700000000', currency: 'USD', year: 2021 };
  it.each([
    ['the same', fact, true],
    ['another amount', { ...fact, amount: '7200000000' }, false],
    ['another currency', { ...fact, currency: 'EUR' }, false],
    ['another year', { ...fact, year: 2022 }, false],
    ['no year', { ...fact, year: null }, false],
  ])('%s', (_case, found, same) => {
    expect(sameMoney(fact, found)).toBe(same);
  });
});

describe('scoring an article', () => {
  const annotation: Annotation = {
    url: 'https://example.com/a',
    outlet: 'example.com',
    published: '2021-11-02',
    urlDate: null,
    people: [
      { name: 'سيرغي لافروف', en: 'Sergey Lavrov', role: null },
      { name: 'جيهون بيراموف', en: 'Jeyhun Bayramov', role: null },
    ],
    statements: [
      { speaker: 'سيرغي لافروف', direct: true, text: 'المحادثات كانت مثمرة وبناءة جدا' },
      { speaker: 'جيهون بيراموف', direct: true, text: 'نحن مستعدون للعمل المشترك' },
      { speaker: 'سيرغي لافروف', direct: false, text: 'موسكو تدعم الحوار بين البلدين' },
    ],
    money: [
      {
        text: '3.4 مليار دولار',
        amount: '3400000000',
        currency: 'USD',
        year: 2021,
        status: 'actual',
      },
    ],
  };
  const lavrov = person(['سيرغي لافروف', 'لافروف']);
  const found: Found = {
    refused: null,
    people: [lavrov, person(['نحن'])],
    statements: [
      {
        text: 'المحادثات كانت مثمرة وبناءة جدا',
        direct: true,
        speaker: { kind: 'person', ...lavrov },
        speakerLabel: 'سيرغي لافروف',
      },
      {
        text: 'نحن مستعدون للعمل المشترك',
        direct: true,
        speaker: { kind: 'person', ...lavrov },
        speakerLabel: 'سيرغي لافروف',
      },
    ],
    money: [
      { text: '3.4 مليار دولار', amount: '3400000000', currency: 'USD', year: 2021 },
      { text: '5 ملايين', amount: '5000000', currency: 'USD', year: 2021 },
    ],
    publishedAt: '2021-11-02',
  };
  const score = scoreArticle('example_01', annotation, found);

  it.each([
    ['people', { expected: 2, found: 2, hits: 1, correct: 1 }],
    ['direct', { expected: 2, found: 2, hits: 1, correct: 1 }],
    ['reported', { expected: 1, found: 0, hits: 0, correct: 0 }],
    ['money', { expected: 1, found: 2, hits: 1, correct: 1 }],
    ['dates', { expected: 1, found: 1, hits: 1, correct: 1 }],
  ] as const)('counts %s', (kind, counts) => {
    expect(score.counts[kind]).toEqual(counts);
  });

  it('lists a quote with the wrong speaker as a miss that says whom it got', () => {
    expect(score.discrepancies).toContainEqual({
      article: 'example_01',
      kind: 'direct',
      span: 'نحن مستعدون للعمل المشترك',
      expected: 'جيهون بيراموف',
      got: 'speaker سيرغي لافروف',
    });
  });

  it('lists false hits with nothing expected', () => {
    expect(score.discrepancies).toContainEqual({
      article: 'example_01',
      kind: 'money',
      span: '5 ملايين',
      expected: null,
      got: '5000000 USD 2021',
    });
    expect(
      score.discrepancies.filter((d) => d.kind === 'people' && d.expected === null),
    ).toHaveLength(1);
  });

  it('counts a refused article as all misses', () => {
    const refused = scoreArticle('example_01', annotation, {
      refused: 'refused: the text is empty',
      people: [],
      statements: [],
      money: [],
      publishedAt: null,
    });
    expect(summarize([refused]).counts.direct).toEqual({
      expected: 2,
      found: 0,
      hits: 0,
      correct: 0,
    });
    expect(refused.discrepancies[0]).toMatchObject({
      kind: 'article',
      got: 'refused: the text is empty',
    });
  });

  it.each([
    [{ expected: 10, found: 8, hits: 6, correct: 6 }, 0.75, 0.6],
    [{ expected: 0, found: 0, hits: 0, correct: 0 }, 1, 1],
    [{ expected: 4, found: 0, hits: 0, correct: 0 }, 1, 0],
  ])('rates %j', (counts, precision, recall) => {
    const r = rates(counts);
    expect(r.precision).toBeCloseTo(precision);
    expect(r.recall).toBeCloseTo(recall);
    expect(r.f1).toBeCloseTo(
      precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    );
  });
});

describe('the corpus split', () => {
  const corpus = Array.from({ length: 60 }, (_, i) => ({
    id: `outlet${i % 25}_${String(i).padStart(2, '0')}`,
    outlet: `outlet${i % 25}.com`,
  }));

  it('puts two thirds in dev and one third in test, each article once', () => {
    const { dev, test } = splitCorpus(corpus, 7);
    expect([dev.length, test.length]).toEqual([40, 20]);
    expect(new Set([...dev, ...test]).size).toBe(60);
  });

  it('is the same for the same seed, whatever the input order', () => {
    expect(splitCorpus([...corpus].reverse(), 7)).toEqual(splitCorpus(corpus, 7));
    expect(splitCorpus(corpus, 8)).not.toEqual(splitCorpus(corpus, 7));
  });

  it('puts an outlet with three articles on both sides', () => {
    const { dev, test } = splitCorpus(corpus, 7);
    for (const outlet of ['outlet0', 'outlet5', 'outlet9']) {
      expect(dev.some((id) => id.startsWith(`${outlet}_`))).toBe(true);
      expect(test.some((id) => id.startsWith(`${outlet}_`))).toBe(true);
    }
  });
});
