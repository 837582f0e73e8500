// The figures stage (money.ts): amounts in the forms outlets write, their currency, year,
// status and kind, and the speaker of the sentence as their source.
import { describe, expect, it } from 'vitest';
import { article, documentThrough } from './support.js';

const figures = (text: string, publishedAt: Date | null = new Date('2023-03-14T00:00:00Z')) =>
  documentThrough(article(text), 'figures', { publishedAt }).figures.map((f) => ({
    text: f.text,
    amount: f.amount,
    currency: f.currency,
    year: f.year,
    status: f.status,
    kind: f.kind,
  }));

describe('figures stage', () => {
  it.each([
    [
      'a trade volume with its partners and year',
      'بلغ حجم التبادل التجاري بين روسيا وتركيا 62 مليار دولار في عام 2022.',
      {
        text: '62 مليار دولار',
        amount: '62000000000',
        currency: 'USD',
        year: 2022,
        status: 'ACTUAL',
        kind: 'TRADE_VOLUME',
      },
    ],
    [
      'a capacity in megawatts is no year',
      'ووقعت الأردن اتفاقية مع روسيا بقيمة 10 مليار دولار لبناء محطة بطاقة 2000 ميجاوات.',
      { amount: '10000000000', year: null },
    ],
    [
      'a forecast',
      'ومن المتوقع أن يصل حجم التجارة إلى 100 مليار دولار بحلول عام 2030.',
      { amount: '100000000000', year: 2030, status: 'FORECAST' },
    ],
    [
      'the agency decimal 7ر2 (= 2.7), an estimate, last year',
      'وبلغت الاستثمارات العام الماضي نحو 7ر2 مليار دولار.',
      {
        text: '7ر2 مليار دولار',
        amount: '2700000000',
        year: 2022,
        status: 'ESTIMATE',
        kind: 'INVESTMENT',
      },
    ],
    [
      'a dual scale',
      'وقدم البنك قرضا بقيمة ملياري دولار.',
      { amount: '2000000000', currency: 'USD' },
    ],
    ['thousands separators', 'وقدرت قيمة الصفقة بنحو 1,500 مليون دولار.', { amount: '1500000000' }],
    ['roubles', 'وخصصت الحكومة 500 مليون روبل للمشروع.', { amount: '500000000', currency: 'RUB' }],
    [
      'a year after the amount',
      'وسجلت الصادرات 412 مليون دولار خلال 2019.',
      { amount: '412000000', year: 2019 },
    ],
    [
      'Arabic-Indic digits',
      'وبلغت قيمة العقود ٣٫٤ مليار دولار في ٢٠٢١.',
      { amount: '3400000000', year: 2021 },
    ],
    ['a spelled-out number', 'وبلغت قيمة العقود ثلاثة مليارات دولار.', { amount: '3000000000' }],
    ['a bare scale word', 'وخصص الصندوق مليار دولار للمشروع.', { amount: '1000000000' }],
    ['ملاين, as some outlets spell ملايين', 'وكلف المشروع 7 ملاين يورو.', { amount: '7000000' }],
  ])('%s', (_case, text, expected) => {
    const found = figures(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(expected);
  });

  it.each([
    [
      'بين … و…',
      'وقدرت الخسائر بين 1.5 و3 مليارات دولار.',
      'بين 1.5 و3 مليارات دولار',
      '1500000000',
    ],
    [
      'من … إلى …',
      'وتتراوح الكلفة من 1.5 إلى 3 مليارات دولار.',
      'من 1.5 إلى 3 مليارات دولار',
      '1500000000',
    ],
    [
      'spelled out',
      'وستقدم روسيا تمويلا بين ثلاثة وأربعة مليارات دولار.',
      'بين ثلاثة وأربعة مليارات دولار',
      '3000000000',
    ],
    [
      'both members full',
      'بلغت قيمتها ما بين 240 مليار دولار و250 مليار دولار.',
      'بين 240 مليار دولار و250 مليار دولار',
      '240000000000',
    ],
    [
      'no scale, a currency on the last',
      'وتوقع أن تتراوح أسعار النفط بين 80 و85 دولارا للبرميل.',
      'بين 80 و85 دولارا',
      '80',
    ],
    [
      'digits to digits without بين or من, in brackets',
      'وقدّر الخسائر السنوية (72 الى 80 مليار دولار) بسبب العقوبات.',
      '72 الى 80 مليار دولار',
      '72000000000',
    ],
    [
      'digits to digits by a hyphen',
      'وتخصص موسكو سنويا للبرنامج 2-3 ملايين دولار، لتلبية الاحتياجات الغذائية.',
      '2-3 ملايين دولار',
      '2000000',
    ],
    [
      'digits to digits by a dash between spaces',
      'وتراوحت الصادرات بين عامي 2019 و2020 عند 1.5 – 2 مليار دولار سنويا.',
      '1.5 – 2 مليار دولار',
      '1500000000',
    ],
  ])(
    'reads a range (%s) as one figure, its lower bound, spanning the range',
    (_case, text, span, amount) => {
      const found = figures(text);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ text: span, amount, currency: 'USD' });
    },
  );

  it('counts relative years from one written beside its number when the text gives no date', () => {
    const found = figures(
      'ويتوقع أن يصل التبادل إلى 70 مليون دولار في العام المقبل 2018.\n\n' +
        'وقال إن التبادل تجاوز 60 مليون دولار في العام الماضي.',
      null,
    );
    expect(found.map((f) => [f.amount, f.year])).toEqual([
      ['70000000', 2018],
      ['60000000', 2016],
    ]);
  });

  it('reads a list sharing scale and currency as two figures', () => {
    expect(figures('وبلغت الصادرات 1.5 و3 مليارات دولار.').map((f) => f.amount)).toEqual([
      '1500000000',
      '3000000000',
    ]);
  });

  it.each([
    [
      'the same amount again, once',
      'وتبرعت روسيا بمبلغ مليوني دولار. وقال السفير إن التبرع البالغ مليوني دولار وصل.',
      ['مليوني دولار'],
    ],
    [
      'a range and a figure at its lower bound, as two facts',
      'وتتبرع روسيا سنويا بمبلغ 2-3 ملايين دولار، ودفعت في مارس مليوني دولار.',
      ['2-3 ملايين دولار', 'مليوني دولار'],
    ],
    [
      'a range with "بين … و" and a figure at its lower bound, as two facts',
      'وتتبرع روسيا سنويا بمبلغ بين 2 و3 ملايين دولار، ودفعت في مارس مليوني دولار.',
      ['بين 2 و3 ملايين دولار', 'مليوني دولار'],
    ],
  ])('counts %s', (_case, text, spans) => {
    expect(figures(text).map((f) => f.text)).toEqual(spans);
  });

  it.each([
    ['a percentage', 'وارتفعت الصادرات بنسبة 15% خلال العام.'],
    ['a count', 'ويبلغ عدد الشركات 300 شركة.'],
    ['tonnes', 'وصدرت روسيا 50 مليون طن من القمح.'],
  ])('takes %s for no money', (_case, text) => {
    expect(figures(text)).toEqual([]);
  });

  it('gives an undated article no year it cannot read', () => {
    expect(figures('وتبلغ قيمة المشروع 25 مليار دولار.', null)[0]).toMatchObject({
      amount: '25000000000',
      year: null,
      status: 'ACTUAL',
    });
  });

  it('takes the speaker of the sentence as the source', () => {
    const document = documentThrough(
      article('وقال لافروف إن حجم التجارة بين روسيا وتركيا بلغ 62 مليار دولار في عام 2022.'),
      'figures',
    );
    const source = document.figures[0]?.source;
    expect(source && 'entity' in source ? source.entity.slug : null).toBe('sergey-lavrov');
  });

  // The forms of annotation.md "Forms of money": one figure each, amount and currency exact.
  it.each([
    ['dots between thousands', 'وتبلغ الميزانية 1.500.000 دولار.', '1500000', 'USD'],
    ['commas between thousands', 'وتبلغ الميزانية 1,500,000 دولار.', '1500000', 'USD'],
    ['a decimal comma', 'وبلغت قيمة العقد 4,12 مليار يورو.', '4120000000', 'EUR'],
    [
      'a number with the article glued on',
      'وتحدث عن صفقة الـ40 مليار دولار.',
      '40000000000',
      'USD',
    ],
    ['an Arabic comma as decimal mark', 'وبلغت قيمة العقد 4،12 مليار يورو.', '4120000000', 'EUR'],
    [
      'the agency decimal in brackets',
      'وبلغت الواردات (3ر146) مليار دولار.',
      '146300000000',
      'USD',
    ],
    ['بليون', 'وبلغت الاستثمارات 3 بلايين دولار.', '3000000000', 'USD'],
    ['a dual trillion', 'وتقدر الديون بتريليوني روبل.', '2000000000000', 'RUB'],
    ['an accusative scale', 'وخصصت الحكومة ملياراً ونصف المليار دولار.', '1500000000', 'USD'],
    ['مليار ونصف', 'ارتفع حجم التبادل إلى مليار ونصف دولار.', '1500000000', 'USD'],
    ['a compound', 'وبلغ حجم التجارة 7 مليارات و250 مليون دولار.', '7250000000', 'USD'],
    ['a compound with spaces', 'وبلغ حجم التجارة 2 مليار و 600 مليون دولار.', '2600000000', 'USD'],
    ['a compound with thousands', 'وبلغت الصادرات 412 مليوناً و300 ألف دولار.', '412300000', 'USD'],
    ['digits glued to the scale', 'وزادت الاستثمارات بـ6مليارات دولار.', '6000000000', 'USD'],
    ['a bare scale after a clitic', 'وتقدر ديونها بمليار دولار.', '1000000000', 'USD'],
    ['a spelled-out compound', 'وبلغت القيمة خمسة وعشرين مليار روبل.', '25000000000', 'RUB'],
    ['spelled-out teens', 'وبلغت القيمة اثنا عشر مليار دولار.', '12000000000', 'USD'],
    ['spelled-out hundreds', 'وبلغت القيمة خمسمئة مليون دولار.', '500000000', 'USD'],
    ['half a billion', 'وقدم البنك نصف مليار دولار.', '500000000', 'USD'],
    ['an American dollar', 'وتجاوز حجم التبادل 10.5 مليار دولار أمريكي.', '10500000000', 'USD'],
    ['a refined dinar', 'وبلغت قيمة الصفقة 1.7 تريليون دينار عراقي.', '1700000000000', 'IQD'],
    ['an Algerian dinar', 'ورصدت الحكومة 50 مليار دينار جزائري.', '50000000000', 'DZD'],
    ['a feminine adjective', 'وبلغت الخسائر 300 مليار ليرة سورية.', '300000000000', 'SYP'],
    ['an Egyptian pound', 'وارتفع سعر الخبز إلى 5 جنيهات مصرية.', '5', 'EGP'],
    ['pounds and piastres', 'وبلغ سعر الرغيف 5 جنيهات و50 قرشا.', '5.5', 'EGP'],
    ['piastres alone', 'وارتفع سعر الرغيف 25 قرشا.', '0.25', 'EGP'],
    ['the plural after من', 'وخسرت الشركات 5 مليارات من الدولارات.', '5000000000', 'USD'],
    [
      'a currency carried in the sentence',
      'بلغت 3 مليارات دولار، منها 1.2 مليار للصادرات.',
      '3000000000',
      'USD',
    ],
    [
      'ترليون, a spelling of تريليون, in a compound',
      'وتضع الشركة يدها على احتياطي بقيمة ترليون و702 مليار دولار.',
      '1702000000000',
      'USD',
    ],
    [
      'a Latin word before the scale as no number (not a property of Object)',
      'وقال إن الصفقة بقيمة constructor مليار دولار.',
      '1000000000',
      'USD',
    ],
    [
      'a range glued to a preposition, as its lower bound',
      'وتبرعت بـ2-3 ملايين دولار.',
      '2000000',
      'USD',
    ],
  ])('reads %s', (_case, text, amount, currency) => {
    expect(figures(text)[0]).toMatchObject({ amount, currency });
  });

  it.each([
    [
      'a year right before the amount',
      'وبلغ حجم التجارة في عام 2019 48 مليار دولار.',
      '48000000000',
      2019,
    ],
    [
      'a percentage right before the amount',
      'ارتفعت الصادرات 57 بالمائة مسجلة 5.5 مليارات دولار.',
      '5500000000',
      null,
    ],
    ['a sign-first percentage', 'ارتفعت الصادرات %57 مسجلة 5.5 مليارات دولار.', '5500000000', null],
  ])('reads %s as no part of the figure', (_case, text, amount, year) => {
    const found = figures(text, null);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ amount, year });
  });

  // The year a figure is for: what the text says, never the article's year by default.
  it.each([
    ['a relative year after the amount', 'وبلغت الاستثمارات 8 مليارات دولار العام الماضي.', [2022]],
    ['this year', 'ويتوقع أن يصل حجم التجارة إلى 12 مليار دولار بحلول نهاية العام الجاري.', [2023]],
    ['no year named', 'وتبلغ تكلفة المشروع 20 مليار دولار.', [null]],
    [
      'العام as "general"',
      'وبحسب الأمين العام الحالي للمنظمة تبلغ تكلفة المشروع 20 مليار دولار.',
      [null],
    ],
    [
      'a year right after each figure',
      'بلغ التبادل 3.74 مليار دولار خلال عام 2013 مقارنة مع 2.3 مليار دولار عام 2012.',
      [2013, 2012],
    ],
    [
      'a year after a period',
      'تخطى التبادل 1.664 مليار دولار خلال الفترة من يناير إلى مارس عام 2018.',
      [2018],
    ],
    [
      "the year of a comparison is not the figure's",
      'وقد تضاعف في الربع الأول من عام 2018 بالمقارنة مع الفترة نفسها من عام 2017، ' +
        'وبلغ 420 مليون دولار.',
      [2018],
    ],
    [
      "the time of saying is not the figure's",
      'وأعلن الرئيس في نهاية العام 2025، أن حجم التبادل يتراوح بين 240 و250 مليار دولار.',
      [null],
    ],
    [
      'a fiscal year by the year it ends in',
      'بلغت الاستثمارات 34.5 مليون دولار خلال العام المالي 2021/2022.',
      [2022],
    ],
    [
      'a relative year with its number written beside it',
      'ويتوقع أن يصل التبادل إلى نحو 70 مليون دولار في العام المقبل 2018.',
      [2018],
    ],
    [
      "a year after a comma is another clause's",
      'وتبلغ تكلفة المشروع نحو 25 مليار دولار، ويتوقع أن يكتمل عام 2028.',
      [null],
    ],
    [
      'a year set off by commas right after the figure',
      'وصدّرت روسيا منتجات بقيمة 280 مليون دولار أمريكي، في عام 2024، وهو رقم قياسي.',
      [2024],
    ],
    [
      'a year opening a clause of its own after a comma',
      'وتبلغ تكلفة المشروع 25 مليار دولار، في عام 2028 يكتمل بناؤه.',
      [null],
    ],
    [
      'a year later in the clause',
      'مسجلة 5.5 مليارات دولار (20.2 مليار درهم) في أول 9 أشهر من 2022.',
      [2022, 2022],
    ],
    [
      'a comparison with what it was',
      'بلغ التبادل العام الماضي 5.2 مليار دولار، أي ضعف ما كان عليه في عام 2021، ' +
        'في حين بلغت التجارة مع أذربيجان 4.1 مليار دولار.',
      [2022, 2022],
    ],
    [
      'عن as "for" a year',
      'ووافقت موسكو على تأجيل سداد مستحقات عن عام 2022 بقيمة مليار و200 مليون دولار.',
      [2022],
    ],
    [
      'عن as "than" a year',
      'استوردت الصين سلعا بقيمة 1.71 مليار دولار، بارتفاع نسبته 11% عن 2016.',
      [null],
    ],
    [
      'a yearly figure',
      'وتجاوز التبادل العام الماضي مليار دولار، في حين تتخطى التحويلات ملياري دولار سنويا.',
      [2022, null],
    ],
    [
      "a year after منذ is not the figure's",
      'وبلغت الصادرات 5 مليارات دولار، وهو أعلى مستوى منذ عام 2008.',
      [null],
    ],
    [
      "a year after اعتبارا من (from then on) is not the figure's",
      'وقالت الوزارة إن موسكو واعتبارا من عام 2014، تخصص سنويا للبرنامج 3 ملايين دولار.',
      [null],
    ],
    [
      'the year before the one named',
      'ارتفع التبادل إلى مليار ونصف المليار دولار خلال عام 2011، ' +
        'مقارنة بمليار دولار خلال العام السابق عليه.',
      [2011, 2010],
    ],
    [
      "a change over a year: the first figure is the year before's",
      'ونما حجم التبادل خلال عام 2017 من 900 مليون دولار إلى 1.4 مليار دولار.',
      [2016, 2017],
    ],
    ['a year in brackets', 'وبلغت التجارة (في عام 2021 - 3.4 مليار دولار) مستوى قياسيا.', [2021]],
    [
      'a figure of a period of years with no single year',
      'وستبلغ المساهمات خلال الفترة 2017 – 2021 نحو 10 ملايين دولار.',
      [null],
    ],
    [
      'a period in brackets',
      'وخصصت موسكو 18 مليون دولار (بما في ذلك المساهمة للفترة 2020-2021 بمبلغ 5 ملايين دولار).',
      [null, null],
    ],
    ['a period "من … إلى"', 'وبلغت المساعدات من 2015 إلى 2019 نحو 30 مليون دولار.', [null]],
    [
      'payments over two years',
      'وحصلت الوكالة على دفعتين بقدر مليوني دولار في 2013 و2015.',
      [null],
    ],
    [
      'two years before ("منذ عامين")',
      'وكان التبادل قد وصل منذ عامين إلى 15.3 مليون دولار.',
      [2021],
    ],
    [
      "a year after منذ and a month is not the figure's",
      'ويتيح البروتوكول سداد الالتزامات المتأخرة البالغة 185 مليون دولار منذ مارس 2022.',
      [null],
    ],
    [
      "a bracketed year after a comparison is the comparison's",
      'ففي العام الماضي ارتفعت التجارة بأكثر من 6% مقارنة بالعام الذي قبله (2021)، ' +
        'وتجاوزت 11 مليار دولار.',
      [2022],
    ],
  ])('dates %s', (_case, text, years) => {
    expect(figures(text).map((f) => f.year)).toEqual(years);
  });

  // An article whose text gives no date: a year-on-year comparison dates "العام الماضي".
  it.each([
    [
      'last year, compared with the year named',
      'وسجل التبادل العام الماضي 4.8 مليار دولار بنمو 4% مقارنة بالعام 2017.',
      [2018],
    ],
    [
      'this year, compared with the same period of the year named',
      'وقد تضاعف في الربع الأول من هذا العام بالمقارنة مع نفس الفترة من عام 2018، ' +
        'ووصل إلى 420.4 مليون دولار.',
      [2019],
    ],
    ['no comparison', 'وسجل التبادل العام الماضي 4.8 مليار دولار.', [null]],
  ])('dates %s with no article date', (_case, text, years) => {
    expect(figures(text, null).map((f) => f.year)).toEqual(years);
  });

  it('dates a figure by the sentence before that names a year', () => {
    const text =
      'ارتفع التبادل بنسبة 27% خلال الأشهر التسعة الأولى من عام 2011. ' +
      'وبلغت الواردات 146 مليار دولار.';
    expect(figures(text, null).map((f) => f.year)).toEqual([2011]);
  });

  it('does not date a figure by a sentence two sentences back', () => {
    const text =
      'زار الرئيس القاهرة في عام 2017. وناقش الجانبان التعاون. وتبلغ تكلفة المشروع 25 مليار دولار.';
    expect(figures(text, null).map((f) => f.year)).toEqual([null]);
  });

  it('dates the figures of a paragraph that goes on with the last speaker (وأضاف)', () => {
    const text =
      'وقال الممثل التجاري إن الصادرات بلغت 1.4 مليار دولار في عام 2018.\n\n' +
      'وأضاف أن القمح بلغ 501 مليون دولار.';
    expect(figures(text, null).map((f) => f.year)).toEqual([2018, 2018]);
  });

  it("carries the main figure's year, not a comparison in brackets, into a وأضاف paragraph", () => {
    const text =
      'بلغ التبادل في عام 2022 ما قيمته 68.2 مليار دولار (في عام 2021 - 34.7 مليار دولار).\n\n' +
      'وأوضحت المعطيات أن الواردات وصلت إلى 58 مليارا و800 مليون دولار.';
    expect(figures(text, null).map((f) => f.year)).toEqual([2022, 2021, 2022]);
  });

  it('does not date a forecast by the sentence before it', () => {
    const text =
      'وقدرت المدفوعات خلال عام 2022 بأكثر من 95 مليار روبل. ' +
      'كما تدرس الشركات استثمارات قد تصل إلى 750 مليون يورو.';
    expect(figures(text, null).map((f) => f.year)).toEqual([2022, null]);
  });

  it('does not carry a year into a paragraph that names no figure before it', () => {
    const text =
      'وقال الوزير إن البناء يبدأ في العام 2020 أو 2021.\n\nوأضاف أن روسيا ستقدم 3 مليارات دولار.';
    expect(figures(text, null).map((f) => f.year)).toEqual([null]);
  });

  it('takes relative years from a date the text gives, not from the URL alone', () => {
    const text = 'وأضاف أن الاستثمارات بلغت 8 مليارات دولار نهاية العام الماضي.';
    const fromUrl = documentThrough(
      article(text),
      'figures',
      {},
      'https://example.com/2021/12/30/news',
    );
    expect(fromUrl.publishedAt?.getUTCFullYear()).toBe(2021);
    expect(fromUrl.figures.map((f) => f.year)).toEqual([null]);
    expect(figures(text, new Date('2021-12-30T00:00:00Z')).map((f) => f.year)).toEqual([2020]);
  });

  it('keeps one figure for a fact repeated in the article, the one with a year', () => {
    const text =
      'قفزة في التجارة تتجاوز 10.5 مليار دولار\n\n' +
      'وتجاوز حجم التبادل 10.5 مليار دولار خلال عام 2025.\n\n' +
      'وبلغ 9.3 مليار دولار في عام 2024.';
    expect(
      documentThrough(text, 'figures', { publishedAt: null }).figures.map((f) => [
        f.amount,
        f.year,
      ]),
    ).toEqual([
      ['10500000000', 2025],
      ['9300000000', 2024],
    ]);
  });

  it('reads a change from one figure to another as two figures', () => {
    expect(
      figures('وارتفع حجم التبادل من 7 إلى 12 مليار دولار في 2022.', null).map((f) => [
        f.amount,
        f.year,
      ]),
    ).toEqual([
      ['7000000000', 2021],
      ['12000000000', 2022],
    ]);
  });

  it.each([
    [
      'a count of years before إلى',
      'ستصل التجارة في غضون عامين أو ثلاث إلى 20 مليار دولار.',
      ['20000000000'],
    ],
    [
      'tonnes in a sentence with money',
      'بلغت الصادرات 3 مليارات دولار، منها 50 مليون طن من القمح.',
      ['3000000000'],
    ],
    [
      'a count in a sentence with money',
      'بلغت العائدات 7 مليارات دولار، وعدد السياح 5 ملايين.',
      ['7000000000'],
    ],
    ['billions in the plural', 'وتقدر الاستثمارات بمليارات الدولارات.', []],
    ['tens of billions', 'وقدرها بعشرات المليارات من الدولارات.', []],
    ['cubic metres', 'وزادت الإمدادات بمليارين لتصل إلى 12 مليار متر مكعب سنويا.', []],
  ])('takes no money from %s', (_case, text, amounts) => {
    expect(figures(text).map((f) => f.amount)).toEqual(amounts);
  });
});

describe('figures stage: the headline', () => {
  const withTitle = (text: string) =>
    documentThrough(text, 'figures', { publishedAt: null }).figures.map((f) => [
      f.amount,
      f.year,
      f.blockIndex,
    ]);

  it.each([
    [
      'a figure only the headline gives, with its year',
      'مقابل 7 ملايين يورو سنويا: بواخر صيد روسية قبالة السواحل\n\nواتفق الجانبان على حصة صيد.',
      [['7000000', null, -1]],
    ],
    [
      'a headline figure the body gives again, once, with the year the headline names',
      '3.3 مليار دولار حجم التجارة بين مصر وروسيا خلال 2021\n\n' +
        'وقال السفير إن التجارة بين البلدين وصلت إلى 3.3 مليار دولار.',
      [['3300000000', 2021, -1]],
    ],
  ])('reads %s', (_case, text, expected) => {
    expect(withTitle(text)).toEqual(expected);
  });
});
