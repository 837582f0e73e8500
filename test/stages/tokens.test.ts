// The tokens stage (text.ts): words and sentences once per block, and the one proclitic
// rule and phrase matcher every later stage reads words with.
import { describe, expect, it } from 'vitest';
import {
  maxSentenceLength,
  phraseMatcher,
  sentences,
  tokenize,
  withoutProcliticBeforeArticle,
  withoutProclitics,
} from '../../server/ingest/text.js';
import { documentThrough } from './support.js';

describe('proclitics', () => {
  it.each([
    ['وبيراموف', ['وبيراموف', 'يراموف', 'بيراموف']],
    ['للوزير', ['للوزير', 'لوزير', 'الوزير']],
    ['و3', ['و3', '3']],
    ['في', ['في']],
    ['وما', ['وما', 'ما']],
  ])('%s may stand for %j', (word, forms) => {
    expect(withoutProclitics(word).map((f) => f.form)).toEqual(forms);
  });

  it.each([
    ['والوزير الروسي', 'الوزير الروسي'],
    ['للوزير', 'الوزير'],
    ['وزير', 'وزير'],
  ])('%s before the article: %s', (text, expected) => {
    expect(withoutProcliticBeforeArticle(text)).toBe(expected);
  });
});

describe('phrases', () => {
  const trade = phraseMatcher(['التبادل التجاري', 'بلغ']);
  it.each([
    ['حجم التبادل التجاري بين البلدين', true],
    ['وبلغ الحجم', true],
    ['للتبادل التجاري اهميه', true],
    ['التبادل، التجاري', false],
    ['يبلغ الحجم', false],
    ['وبلغت الصادرات', false],
  ])('%s: %s', (norm, expected) => {
    expect(trade(norm)).toBe(expected);
  });
});

describe('words and sentences', () => {
  it.each([
    ['بلغ 3.4 مليار.', ['بلغ', '3.4', 'مليار']],
    ['و٢٫٥ مليون', ['و٢٫٥', 'مليون']],
    ['بلغ 7ر2 مليار', ['بلغ', '7ر2', 'مليار']],
  ])('%s → %j', (text, words) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(words);
  });

  it.each([
    ['قال لافروف إن الحجم 3.4 مليار. وأضاف أنه كبير!', 2],
    ['هل ستوقع الاتفاقية؟ نعم. قريبا', 3],
    // The Arabic semicolon joins clauses of one sentence, as a comma does.
    ['هل ستوقع الاتفاقية؟ نعم؛ قريبا', 2],
    ['قال: «المحادثات مثمرة.» ثم غادر', 2],
    ['بلا علامة في النهاية', 1],
    ['وقالت زاخاروفا.. إن روسيا طلبت اجتماعا عاجلا', 1],
    ['وناقشا الحبوب الروسية.. وأوضح لافروف أن العمل مستمر', 2],
  ])('%s has %i sentences', (text, count) => {
    expect(sentences(text)).toHaveLength(count);
  });

  it.each([
    ['a run of words with no full stop', 'قال الوزير إن التعاون مهم '.repeat(400)],
    ['one word longer than the bound', 'ب'.repeat(maxSentenceLength * 2 + 10)],
  ])('cuts %s into sentences of at most maxSentenceLength', (_case, text) => {
    const found = sentences(text);
    expect(found.length).toBeGreaterThan(1);
    expect(Math.max(...found.map((s) => s.end - s.start))).toBeLessThanOrEqual(maxSentenceLength);
    // Nothing is lost or read twice: the pieces follow one another, cut at spaces.
    expect(found[0]!.start).toBe(0);
    for (const [k, s] of found.entries()) {
      if (k > 0) expect(s.start).toBe(found[k - 1]!.end);
      if (k > 0 && text.includes(' ')) expect(text[s.start - 1]).toBe(' ');
    }
    expect(found.at(-1)!.end).toBe(text.length);
  });

  it('computes them once per block for every later stage', () => {
    const document = documentThrough(
      'عنوان الخبر\n\nقال لافروف إن الحجم 3.4 مليار. وأضاف أنه كبير.\n\nوتابع بيسكوف.',
      'tokens',
    );
    expect(document.blocks.map((b) => [b.tokens.length, b.sentences.length])).toEqual([
      [9, 2],
      [2, 1],
    ]);
  });
});
