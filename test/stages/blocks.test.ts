// The blocks stage (parse.ts): title, date line, footer and body blocks of a raw text.
import { describe, expect, it } from 'vitest';
import { documentThrough } from './support.js';

describe('blocks stage', () => {
  it.each([
    [
      'a title line, a date line and two paragraphs',
      'لافروف يلتقي نظيره\n٢٣ ديسمبر ٢٠٢٢\n\nقال لافروف إن اللقاء كان مفيدا.' +
        '\n\nوأضاف أن الحوار مستمر.',
      { title: 'لافروف يلتقي نظيره', dateLine: '٢٣ ديسمبر ٢٠٢٢', blocks: 2, titleDerived: false },
    ],
    [
      'no title: derived from the lede',
      'قال وزير الخارجية الروسي إن المحادثات كانت بناءة، وأكد أهمية الحوار.' +
        '\nوأضاف أن الجانبين اتفقا.',
      { title: 'قال وزير الخارجية الروسي إن المحادثات كانت بناءة', blocks: 2, titleDerived: true },
    ],
    [
      'a credit line ending in a colon is no title: it stays in the body, the title is the lede',
      'موسكو - سعيد طانيوس:\n\nأكد السفير السعودي أن الاتصالات مستمرة، ولم تتوقف.',
      { title: 'أكد السفير السعودي أن الاتصالات مستمرة', blocks: 2, titleDerived: true },
    ],
    [
      'a footer: publisher, source and photo credit',
      'عنوان الخبر\n\nقال لافروف إن اللقاء كان مفيدا.' +
        '\n\nمجموعة الرؤية\nالمصدر: تاس\nالصورة: رويترز',
      { publisher: 'مجموعة الرؤية', source: 'تاس', photoCredit: 'رويترز', blocks: 1 },
    ],
  ])('%s', (_case, text, expected) => {
    const document = documentThrough(text, 'blocks');
    expect(document).toMatchObject(
      expected.blocks ? { ...expected, blocks: expect.any(Array) } : expected,
    );
    expect(document.blocks).toHaveLength(expected.blocks);
    expect(document.blocks.map((b) => b.index)).toEqual(document.blocks.map((_, i) => i));
  });

  it('refuses a text with nothing but a footer', () => {
    expect(() => documentThrough('المصدر: وكالة تاس الروسية', 'blocks')).toThrow(
      /a title but no body/,
    );
  });
});
