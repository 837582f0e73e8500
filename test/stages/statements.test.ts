// The statements stage: quotations that are speech with their speaker, reported speech
// after a verb of saying, and quoted names that are not statements.
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../server/ingest/extract/quotes.js';
import type { SpeakerRef } from '../../server/ingest/extract/statements.js';
import { maxSentenceLength } from '../../server/ingest/text.js';
import { article, documentThrough } from './support.js';

const speakerName = (speaker: SpeakerRef) =>
  'entity' in speaker
    ? speaker.entity.slug || speaker.entity.nameAr
    : 'governmentOf' in speaker
      ? `government:${speaker.governmentOf}`
      : `${speaker.described.kind}:${speaker.described.description}`;

const statements = (text: string) =>
  documentThrough(article(text), 'statements', {
    publishedAt: new Date('2023-03-14T00:00:00Z'),
  }).statements.map((s) => [s.direct ? 'direct' : 'reported', s.text, speakerName(s.speaker)]);

describe('statements stage', () => {
  it.each([
    [
      'a quote after the verb, the person after a role',
      'قال وزير الخارجية الروسي سيرغي لافروف إن "المحادثات كانت بناءة".',
      [['direct', 'المحادثات كانت بناءة', 'sergey-lavrov']],
    ],
    [
      'a quote before the verb',
      '"نحن مستعدون للعمل"، قال بيسكوف للصحفيين.',
      [['direct', 'نحن مستعدون للعمل', 'dmitry-peskov']],
    ],
    [
      'guillemets after a colon',
      'وتابع بيسكوف قائلا: «لا نرى أي تقدم في المفاوضات حتى الآن».',
      [['direct', 'لا نرى أي تقدم في المفاوضات حتى الآن', 'dmitry-peskov']],
    ],
    [
      'reported speech after أن',
      'وأكد لافروف أن موسكو مستعدة لمواصلة الحوار مع باكو.',
      [['reported', 'موسكو مستعدة لمواصلة الحوار مع باكو', 'sergey-lavrov']],
    ],
    [
      'reported speech of an organization',
      'وقالت الخارجية الروسية في بيان إن الاتفاق سيوقع قريبا.',
      [['reported', 'الاتفاق سيوقع قريبا', 'mfa-russia']],
    ],
    [
      "a role named nowhere is that role, not its country's government",
      'وأشار وزير الخارجية الأذربيجاني إلى أن باكو تدعم الحوار الإقليمي.',
      [['reported', 'باكو تدعم الحوار الإقليمي', 'person:وزير الخارجية الأذربيجاني']],
    ],
    [
      'the clause is the quote, listed once',
      'وقال لافروف للصحفيين: "إن روسيا لا تريد التصعيد في المنطقة وتدعو إلى الحوار"',
      [['direct', 'إن روسيا لا تريد التصعيد في المنطقة وتدعو إلى الحوار', 'sergey-lavrov']],
    ],
    [
      'a quoted agency name is no statement',
      'ونقلت وكالة "تاس" عن بيسكوف قوله إن العمل مستمر بشكل طبيعي.',
      [['reported', 'العمل مستمر بشكل طبيعي', 'dmitry-peskov']],
    ],
    ['a nominal complement is no statement', 'وأعرب لافروف عن أمله في تطوير العلاقات.', []],
    [
      'a quote with no verb of saying is no statement',
      'ووصف الاتفاق بأنه "تاريخي وشامل ومهم جدا".',
      [],
    ],
  ])('%s', (_case, text, expected) => {
    expect(statements(text)).toEqual(expected);
  });

  // Speaker attribution (issue 10): the person of a role phrase, never another entity of
  // the sentence; subject-less verbs and participles go on with the speaker.
  it.each([
    [
      'a person after a role wins over an organization later in the sentence',
      'وقال وزير الخارجية الروسي سيرغي لافروف خلال لقاء في الكرملين إن العمل مستمر بلا توقف.',
      [['reported', 'العمل مستمر بلا توقف', 'sergey-lavrov']],
    ],
    [
      'a quoted word the subject described something as ("ما وصفه بـ")',
      'وانتقد لافروف ما وصفه بـ”إقصاء” بلاده من السوق.',
      [['direct', 'إقصاء', 'sergey-lavrov']],
    ],
    [
      'a quoted word the subject named something ("ما أسماه")',
      'وهاجم بيسكوف ما أسماه "الهيمنة".',
      [['direct', 'الهيمنة', 'dmitry-peskov']],
    ],
    [
      "a verb of saying with no subject after the sentence subject's first verb",
      'رحب يوري بوريسوف بالوفد القطري، وقال إن العلاقات تتطور بشكل كبير.',
      [['reported', 'العلاقات تتطور بشكل كبير', 'يوري بوريسوف']],
    ],
    [
      'the post of a role in a place the gazetteer lacks is no addressee',
      'قال القنصل العام الروسي لدى أربيل أوليغ ليفين، إن بلاده حريصة على العلاقات.',
      [['reported', 'بلاده حريصة على العلاقات', 'أوليغ ليفين']],
    ],
    [
      'a third country in the clause is no speaker',
      'وقال بيسكوف إن تركيا ومصر ستشاركان في المحادثات المقبلة.',
      [['reported', 'تركيا ومصر ستشاركان في المحادثات المقبلة', 'dmitry-peskov']],
    ],
    [
      'a country as the subject speaks for its government',
      'وأعلنت أذربيجان أن المفاوضات ستستأنف الأسبوع المقبل.',
      [['reported', 'المفاوضات ستستأنف الأسبوع المقبل', 'government:AZ']],
    ],
    [
      'a known person quoted by name after the role speaks, and the name is no quote',
      'وقال المتحدث باسم الكرملين "ديمتري بيسكوف" للصحفيين إن القمة ستعقد قريبا.',
      [['reported', 'القمة ستعقد قريبا', 'dmitry-peskov']],
    ],
    [
      'a verb of claiming, with tashkeel',
      'ادّعت الخارجية الروسية أنّ أنقرة تماطل عمدا في تحسين العلاقات.',
      [['reported', 'أنقرة تماطل عمدا في تحسين العلاقات', 'mfa-russia']],
    ],
    [
      'a person named with مع is the addressee',
      'وقال خلال لقائه مع سيرغي لافروف إن المحادثات كانت مفيدة جدا.',
      [],
    ],
    [
      'first-person words inside a quotation are no one',
      'وقال بيسكوف: "نحن في روسيا نعمل مع مصر ومع الكرملين كل يوم".',
      [['direct', 'نحن في روسيا نعمل مع مصر ومع الكرملين كل يوم', 'dmitry-peskov']],
    ],
    [
      'وأضاف with no subject continues the last speaker (reported)',
      'وقال لافروف إن الاجتماع كان بناء ومفيدا.\n\nوأضاف أن موسكو تنتظر الرد من باكو قريبا.',
      [
        ['reported', 'الاجتماع كان بناء ومفيدا', 'sergey-lavrov'],
        ['reported', 'موسكو تنتظر الرد من باكو قريبا', 'sergey-lavrov'],
      ],
    ],
    [
      'وتابع with no subject continues the last speaker (direct)',
      'وأكد بيسكوف أن الحوار مستمر مع الجميع.\n\nوتابع: «لا نرى أي تقدم حتى الآن».',
      [
        ['reported', 'الحوار مستمر مع الجميع', 'dmitry-peskov'],
        ['direct', 'لا نرى أي تقدم حتى الآن', 'dmitry-peskov'],
      ],
    ],
    [
      'a role word alone refers to the last speaker',
      'وقال لافروف إن الاجتماع كان بناء ومفيدا.\n\n' +
        'وأشار الوزير إلى أن الجانبين اتفقا على لقاء جديد.',
      [
        ['reported', 'الاجتماع كان بناء ومفيدا', 'sergey-lavrov'],
        ['reported', 'الجانبين اتفقا على لقاء جديد', 'sergey-lavrov'],
      ],
    ],
    [
      'an anonymous source is itself, never the last speaker',
      'وقال لافروف إن الاجتماع كان بناء ومفيدا.\n\n' +
        'وقال مصدر في وزارة الطاقة إن الاتفاق سيوقع قريبا.',
      [
        ['reported', 'الاجتماع كان بناء ومفيدا', 'sergey-lavrov'],
        ['reported', 'الاتفاق سيوقع قريبا', 'person:مصدر في وزارة الطاقة'],
      ],
    ],
    [
      'reports and data are no speaker',
      'وقال لافروف إن الاجتماع كان بناء.\n\nوتشير البيانات الرسمية إلى أن التجارة نمت بقوة.',
      [['reported', 'الاجتماع كان بناء', 'sergey-lavrov']],
    ],
    [
      'a subject before the verb ("وكان X قد قال")',
      'وكان لافروف قد قال إن موسكو مستعدة للحوار مع الجميع.',
      [['reported', 'موسكو مستعدة للحوار مع الجميع', 'sergey-lavrov']],
    ],
    [
      'a participle clause after a comma is a statement of its own',
      'وأكد لافروف أن العلاقات تتطور بسرعة، مشيراً إلى أن التجارة تضاعفت هذا العام.',
      [
        ['reported', 'العلاقات تتطور بسرعة', 'sergey-lavrov'],
        ['reported', 'التجارة تضاعفت هذا العام', 'sergey-lavrov'],
      ],
    ],
    [
      'a participle giving the reason ("، مفسراً ذلك بأن") opens a clause of its own',
      'وبين لافروف أن عدد السياح الروس يشهد تزايدا، مفسّرا ذلك بأنّ تونس وجهة مفضلة لهم.',
      [
        ['reported', 'عدد السياح الروس يشهد تزايدا', 'sergey-lavrov'],
        ['reported', 'تونس وجهة مفضلة لهم', 'sergey-lavrov'],
      ],
    ],
    [
      'a participle of saying before أن ends the clause with no comma before it',
      'وقال لافروف إن الطلب على الحبوب سيزداد مشيرا إلى أن الموسم كان ضعيفا.',
      [
        ['reported', 'الطلب على الحبوب سيزداد', 'sergey-lavrov'],
        ['reported', 'الموسم كان ضعيفا', 'sergey-lavrov'],
      ],
    ],
    [
      'so does a participle before its preposition ("داعياً إلى", "منوهاً بـ")',
      'وقال لافروف إن روسيا تولي اهتماما كبيرا بالعلاقات مع سورية داعياً إلى تطويرها.\n\n' +
        'وأكد لافروف أن الهدف هو السلام في العالم منوهاً بدور الأمم المتحدة.',
      [
        ['reported', 'روسيا تولي اهتماما كبيرا بالعلاقات مع سورية', 'sergey-lavrov'],
        ['reported', 'الهدف هو السلام في العالم', 'sergey-lavrov'],
      ],
    ],
    [
      'a feminine participle is also a noun and ends nothing ("لافتة")',
      'وقال لافروف إن المتظاهرين رفعوا لافتة بالروسية أمام السفارة.',
      [['reported', 'المتظاهرين رفعوا لافتة بالروسية أمام السفارة', 'sergey-lavrov']],
    ],
    [
      'so does "، وفق ما نقلته" (according to)',
      'وقال لافروف إن روسيا مستعدة لتوريد القمح، وفق ما نقلته وكالة الأنباء الروسية.',
      [['reported', 'روسيا مستعدة لتوريد القمح', 'sergey-lavrov']],
    ],
    [
      'a described medium ends after its quoted name and country, with its closing mark',
      'وذكرت قناة ”إيرين” التلفزيونية الرسمية أن البطاقات ستكون متاحة. ' +
        'وقالت صحيفة “إزفستيا” الروسية اليومية أن الرئيس سيزور موسكو. ' +
        'وأفادت وكالة "إرنا" الرسمية للأنباء بأن المحطة ستعمل.',
      [
        ['reported', 'البطاقات ستكون متاحة', 'organization:قناة ”إيرين”'],
        ['reported', 'الرئيس سيزور موسكو', 'organization:صحيفة “إزفستيا” الروسية'],
        ['reported', 'المحطة ستعمل', 'organization:وكالة "إرنا"'],
      ],
    ],
    [
      'a described office ends at the place it is in, and its head word alone refers back',
      'ونفت السفارة الروسية في الخرطوم صحة الأنباء المتداولة. ' +
        'وأكدت السفارة أن هذه التقارير لا أساس لها.',
      [['reported', 'هذه التقارير لا أساس لها', 'organization:السفارة الروسية في الخرطوم']],
    ],
    [
      'or the name quoted after the words that describe it, which its noun then refers to',
      'أعلنت المجموعة الروسية النفطية "روسنفت"، اليوم الثلاثاء، أنها دفعت سلفة لحكومة الإقليم. ' +
        'وأفادت المجموعة في نتائجها المالية بأنها دفعت سلفة كبيرة.',
      [
        ['reported', 'دفعت سلفة لحكومة الإقليم', 'organization:روسنفت'],
        ['reported', 'دفعت سلفة كبيرة', 'organization:روسنفت'],
      ],
    ],
    [
      'a described speaker ends before ب and the object of the verb ("أشاد … بالعلاقات")',
      'وأشاد مسؤول روسي بالعلاقات الثنائية، مؤكدا أن التعاون يتطور بسرعة.',
      [['reported', 'التعاون يتطور بسرعة', 'person:مسؤول روسي']],
    ],
    [
      'a definite role is the person named after an unnamed one of its country',
      'واعتبر مسؤول بوزارة التجارة المصرية أن التجارة يمكن أن تتوسع. ' +
        'وقال مدين بن مبارك البلوشي، رئيس قسم تطوير الصادرات، إن التجارة قائمة. ' +
        'وقال المسؤول المصري إن مصر تستطيع شراء الحبوب.',
      [
        ['reported', 'التجارة يمكن أن تتوسع', 'person:مسؤول بوزارة التجارة المصرية'],
        ['reported', 'التجارة قائمة', 'مدين بن مبارك البلوشي'],
        ['reported', 'مصر تستطيع شراء الحبوب', 'مدين بن مبارك البلوشي'],
      ],
    ],
    [
      'a company the gazetteer lacks speaks under the name it is quoted by',
      'وقالت شركة "جازبروم نفط" الروسية الذراع النفطية لغازبروم إنها ستستثمر في الحقل.',
      [['reported', 'ستستثمر في الحقل', 'organization:جازبروم نفط']],
    ],
    [
      'a definite source is the source described before, whoever spoke in between',
      'وأفاد مصدر في وزارة الخارجية الروسية أن الغرب يحاول إخفاء دوره. ' +
        'وقال لافروف إن الحوار مستمر. ويعتبر المصدر الروسي أن التعاون سيتوسع.',
      [
        ['reported', 'الغرب يحاول إخفاء دوره', 'person:مصدر في وزارة الخارجية الروسية'],
        ['reported', 'الحوار مستمر', 'sergey-lavrov'],
        ['reported', 'التعاون سيتوسع', 'person:مصدر في وزارة الخارجية الروسية'],
      ],
    ],
    [
      'a fragment in marks that ends a reported clause far from its verb is speech',
      'وأكدت الخارجية الروسية، في بيان نقلته قناة روسيا اليوم مساء أمس، ' +
        'أن هذه الادعاءات لا تعدو كونها «أكاذيب مطلقة».',
      [
        ['reported', 'هذه الادعاءات لا تعدو كونها «أكاذيب مطلقة»', 'mfa-russia'],
        ['direct', 'أكاذيب مطلقة', 'mfa-russia'],
      ],
    ],
    [
      '"تحدث عن أن" (spoke of how) is a verb of saying with its clause',
      'وتحدث لافروف عن أن وزارة التجارة ستمنح رخصا للشركات الروسية.',
      [['reported', 'وزارة التجارة ستمنح رخصا للشركات الروسية', 'sergey-lavrov']],
    ],
    [
      'a verb in a relative clause ("الذي كان يتحدث في ندوة") is not the one that quotes',
      'وقال بيسكوف الذي كان يتحدث في ندوة صحفية: "العمل مستمر بلا توقف".',
      [['direct', 'العمل مستمر بلا توقف', 'dmitry-peskov']],
    ],
    [
      'a person who voices a stance ("أعرب X عن") is whom a subject-less verb goes on with',
      'وقال بيراموف إن المحادثات كانت بناءة. ومن جانبه، أعرب بيسكوف عن ارتياحه للقاء لافروف ' +
        'وبيراموف. وأكد أن العمل مستمر بلا توقف.',
      [
        ['reported', 'المحادثات كانت بناءة', 'jeyhun-bayramov'],
        ['reported', 'العمل مستمر بلا توقف', 'dmitry-peskov'],
      ],
    ],
    [
      'a participle takes the subject of the sentence ("ولم يستبعد X …، مؤكداً أن")',
      'ولم يستبعد بيسكوف عقد لقاء جديد، مؤكداً أن الاتصالات مستمرة بين الجانبين.',
      [['reported', 'الاتصالات مستمرة بين الجانبين', 'dmitry-peskov']],
    ],
    [
      '"according to" a person at the start of the sentence',
      'ووفقاً لبيسكوف، فإن الرئيسين سيلتقيان في الخريف المقبل.',
      [['reported', 'الرئيسين سيلتقيان في الخريف المقبل', 'dmitry-peskov']],
    ],
    [
      '"according to" a person and فإن with no comma',
      'وبحسب لافروف فإن المحادثات ستستمر في الأيام المقبلة.',
      [['reported', 'المحادثات ستستمر في الأيام المقبلة', 'sergey-lavrov']],
    ],
    [
      'a warning "من أن" is reported speech; a feeling "عن قلقه من أن" is not',
      'وحذر لافروف من أن التصعيد سيضر بالجميع.\n\nوأعرب بيسكوف عن قلقه من أن تتأخر المحادثات.',
      [['reported', 'التصعيد سيضر بالجميع', 'sergey-lavrov']],
    ],
    [
      '"according to" a channel after the verb names no speaker',
      'وقال بيسكوف - وفقاً لقناة "روسيا اليوم" - إن العمل مستمر بشكل طبيعي.',
      [['reported', 'العمل مستمر بشكل طبيعي', 'dmitry-peskov']],
    ],
    [
      'an official given by role after "عن" speaks, not the agency that quotes him',
      'ونقلت وكالة الأنباء الروسية عن رئيس الوكالة الفيدرالية لمصايد الأسماك، ' +
        'قوله "لقد قدمنا مشروعا".\n\n' +
        'ونقلت وكالة الأنباء عن وزير الخارجية الأذربيجاني قوله "إن الحوار مستمر".',
      [
        ['direct', 'لقد قدمنا مشروعا', 'person:رئيس الوكالة الفيدرالية لمصايد الأسماك'],
        ['direct', 'إن الحوار مستمر', 'person:وزير الخارجية الأذربيجاني'],
      ],
    ],
    [
      'a surname alone after "عن" with a noun of saying',
      'ونقلت وكالة الأنباء عن لافروف قوله "إن الحوار هو الطريق الوحيد".',
      [['direct', 'إن الحوار هو الطريق الوحيد', 'sergey-lavrov']],
    ],
    [
      'a colon before أن is unmarked direct speech, no reported clause',
      'وقال بيسكوف: بغض النظر عما قيل، من المهم أن نقول إن العلاقات قوية.',
      [],
    ],
    [
      'a circumstance right after the verb: the subject is the last speaker, not a name in it',
      'وقال لافروف إن الاجتماع كان بناء.\n\nوقال على هامش لقاء برئاسة بيسكوف، إن الحوار سيستمر.',
      [
        ['reported', 'الاجتماع كان بناء', 'sergey-lavrov'],
        ['reported', 'الحوار سيستمر', 'sergey-lavrov'],
      ],
    ],
    [
      'an organization the gazetteer lacks speaks as written, not as the last speaker',
      'وقال لافروف إن الاجتماع كان بناء.\n\nوأعلنت وزارة الخزانة الأمريكية أن العقوبات باقية.',
      [
        ['reported', 'الاجتماع كان بناء', 'sergey-lavrov'],
        ['reported', 'العقوبات باقية', 'organization:وزارة الخزانة الأمريكية'],
      ],
    ],
    [
      "what follows a source without a subject is the source's, not the last speaker's",
      'وقال لافروف إن الاجتماع كان بناء.\n\n' +
        'وذكرت وكالة الأنباء أن الاتصال تم هاتفيا.\n\n' +
        'وذكرت أن الرئيسين تحدثا طويلا.',
      [
        ['reported', 'الاجتماع كان بناء', 'sergey-lavrov'],
        ['reported', 'الاتصال تم هاتفيا', 'organization:وكالة الأنباء'],
        ['reported', 'الرئيسين تحدثا طويلا', 'organization:وكالة الأنباء'],
      ],
    ],
    [
      'a verb of saying after a comma and a detached و ends the clause before it',
      'قال لافروف إن المحادثات جيدة، و قال إن البلدين يواجهان تحديات متشابهة.',
      [
        ['reported', 'المحادثات جيدة', 'sergey-lavrov'],
        ['reported', 'البلدين يواجهان تحديات متشابهة', 'sergey-lavrov'],
      ],
    ],
    [
      'the subject between كان and the verb, without قد',
      'وقال لافروف إن المحادثات جيدة.\n\nوكانت وزارة الزراعة أعلنت أن الإنتاج سينخفض.',
      [
        ['reported', 'المحادثات جيدة', 'sergey-lavrov'],
        ['reported', 'الإنتاج سينخفض', 'organization:وزارة الزراعة'],
      ],
    ],
    [
      'an alliance speaks as written',
      'وقال لافروف إن المحادثات جيدة.\n\n' +
        'وكان تحالف أوبك أعلن رسميا، "خفض إنتاج النفط بمقدار مليوني برميل".',
      [
        ['reported', 'المحادثات جيدة', 'sergey-lavrov'],
        ['direct', 'خفض إنتاج النفط بمقدار مليوني برميل', 'organization:تحالف أوبك'],
      ],
    ],
    [
      'a described speaker ends before a noun with his pronoun',
      'وختم السفير الروسي تصريحاته بالتأكيد على أن بلاده ستواصل دعم السودان.',
      [['reported', 'بلاده ستواصل دعم السودان', 'person:السفير الروسي']],
    ],
    [
      'honorifics before a role phrase: the person the article named with that role',
      'التقى معالي الدكتور يحيى المنذري رئيس مجلس الدولة أمس نظيره.\n\n' +
        'ونوه معالي الدكتور رئيس مجلس الدولة بالعلاقات، مشيراً معاليه الى أنها تستند على الاحترام.',
      [['reported', 'تستند على الاحترام', 'يحيى المنذري']],
    ],
    [
      'a person after ل is whose office it is: the description runs over the name',
      'قال رئيس الوزراء العراقي مصطفى الكاظمي إن العراق يرحب بالشركات.\n\n' +
        'وبحسب بيان للمكتب الإعلامي للكاظمي، فإن اللقاء بحث العلاقات الثنائية.',
      [
        ['reported', 'العراق يرحب بالشركات', 'مصطفى الكاظمي'],
        ['reported', 'اللقاء بحث العلاقات الثنائية', 'organization:المكتب الإعلامي للكاظمي'],
      ],
    ],
    [
      'an office in a country, then named again in construct without it',
      'قالت هيئة مراقبة السلامة الزراعية في روسيا اليوم إن السفينة أبحرت.\n\n' +
        'وذكرت هيئة مراقبة السلامة الزراعية أنه يجري تحميل السفينة الثانية.',
      [
        ['reported', 'السفينة أبحرت', 'organization:هيئة مراقبة السلامة الزراعية في روسيا'],
        [
          'reported',
          'يجري تحميل السفينة الثانية',
          'organization:هيئة مراقبة السلامة الزراعية في روسيا',
        ],
      ],
    ],
    [
      'a report speaks for the newspaper that published it',
      'ذكر تقرير نشرته صحيفة "كوميرسانت" الروسية، أن الصادرات نمت بسرعة.',
      [['reported', 'الصادرات نمت بسرعة', 'organization:صحيفة "كوميرسانت" الروسية']],
    ],
    [
      'and after "ورد في"',
      'وورد في تقرير أصدرته وزارة الزراعة الروسية أن الصادرات نمت بسرعة.',
      [['reported', 'الصادرات نمت بسرعة', 'organization:وزارة الزراعة الروسية']],
    ],
    [
      'a report with no publisher is no one',
      'وقال لافروف إن الاجتماع كان بناء.\n\nوذكر تقرير أن الصادرات نمت بسرعة.',
      [['reported', 'الاجتماع كان بناء', 'sergey-lavrov']],
    ],
    [
      'an anonymous official is himself, not the channel named after him',
      'وقال لافروف إن الاجتماع كان بناء.\n\n' +
        'وقال مسؤول في الخارجية الروسية لوكالة رويترز إن المفاوضات متوقفة.',
      [
        ['reported', 'الاجتماع كان بناء', 'sergey-lavrov'],
        ['reported', 'المفاوضات متوقفة', 'person:مسؤول في الخارجية الروسية'],
      ],
    ],
    [
      'a role-only speaker, then "المسؤول" for the same one',
      'أكد مسؤول روسي أن بلاده ملتزمة بالاتفاق.\n\n' +
        'ونقلت وكالة "بلومبرج" للأنباء عن المسؤول قوله إن التحالف ضروري للسوق.',
      [
        ['reported', 'بلاده ملتزمة بالاتفاق', 'person:مسؤول روسي'],
        ['reported', 'التحالف ضروري للسوق', 'person:مسؤول روسي'],
      ],
    ],
    [
      'an embassy with its city, then "السفارة" for it, "فى البيان" not part of the name',
      'اعلنت السفارة الروسية بالقاهرة فى البيان اليوم انه تم اللقاء بين الجانبين.\n\n' +
        'واكدت السفارة فى البيان انه جرى تبادل شامل للآراء.',
      [
        ['reported', 'تم اللقاء بين الجانبين', 'organization:السفارة الروسية بالقاهرة'],
        ['reported', 'جرى تبادل شامل للآراء', 'organization:السفارة الروسية بالقاهرة'],
      ],
    ],
    [
      'the issuer of a statement the gazetteer lacks, a president inside its name',
      'وجاء في بيان صادر عن المكتب الإعلامي لإدارة الرئيس الأذربيجاني أن الرئيسين بحثا ' +
        'عددا من المسائل.',
      [
        [
          'reported',
          'الرئيسين بحثا عددا من المسائل',
          'organization:المكتب الإعلامي لإدارة الرئيس الأذربيجاني',
        ],
      ],
    ],
    [
      '"according to a statement by" an unknown ministry',
      'ووفق بيان صادر عن وزارة الشؤون الخارجية المغربية، فإن الاتفاق تم توقيعه في الرباط.',
      [['reported', 'الاتفاق تم توقيعه في الرباط', 'organization:وزارة الشؤون الخارجية المغربية']],
    ],
    [
      'a source inside a ministry before "قوله" is the source, not the ministry',
      'ونقلت الوكالة عن مصدر في الخارجية الروسية قوله إن موسكو خصصت المبلغ.',
      [['reported', 'موسكو خصصت المبلغ', 'person:مصدر في الخارجية الروسية']],
    ],
    [
      'a shorter definite mention of an office described before is that office',
      'أعلنت هيئة الجمارك الروسية أن الفائض بلغ 130 مليار دولار. ' +
        'وذكر بيان للهيئة الروسية أن الصادرات ارتفعت.',
      [
        ['reported', 'الفائض بلغ 130 مليار دولار', 'organization:هيئة الجمارك الروسية'],
        ['reported', 'الصادرات ارتفعت', 'organization:هيئة الجمارك الروسية'],
      ],
    ],
    [
      'a role-only head of a company',
      'وقال رئيس الشركة إن المشروع سينتهي العام المقبل.',
      [['reported', 'المشروع سينتهي العام المقبل', 'person:رئيس الشركة']],
    ],
    [
      'a clause ends at "، لكن"',
      'وذكرت وكالة الأنباء أن الزعيمين تحدثا هاتفياً، لكنها لم تذكر تفاصيل.',
      [['reported', 'الزعيمين تحدثا هاتفياً', 'organization:وكالة الأنباء']],
    ],
    [
      'a clause ends at "، إلا أنه أوضح" (the speaker says another thing)',
      'وقال لافروف إن حجم التبادل شهد نموا ملحوظا، إلا أنه أوضح في ذات الوقت تسجيل اتجاه هبوطي.',
      [['reported', 'حجم التبادل شهد نموا ملحوظا', 'sergey-lavrov']],
    ],
    [
      'and at "، لكنه أشار"',
      'وقال لافروف إن العقوبات تسبب بعض المشاكل، لكنه أشار إلى قدرة القطاع الخاص.',
      [['reported', 'العقوبات تسبب بعض المشاكل', 'sergey-lavrov']],
    ],
    [
      'and at "، وهو ما أكدته" (who confirmed it)',
      'وقال مصدر مطلع إن الوزير تحدث مع نظيره السبت، وهو ما أكدته وزارة الخارجية القطرية.',
      [['reported', 'الوزير تحدث مع نظيره السبت', 'person:مصدر مطلع']],
    ],
    [
      '"but" goes on with the clause ("…، لكنهم لن ينجحوا")',
      'وقال لافروف إن هدف تلك الحملة هو إحداث شرخ في العلاقات، لكنهم لن ينجحوا أبداً.',
      [
        [
          'reported',
          'هدف تلك الحملة هو إحداث شرخ في العلاقات، لكنهم لن ينجحوا أبداً',
          'sergey-lavrov',
        ],
      ],
    ],
    [
      '"but … did not" goes on with the clause unless it is about telling',
      'وقال لافروف إن هذه القيود خلقت صعوبات، لكنها لم تمنع استمرار المبادلات.',
      [['reported', 'هذه القيود خلقت صعوبات، لكنها لم تمنع استمرار المبادلات', 'sergey-lavrov']],
    ],
    [
      'an aside "، بحسب تعبيره،" inside the clause',
      'وأكد لافروف أن الولايات المتحدة تشجع، بحسب تعبيره، على استبدال الفحم الروسي.',
      [
        [
          'reported',
          'الولايات المتحدة تشجع، بحسب تعبيره، على استبدال الفحم الروسي',
          'sergey-lavrov',
        ],
      ],
    ],
    [
      'a clause ends at "، فيما" and a verb before أن',
      'وقال لافروف إن اختيار العراق كان مقصودا، فيما بين أنه يحب العراق.',
      [['reported', 'اختيار العراق كان مقصودا', 'sergey-lavrov']],
    ],
    [
      'the ministry by its short name is the one an earlier paragraph named',
      'أكدت وزارة الخارجية الروسية أن موسكو ستواصل الدعم.\n\n' +
        'وأشار مصدر في الخارجية الروسية إلى أن بلاده تخصص مليوني دولار.\n\n' +
        'وقالت الخارجية إن المبلغ خصص للفلسطينيين.',
      [
        ['reported', 'موسكو ستواصل الدعم', 'mfa-russia'],
        ['reported', 'بلاده تخصص مليوني دولار', 'person:مصدر في الخارجية الروسية'],
        ['reported', 'المبلغ خصص للفلسطينيين', 'mfa-russia'],
      ],
    ],
    [
      'a clause ends at "، حيث" and a verb of stance',
      'وأكد لافروف أن العلاقات مبنية على الاحترام، حيث أعرب عن استعداد بلاده للتعاون.',
      [['reported', 'العلاقات مبنية على الاحترام', 'sergey-lavrov']],
    ],
    [
      "the clause's own subject set off by a comma, then its verb",
      'وذكرت الخارجية الروسية أن الوزير سيرغي لافروف، أبلغ نظيره دعم موسكو للحوار.',
      [['reported', 'الوزير سيرغي لافروف، أبلغ نظيره دعم موسكو للحوار', 'mfa-russia']],
    ],
    [
      'a clause ends at "، كما" and a verb of saying',
      'وأشار لافروف إلى أن الشروط متوفرة للتعاون، كما تحدث الوزير عن صفقة الحبوب.',
      [['reported', 'الشروط متوفرة للتعاون', 'sergey-lavrov']],
    ],
    [
      'a clock time between the verb and its clause is no colon of speech',
      'وقال لافروف في مقابلة تبث الساعة 19:00 بتوقيت موسكو، إنه في السنوات الأخيرة زادت التجارة.',
      [['reported', 'في السنوات الأخيرة زادت التجارة', 'sergey-lavrov']],
    ],
    [
      'a clause ends at a verb of saying joined by و with no comma',
      'وقال لافروف إن العقوبات لن ترفع واشار الى طمع الأعداء بثروات البلدين.',
      [['reported', 'العقوبات لن ترفع', 'sergey-lavrov']],
    ],
    [
      'a clause ends at a participle whose subject is an honorific ("مؤكدا معاليه")',
      'وقال لافروف إن العلاقات تمتد لأكثر من مئة عام مؤكدا معاليه حرص البلدين على تنميتها.',
      [['reported', 'العلاقات تمتد لأكثر من مئة عام', 'sergey-lavrov']],
    ],
    [
      'an honorific subject goes on with a person who welcomed someone, however long the role',
      'رحب وزير الخارجية في جمهورية روسيا الاتحادية سيرغي لافروف بالفرقة.\n\n' +
        'وأكد معاليه أن الفعاليات مهمة.',
      [['reported', 'الفعاليات مهمة', 'sergey-lavrov']],
    ],
    [
      'a clause ends where the narrator sets the scene ("، وذلك خلال")',
      'وأكد لافروف أن العمل مستمر بلا توقف، وذلك خلال لقائه نظيره المصري في موسكو.',
      [['reported', 'العمل مستمر بلا توقف', 'sergey-lavrov']],
    ],
    [
      'a clause ends at "، وذلك على إثر"',
      'وقال لافروف إن موسكو تبحث عن شركاء جدد، وذلك على إثر العقوبات الغربية.',
      [['reported', 'موسكو تبحث عن شركاء جدد', 'sergey-lavrov']],
    ],
    [
      'a clause ends at the narrator\'s gloss ("، في إشارة إلى")',
      'وقال لافروف إن روسيا لا تفرض على الدول اختيار الأصدقاء، في إشارة إلى موقف فرنسا.',
      [['reported', 'روسيا لا تفرض على الدول اختيار الأصدقاء', 'sergey-lavrov']],
    ],
    [
      'a verb of reassuring reports ("طمأن X بأن")',
      'وحول العلاقات مع فرنسا: طمأن لافروف بأن العلاقات مع تشاد لن تتأثر.',
      [['reported', 'العلاقات مع تشاد لن تتأثر', 'sergey-lavrov']],
    ],
    [
      'a plural verb of saying reports for a plural source',
      'لكن مسؤولين روس أشاروا إلى أن الصادرات الزراعية زادت في عام 2023.',
      [['reported', 'الصادرات الزراعية زادت في عام 2023', 'person:مسؤولين روس']],
    ],
    [
      'a clause ends at "، وذلك بعد"',
      'وأكد بيسكوف أن روسيا ستدافع عن أصولها، وذلك بعد مصادرة أصول روسية في الغرب.',
      [['reported', 'روسيا ستدافع عن أصولها', 'dmitry-peskov']],
    ],
    [
      'a clause goes on over "، وذلك في إطار"',
      'وقال لافروف إن البلدين سيوسعان التعاون، وذلك في إطار حرصهما على الاستقرار.',
      [['reported', 'البلدين سيوسعان التعاون، وذلك في إطار حرصهما على الاستقرار', 'sergey-lavrov']],
    ],
    [
      'a clause goes on over "، كما أن"',
      'وقال لافروف إن روسيا مستعدة للحوار، كما أن الصين تدعمه.',
      [['reported', 'روسيا مستعدة للحوار، كما أن الصين تدعمه', 'sergey-lavrov']],
    ],
    [
      'a clause goes on over "، حيث" and any other verb',
      'وقال لافروف إن التجارة نمت، حيث بلغت الصادرات مستوى قياسيا.',
      [['reported', 'التجارة نمت، حيث بلغت الصادرات مستوى قياسيا', 'sergey-lavrov']],
    ],
    [
      'a clause ends at "، فيما" and a verb of saying',
      'وأعلنت وزارة الخارجية الروسية أن وفدا سيزور بغداد قريبا، ' +
        'فيما أشارت إلى أن الوفد سيبحث ملفات.',
      [
        ['reported', 'وفدا سيزور بغداد قريبا', 'mfa-russia'],
        ['reported', 'الوفد سيبحث ملفات', 'mfa-russia'],
      ],
    ],
    [
      'a clause ends at a circumstantial participle ("…، مستشهداً بـ")',
      'وقال بيسكوف إن العلاقة مع الصين تشهد تطورا سريعا، مستشهداً بارتفاع حجم التجارة.',
      [['reported', 'العلاقة مع الصين تشهد تطورا سريعا', 'dmitry-peskov']],
    ],
    [
      'a subject without أن still speaks next ("وقالت X، في بيان، …" then "وأضافت أن")',
      'وقالت الرئاسة التركية، في بيان، الرئيسان بحثا العلاقات.\n\n' +
        'وأضافت أن الرئيسين ناقشا أيضا الحرب في أوكرانيا.',
      [['reported', 'الرئيسين ناقشا أيضا الحرب في أوكرانيا', 'organization:الرئاسة التركية']],
    ],
    [
      'the source of "حسبما أفادت X" is whom "الوزارة" means next',
      'استقبل الرئيس وفدا روسيا، حسبما أفادت وزارة الخارجية الروسية.\n\n' +
        'وأوضحت الوزارة، في بيان، أن الوفد بحث القضايا الراهنة.',
      [['reported', 'الوفد بحث القضايا الراهنة', 'mfa-russia']],
    ],
    [
      'an opinion verb reports ("ويرى X أن")',
      'ويرى لافروف أن المنطقة تمر بمرحلة صعبة.',
      [['reported', 'المنطقة تمر بمرحلة صعبة', 'sergey-lavrov']],
    ],
    [
      'an organization in marks is a name, not a statement',
      'وقال لافروف إن روسيا تتعاون مع «منظمة التعاون الإسلامي» منذ سنوات طويلة.',
      [['reported', 'روسيا تتعاون مع «منظمة التعاون الإسلامي» منذ سنوات طويلة', 'sergey-lavrov']],
    ],
    [
      "a body's own name in marks right after its description is a name, not a statement",
      'وكشف مركز تنمية صادرات المنتجات الزراعية الروسية “أغرو إكسبورت” أن الصادرات ارتفعت.',
      [['reported', 'الصادرات ارتفعت', 'organization:مركز تنمية صادرات المنتجات الزراعية الروسية']],
    ],
    [
      'but a short quote after the words that end a phrase of their own is said',
      'ووصف لافروف العلاقات مع الجمعية بأنها “متينة”.',
      [['direct', 'متينة', 'sergey-lavrov']],
    ],
    [
      'the medium of "وفق ما نقلت" in marks is a name, not a statement',
      'والتقى لافروف بالرئيس الصيني في بكين، وفق ما نقلت “سي سي تي في” الحكومية.',
      [],
    ],
    [
      'and after "وفقاً لما ذكرت"',
      'والتقى لافروف بالرئيس الصيني في بكين، وفقاً لما ذكرت “سي سي تي في” الحكومية.',
      [],
    ],
    [
      'a channel after "لـ" is not part of a source\'s description',
      'وكشفت مصادر دبلوماسية روسية لـ"الجمهورية" أن السفير الجديد "ينوي إقامة تفاهمات مع الجميع".',
      [
        [
          'reported',
          'السفير الجديد "ينوي إقامة تفاهمات مع الجميع"',
          'person:مصادر دبلوماسية روسية',
        ],
        ['direct', 'ينوي إقامة تفاهمات مع الجميع', 'person:مصادر دبلوماسية روسية'],
      ],
    ],
    [
      '"وفق تقرير <office the gazetteer lacks> فإن": the office',
      'ووفق تقرير الجهاز المركزي للتعبئة العامة والإحصاء فإن الاستثمارات الروسية ارتفعت.',
      [
        [
          'reported',
          'الاستثمارات الروسية ارتفعت',
          'organization:الجهاز المركزي للتعبئة العامة والإحصاء',
        ],
      ],
    ],
    [
      'a definite role with no speaker before is the person of that country named last',
      'وصل خالد حمدان إلى موسكو.\n\n' + 'وأوضح المسؤول المصري أن البلدين اتفقا على جدولة الديون.',
      [['reported', 'البلدين اتفقا على جدولة الديون', 'khalid-hamdan']],
    ],
    [
      'a definite role of another country is not the person named last, but itself',
      'وصل خالد حمدان إلى موسكو.\n\n' + 'وأوضح المسؤول التركي أن البلدين اتفقا على جدولة الديون.',
      [['reported', 'البلدين اتفقا على جدولة الديون', 'person:المسؤول التركي']],
    ],
    [
      'a complementizer with a plural pronoun ("أنهم")',
      'وأكد لافروف، أنهم سعداء باستضافة المؤتمر الوزاري.',
      [['reported', 'سعداء باستضافة المؤتمر الوزاري', 'sergey-lavrov']],
    ],
    [
      '"المصدر ذاته" is whoever spoke last, an organization too',
      'وذكرت وكالة أنترفاكس أن الصادرات ارتفعت بقوة.\n\n' +
        'ووفق المصدر ذاته فإن مصر كانت أكبر مستورد.',
      [
        ['reported', 'الصادرات ارتفعت بقوة', 'organization:وكالة أنترفاكس'],
        ['reported', 'مصر كانت أكبر مستورد', 'organization:وكالة أنترفاكس'],
      ],
    ],
    [
      '"الوزارة" for the ministry named before it in the paragraph, though it did not speak',
      'أبدت وزارة الموارد الطبيعية الروسية استعدادها لزيادة التصدير. وكشفت الوزارة أن ' +
        'السودان ثاني أكبر مستورد.',
      [['reported', 'السودان ثاني أكبر مستورد', 'organization:وزارة الموارد الطبيعية الروسية']],
    ],
    [
      '"أصدرت X بياناً …، أكدت فيه أن": the issuer',
      'أصدرت سفارة روسيا في القاهرة بياناً بمناسبة الذكرى، أكدت فيه أن العلاقات متينة جدا.',
      [['reported', 'العلاقات متينة جدا', 'organization:سفارة روسيا في القاهرة']],
    ],
    [
      'a described source without the preposition on its first word',
      'ووفقا للهيئة الروسية للجمارك، فإن الصادرات ارتفعت بقوة.',
      [['reported', 'الصادرات ارتفعت بقوة', 'organization:الهيئة الروسية للجمارك']],
    ],
    [
      'a saying participle after a comma ends the clause ("…، داعيا …")',
      'وقال لافروف إن موقف بغداد واضح من الحروب، داعيا لوقف إطلاق النار.',
      [['reported', 'موقف بغداد واضح من الحروب', 'sergey-lavrov']],
    ],
    [
      'a quote whose marks stand between spaces, both written ”',
      'وقال لافروف ” تظل الجزائر أحد الشركاء الرئيسيين لروسيا ”.',
      [['direct', 'تظل الجزائر أحد الشركاء الرئيسيين لروسيا', 'sergey-lavrov']],
    ],
    [
      'a spokesman named right after the role word speaks',
      'صرح المتحدث باسم الكرملين ديمتري بيسكوف للصحفيين بأن الرئيس لا يخطط لزيارة.',
      [['reported', 'الرئيس لا يخطط لزيارة', 'dmitry-peskov']],
    ],
    [
      'a present verb with no subject is the narrator\'s ("ويتوقع أن")',
      'وقال لافروف إن الاجتماع كان بناء.\n\nويتوقع أن يرتفع حجم التبادل التجاري العام المقبل.',
      [['reported', 'الاجتماع كان بناء', 'sergey-lavrov']],
    ],
    [
      'a verb of saying takes a conjunction, not a preposition ("لكشف" is a noun)',
      'وأكد لافروف أن البعثة تعقد لقاءات منتظمة، لكشف أن السوق مفتوحة للجميع.',
      [['reported', 'البعثة تعقد لقاءات منتظمة، لكشف أن السوق مفتوحة للجميع', 'sergey-lavrov']],
    ],
    [
      'more verbs of saying: اعترف، رجّح، تعهد، طالب، أورد',
      'ورجح لافروف أن تستأنف المفاوضات قريبا في جنيف.',
      [['reported', 'تستأنف المفاوضات قريبا في جنيف', 'sergey-lavrov']],
    ],
    [
      'both sides as the subject are not the last speaker',
      'وقال لافروف إن الاجتماع كان بناء.\n\nوأكد الجانبان أن التعاون سيتواصل بينهما.',
      [['reported', 'الاجتماع كان بناء', 'sergey-lavrov']],
    ],
    [
      'a weekday after the verb is no subject',
      'وقال لافروف إن الاجتماع كان بناء.\n\nوأضاف الثلاثاء أن التعاون سيتواصل بلا توقف.',
      [
        ['reported', 'الاجتماع كان بناء', 'sergey-lavrov'],
        ['reported', 'التعاون سيتواصل بلا توقف', 'sergey-lavrov'],
      ],
    ],
    [
      'a role phrase before its verb, the person named later in the article',
      'وزير الخارجية الأذربيجاني يشير إلى أن باكو تريد السلام الدائم.\n\n' +
        'والتقى وزير الخارجية الأذربيجاني جيهون بيراموف نظيره الروسي أمس.',
      [['reported', 'باكو تريد السلام الدائم', 'jeyhun-bayramov']],
    ],
    [
      'the subject between كان and قد',
      'وكان وزير الخارجية الروسي سيرغي لافروف، قد أعلن أمس أن موسكو مستعدة للحوار.',
      [['reported', 'موسكو مستعدة للحوار', 'sergey-lavrov']],
    ],
    [
      'a statement issued by an organization ("جاء في بيان صادر عن X")',
      'وجاء في بيان صادر عن الخارجية الروسية أن الوزيرين بحثا التعاون.',
      [['reported', 'الوزيرين بحثا التعاون', 'mfa-russia']],
    ],
    [
      'a hope expressed "في أن" is a nominal complement, no statement',
      'وأعرب لافروف عن أمله في أن تسهم القمة في تحسين العلاقات.',
      [],
    ],
    [
      'a relative clause speaks for its antecedent, or for no one',
      'وقال لافروف إن الاجتماع كان بناء.\n\n' +
        'وعارضت الجهات الغربية التي رأت أن الاتفاق يخالف القرار.',
      [['reported', 'الاجتماع كان بناء', 'sergey-lavrov']],
    ],
    [
      'a role phrase with a nisba: the one person of that country the article named',
      'وقال بيراموف إن الحوار مفيد للطرفين.\n\n' +
        'وأكد نظيره الروسي لافروف أن العمل مستمر بلا توقف.\n\n' +
        'وأضاف الوزير الأذربيجاني أن باكو تنتظر الرد.',
      [
        ['reported', 'الحوار مفيد للطرفين', 'jeyhun-bayramov'],
        ['reported', 'العمل مستمر بلا توقف', 'sergey-lavrov'],
        ['reported', 'باكو تنتظر الرد', 'jeyhun-bayramov'],
      ],
    ],
    [
      'the statement of an organization, "جاء في البيان"',
      'وقالت الخارجية الروسية في بيان إن الوزيرين التقيا.\n\n' +
        'وجاء في البيان أن الجانبين اتفقا على مواصلة الحوار.',
      [
        ['reported', 'الوزيرين التقيا', 'mfa-russia'],
        ['reported', 'الجانبين اتفقا على مواصلة الحوار', 'mfa-russia'],
      ],
    ],
    [
      'a verb inside what was said names no next speaker ("أن موسكو تعتبر تركيا …")',
      'وأكد لافروف أن موسكو تعتبر تركيا شريكا مهما. وكشف أن الشركة لم تتلق طلبا بعد.',
      [
        ['reported', 'موسكو تعتبر تركيا شريكا مهما', 'sergey-lavrov'],
        ['reported', 'الشركة لم تتلق طلبا بعد', 'sergey-lavrov'],
      ],
    ],
    [
      'the one a country speaks through, "على لسان"',
      'وقال لافروف إن المحادثات كانت بناءة. وكانت روسيا قد أعلنت، على لسان المتحدث باسم ' +
        'الكرملين ديمتري بيسكوف، أنها ستورد القمح إلى مصر.',
      [
        ['reported', 'المحادثات كانت بناءة', 'sergey-lavrov'],
        ['reported', 'ستورد القمح إلى مصر', 'dmitry-peskov'],
      ],
    ],
    [
      'a role in one gender never means a person whose title is the other ("الوزير", "وزيرة")',
      'وعقد الوزير اجتماعات مع وزيرة الزراعة الروسية أولغا لوت في موسكو. وأشار الوزير إلى أن ' +
        'هذا الرقم أولي وقابل للزيادة.',
      [['reported', 'هذا الرقم أولي وقابل للزيادة', 'person:الوزير']],
    ],
    [
      '"وبين" (explained) with its complementizer close after it',
      'وقال لافروف إن المحادثات كانت بناءة. وبين أن الزيارة تناولت أمن المنطقة.',
      [
        ['reported', 'المحادثات كانت بناءة', 'sergey-lavrov'],
        ['reported', 'الزيارة تناولت أمن المنطقة', 'sergey-lavrov'],
      ],
    ],
    [
      '"بين" (between) inside a clause is no verb',
      'وأكد لافروف أن التعاون بين البلدين مهم وأن العمل مستمر بلا توقف.',
      [['reported', 'التعاون بين البلدين مهم وأن العمل مستمر بلا توقف', 'sergey-lavrov']],
    ],
    [
      '"وأبرز أن" (highlighted) and "سجل … أن" (noted)',
      'وأبرز لافروف أن حجم التبادل تجاوز ملياري دولار. وسجل بيراموف أن المغرب استقبل ' +
        'ملايين السياح.',
      [
        ['reported', 'حجم التبادل تجاوز ملياري دولار', 'sergey-lavrov'],
        ['reported', 'المغرب استقبل ملايين السياح', 'jeyhun-bayramov'],
      ],
    ],
    [
      'a complementizer right after the colon opens a clause ("قال بوتين: إن")',
      'وقال وزير الخارجية الروسي سيرغي لافروف: إن ما يحدث في الشرق الأوسط لا يبقى بعيدا.',
      [['reported', 'ما يحدث في الشرق الأوسط لا يبقى بعيدا', 'sergey-lavrov']],
    ],
    [
      'a clause that opens with a quoted name goes on after it',
      'وذكر لافروف أن "روس آتوم" أبرمت مع مصر مجموعة من العقود التجارية.',
      [['reported', '"روس آتوم" أبرمت مع مصر مجموعة من العقود التجارية', 'sergey-lavrov']],
    ],
    [
      'a source described before its verb ("وكان مصدر حكومي أفاد")',
      'وكان مصدر حكومي أفاد الأسبوع الماضي بأن الوزير سيتوجه إلى موسكو.',
      [['reported', 'الوزير سيتوجه إلى موسكو', 'person:مصدر حكومي']],
    ],
    [
      'a participle of expectation ends the clause ("، متوقعاً")',
      'وقال لافروف إن الاستثمارات بلغت حجما كبيرا، متوقعاً زيادة فيها خلال الفترة المقبلة.',
      [['reported', 'الاستثمارات بلغت حجما كبيرا', 'sergey-lavrov']],
    ],
    [
      'a participle of renewal ends the clause ("، مجدداً")',
      'وأكد بيراموف أن العلاقات تشهد تطورا إيجابيا، مجدداً حرص الحكومة على التعاون.',
      [['reported', 'العلاقات تشهد تطورا إيجابيا', 'jeyhun-bayramov']],
    ],
    [
      'the narrator\'s source after "، وذلك بحسب" ends the clause',
      'وأكد بيراموف أن بلاده أنهت معظم بنود الاتفاق، وذلك بحسب ما نقلته وكالة الأنباء.',
      [['reported', 'بلاده أنهت معظم بنود الاتفاق', 'jeyhun-bayramov']],
    ],
    [
      "\"بالقول\" is the sentence's first person's, not the last name's before it",
      'علق بيسكوف اليوم على تصريح رئيس الوزراء البريطاني بأن لافروف هدده ' +
        'بالقول إن ما قاله ليس صحيحا.',
      [['reported', 'ما قاله ليس صحيحا', 'dmitry-peskov']],
    ],
    [
      'an organization between كانت and قد',
      'وكانت وزارة الزراعة الروسية، قد أكدت في وقت سابق أن الجزائر مهتمة باستيراد القمح.',
      [['reported', 'الجزائر مهتمة باستيراد القمح', 'organization:وزارة الزراعة الروسية']],
    ],
    [
      'the agency after "حسب ما نشرته"',
      'وحسب ما نشرته وكالة الأنباء الفرنسية فإن الجزائر استوردت القمح.',
      [['reported', 'الجزائر استوردت القمح', 'organization:وكالة الأنباء الفرنسية']],
    ],
    [
      'the person an agency quotes after "وفق ما نقلته … عن", named at length',
      'ووفق ما نقلته وكالة سبوتنيك في نسختها الفرنسية عن المدير المسؤول عن سلامة الأغذية، ' +
        'سيرجي دانكفيرت، فإن روسيا ستسلم القمح.',
      [['reported', 'روسيا ستسلم القمح', 'سيرجي دانكفيرت']],
    ],
    [
      'a clause goes on over an Arabic semicolon',
      'وأكد لافروف أن موسكو أرسلت الحبوب مجانا؛ لمساعدة البلاد على ضمان أمنها الغذائي.',
      [
        [
          'reported',
          'موسكو أرسلت الحبوب مجانا؛ لمساعدة البلاد على ضمان أمنها الغذائي',
          'sergey-lavrov',
        ],
      ],
    ],
    [
      'a participle after an Arabic semicolon ends the clause, as after a comma',
      'وأكد لافروف أن العلاقات تعود إلى مستواها؛ مبينا أنه يجب المضي قدما.',
      [
        ['reported', 'العلاقات تعود إلى مستواها', 'sergey-lavrov'],
        ['reported', 'يجب المضي قدما', 'sergey-lavrov'],
      ],
    ],
    [
      'a quoted name after a whole description is not part of it',
      'وذكرت وكالة الأنباء الأردنية “بترا” أن المحطة ستكتمل.',
      [['reported', 'المحطة ستكتمل', 'organization:وكالة الأنباء الأردنية']],
    ],
    [
      'a quoted name right after its noun is part of the description',
      'وذكرت صحيفة "آر بي كا" الروسية أن الصادرات نمت.',
      [['reported', 'الصادرات نمت', 'organization:صحيفة "آر بي كا" الروسية']],
    ],
    [
      'a known person after a role, "لدى" and a place is the speaker',
      'وقال المبعوث الخاص لدى مصر جيهون بيراموف إن العلاقات بين البلدين تتطور.',
      [['reported', 'العلاقات بين البلدين تتطور', 'jeyhun-bayramov']],
    ],
    [
      'a person after "لدى" and a place is the role\'s holder, not one spoken to',
      'التقت الوكالة السفير فوق العادة والمفوض لروسيا لدى مصر الدكتور يفغيني كودروف.\n\n' +
        'وقال السفير الروسي لدى مصر الدكتور يفغيني كودروف: "الوضع يتحسن تدريجيا".',
      [['direct', 'الوضع يتحسن تدريجيا', 'يفغيني كودروف']],
    ],
    [
      'the speaker\'s quoted words after "، فـ" end the clause and are a quotation',
      'وقال لافروف إن الموقع آمن للمستثمرين، فـ"نحن نتحدث عن مشروع كبير".',
      [
        ['reported', 'الموقع آمن للمستثمرين', 'sergey-lavrov'],
        ['direct', 'نحن نتحدث عن مشروع كبير', 'sergey-lavrov'],
      ],
    ],
    [
      'a person the sentence ends by citing says what has no subject ("وفقا لما قال X")',
      'والتقى بيسكوف بيراموف، مضيفا أن النتيجة الأهم هي توقيع بيان مشترك، وفقا لما قال لافروف.',
      [['reported', 'النتيجة الأهم هي توقيع بيان مشترك', 'sergey-lavrov']],
    ],
    [
      'a Chinese person named before is cited by the family name, which comes first',
      'وقال وانغ يي إن الزيارة ناجحة.\n\n' +
        'والتقى بيسكوف بيراموف، مضيفا أن الأهم هو البيان المشترك، وفقا لما قال وانغ.',
      [
        ['reported', 'الزيارة ناجحة', 'wang-yi'],
        ['reported', 'الأهم هو البيان المشترك', 'wang-yi'],
      ],
    ],
    [
      'but not what its subject says ("وأكد X أن …، حسبما قال Y")',
      'وأكد بيسكوف أن النتيجة الأهم هي توقيع بيان مشترك، حسبما قال لافروف.',
      [['reported', 'النتيجة الأهم هي توقيع بيان مشترك', 'dmitry-peskov']],
    ],
    [
      'an envoy named after the comma, not the principal inside his title',
      'وكشف مبعوث وزير الخارجية الروسي سيرغي لافروف إلى الخليج، خالد حمدان، أن الحوار مستمر.',
      [['reported', 'الحوار مستمر', 'khalid-hamdan']],
    ],
    [
      'a participle written without its hamza ("موكداً") ends the clause and goes on',
      'وأكد لافروف أن الحوار مستمر، موكداً ان العراق يعتز بهذا التاريخ الطويل.',
      [
        ['reported', 'الحوار مستمر', 'sergey-lavrov'],
        ['reported', 'العراق يعتز بهذا التاريخ الطويل', 'sergey-lavrov'],
      ],
    ],
    [
      'a press service speaks as written',
      'أعلنت الخدمة الصحافية للمنطقة العسكرية الجنوبية، اليوم الثلاثاء، ' +
        'أن التدريبات ستجرى في الجزائر.',
      [
        [
          'reported',
          'التدريبات ستجرى في الجزائر',
          'organization:الخدمة الصحافية للمنطقة العسكرية الجنوبية',
        ],
      ],
    ],
    [
      '"وفقاً لما نقلته" names the source, as "بحسب ما نقلته" does',
      'ووفقاً لما نقلته وكالة الأنباء الروسية، فإن التدريب سيجرى في ساحة قاعدة حماقير.',
      [['reported', 'التدريب سيجرى في ساحة قاعدة حماقير', 'organization:وكالة الأنباء الروسية']],
    ],
    [
      'a body by its head word alone is the one of that kind, whoever spoke in between',
      'أعلنت الخدمة الصحافية للمنطقة العسكرية، أن التدريبات ستجرى في الجزائر.\n\n' +
        'ووفقاً لما نقلته وكالة الأنباء الروسية، فإن التدريب سيجرى في حماقير.\n\n' +
        'وأوضحت الخدمة أن التمرين سيجري بمشاركة 80 عسكرياً.',
      [
        ['reported', 'التدريبات ستجرى في الجزائر', 'organization:الخدمة الصحافية للمنطقة العسكرية'],
        ['reported', 'التدريب سيجرى في حماقير', 'organization:وكالة الأنباء الروسية'],
        [
          'reported',
          'التمرين سيجري بمشاركة 80 عسكرياً',
          'organization:الخدمة الصحافية للمنطقة العسكرية',
        ],
      ],
    ],
    [
      'an envoy by another word for the same office is the person who holds it',
      'قال الممثل الخاص للرئيس الروسي سيرجي ايفانوف إن روسيا تفضل التجارة بالروبل.\n\n' +
        'وأشار المبعوث الرئاسي الروسي إلى أن الأمر نفسه ينطبق على إيران.',
      [
        ['reported', 'روسيا تفضل التجارة بالروبل', 'سيرجي ايفانوف'],
        ['reported', 'الأمر نفسه ينطبق على إيران', 'سيرجي ايفانوف'],
      ],
    ],
    [
      'the journalists a source speaks to are not part of its description',
      'وصرح مسؤول أمريكي كبير للصحفيين بأن العقوبات ستفرض حظرا كاملا على المصرف.',
      [['reported', 'العقوبات ستفرض حظرا كاملا على المصرف', 'person:مسؤول أمريكي كبير']],
    ],
    [
      'a sentence opening with وأن goes on with the clause just before it',
      'ورأى لافروف أن التعاون بين البلدين فعال وبناء. ' +
        'وان القضية الجوهرية اليوم هي تنفيذ القرار.\n\n' +
        'وأن الجانبين اتفقا على اللقاء، بحسب المصادر.',
      [
        ['reported', 'التعاون بين البلدين فعال وبناء', 'sergey-lavrov'],
        ['reported', 'القضية الجوهرية اليوم هي تنفيذ القرار', 'sergey-lavrov'],
      ],
    ],
    [
      'a person named after a role "لدى" a body, set off by a comma, speaks',
      'وأكد مندوب روسيا الدائم لدى مجلس الأمن الدولي، سيرغي لافروف، أن بلاده تدعم الحوار.',
      [['reported', 'بلاده تدعم الحوار', 'sergey-lavrov']],
    ],
    [
      'a relay verb describing the document ("برقية نقل الكرملين مضمونها") is no head',
      'وقال لافروف، في برقية نقل الكرملين مضمونها: “آمل أن يساهم عملكم في تطوير التعاون”.',
      [['direct', 'آمل أن يساهم عملكم في تطوير التعاون', 'sergey-lavrov']],
    ],
    [
      'ووضح is a spelling of أوضح',
      'ووضح لافروف بأنه لم يتم بعد مناقشة تفاصيل الاتفاق.',
      [['reported', 'لم يتم بعد مناقشة تفاصيل الاتفاق', 'sergey-lavrov']],
    ],
    [
      'أبان that opens a clause is a verb of saying',
      'وأبان لافروف أن الهدف من الزيارة هو تعزيز الروابط.',
      [['reported', 'الهدف من الزيارة هو تعزيز الروابط', 'sergey-lavrov']],
    ],
    [
      'a newspaper is not the press service that spoke last',
      'أفادت الخدمة الصحفية للجنة الإشراف الزراعي، أن الشحنة غادرت الميناء.\n\n' +
        'وقالت الصحيفة إن العقود أبرمت ضمن مناقصة عالمية.',
      [['reported', 'الشحنة غادرت الميناء', 'organization:الخدمة الصحفية للجنة الإشراف الزراعي']],
    ],
  ])('%s', (_case, text, expected) => {
    expect(statements(text)).toEqual(expected);
  });

  // Quotation marks as real outlets write them.
  it.each([
    [
      'a short attributed fragment',
      'ووصف لافروف المحادثات بأنها «مثمرة».',
      [['direct', 'مثمرة', 'sergey-lavrov']],
    ],
    [
      'a one-word predicate in marks inside a reported clause',
      'وقال لافروف إن على الجميع أن يكونوا «براغماتيين» في هذه المرحلة.',
      [
        ['reported', 'على الجميع أن يكونوا «براغماتيين» في هذه المرحلة', 'sergey-lavrov'],
        ['direct', 'براغماتيين', 'sergey-lavrov'],
      ],
    ],
    [
      'a quote that runs to the end of its paragraph (no closing mark)',
      'وقال لافروف: "المحادثات كانت طويلة وصعبة لكنها مفيدة.\n\n' +
        'وقال بيسكوف إن العمل مستمر بلا توقف.',
      [
        ['direct', 'المحادثات كانت طويلة وصعبة لكنها مفيدة', 'sergey-lavrov'],
        ['reported', 'العمل مستمر بلا توقف', 'dmitry-peskov'],
      ],
    ],
    [
      'a clause that is a quotation but for a word or two gives the quotation only',
      'ووصف بيسكوف المحادثات بأنها كانت "صريحة وبناءة".',
      [['direct', 'صريحة وبناءة', 'dmitry-peskov']],
    ],
    [
      'a nested quote is part of the outer one',
      'وقال بيسكوف: "نحن ملتزمون في "أوبك +" بالعمل مع الجميع على قدم المساواة".',
      [['direct', 'نحن ملتزمون في "أوبك +" بالعمل مع الجميع على قدم المساواة', 'dmitry-peskov']],
    ],
    [
      'a stray closing mark pairs with nothing',
      'وقال لافروف: "المحادثات كانت بناءة"، مشيرا إلى أن الجانبين اتفقا على المتابعة".',
      [
        ['direct', 'المحادثات كانت بناءة', 'sergey-lavrov'],
        ['reported', 'الجانبين اتفقا على المتابعة', 'sergey-lavrov'],
      ],
    ],
    [
      'a quote over a paragraph break is one statement',
      'وقال لافروف: "المحادثات كانت طويلة وصعبة،\n\nلكنها كانت مفيدة للطرفين".',
      [['direct', 'المحادثات كانت طويلة وصعبة،\nلكنها كانت مفيدة للطرفين', 'sergey-lavrov']],
    ],
    [
      'what a carried-over quote holds is no statement of its own',
      'وقال لافروف: "نحن مستعدون للحوار.\n\nونؤكد أن الحوار هو الطريق الوحيد".',
      [['direct', 'نحن مستعدون للحوار.\nونؤكد أن الحوار هو الطريق الوحيد', 'sergey-lavrov']],
    ],
    [
      'a quote opened with one family of marks and closed with another',
      'وقال لافروف: "ناقشنا الوضع في المنطقة”، مشيرا إلى أن الجانبين اتفقا على المتابعة.',
      [
        ['direct', 'ناقشنا الوضع في المنطقة', 'sergey-lavrov'],
        ['reported', 'الجانبين اتفقا على المتابعة', 'sergey-lavrov'],
      ],
    ],
    [
      'quotes run together without spaces',
      'وقال بيسكوف:"العمل مستمر"،مضيفاً:"ولا نرى أي عقبات".',
      [
        ['direct', 'العمل مستمر', 'dmitry-peskov'],
        ['direct', 'ولا نرى أي عقبات', 'dmitry-peskov'],
      ],
    ],
    [
      'a mark glued to a verb of saying and to the next word opens a quote',
      'وأكد لافروف أن التعاون بين البلدين مهم، وقال”كانت المملكة ثالث أكبر شريك تجاري لروسيا”.',
      [
        ['reported', 'التعاون بين البلدين مهم', 'sergey-lavrov'],
        ['direct', 'كانت المملكة ثالث أكبر شريك تجاري لروسيا', 'sergey-lavrov'],
      ],
    ],
    [
      'guillemets drawn the wrong way round pair by their context',
      'وأشاد لافروف بـ»التطور الملحوظ الذي تشهده العلاقات الثنائية«، وقال: »الحوار مستمر«.',
      [
        ['direct', 'التطور الملحوظ الذي تشهده العلاقات الثنائية', 'sergey-lavrov'],
        ['direct', 'الحوار مستمر', 'sergey-lavrov'],
      ],
    ],
    [
      'names of pipelines, channels and stations in marks are no statements',
      'وقال لافروف عبر قناة "روسيا اليوم" إن خط أنابيب "قوة سيبيريا" ومحطة "أكويو" يعملان.',
      [['reported', 'خط أنابيب "قوة سيبيريا" ومحطة "أكويو" يعملان', 'sergey-lavrov']],
    ],
    [
      'an indefinite fragment far into the sentence of its verb is speech',
      'وأشار وزير الخارجية الروسي لافروف، خلال لقائه رئيس الإمارات في قصر الكرملين بموسكو ' +
        'يوم الخميس الماضي، إلى الإمارات كـ”مكان محتمل” للقمة.',
      [['direct', 'مكان محتمل', 'sergey-lavrov']],
    ],
    [
      'but a definite phrase there names a place or a thing',
      'وأشار وزير الخارجية الروسي لافروف، خلال لقائه رئيس الإمارات في قصر الكرملين بموسكو ' +
        'يوم الخميس الماضي، إلى مشاريع الطاقة في “الشرق الأقصى” ومصرف “ألفا بنك”.',
      [],
    ],
    [
      'a series name in marks after its noun phrase is no statement',
      'ولفت لافروف إلى توقيع مشروع خط الغاز الجديد "قوة سيبيريا 2" هذا العام.',
      [],
    ],
    [
      'an agreement or a corridor named in marks is no statement',
      'وأشار لافروف إلى أن العمل في إطار “اتفاقية الشراكة الشاملة” و"ممر الحبوب" مستمر.',
      [
        [
          'reported',
          'العمل في إطار “اتفاقية الشراكة الشاملة” و"ممر الحبوب" مستمر',
          'sergey-lavrov',
        ],
      ],
    ],
    [
      'a Russian agency or company named in marks is no statement',
      'وقال لافروف إن مؤسسة الطاقة الذرية الحكومية "روس آتوم" ستبني المحطة.',
      [['reported', 'مؤسسة الطاقة الذرية الحكومية "روس آتوم" ستبني المحطة', 'sergey-lavrov']],
    ],
    [
      'one word described "بـ “…”" is what was said',
      'ووصف لافروف الزيارة بـ “المهمة”.',
      [['direct', 'المهمة', 'sergey-lavrov']],
    ],
    [
      'the medium spoken to (لـ"…") is no statement',
      'وقال لافروف لـ"المصدر اونلاين" إن السفينة وصلت إلى الميناء.',
      [['reported', 'السفينة وصلت إلى الميناء', 'sergey-lavrov']],
    ],
    [
      'but a stance about a fragment (عن ارتياحه لـ”…”) voices it',
      'وأعرب لافروف عن ارتياحه لـ”التطور النشط” في العلاقات الثنائية.',
      [['direct', 'التطور النشط', 'sergey-lavrov']],
    ],
    [
      "an event's long name right after its noun is no statement",
      'وعقد بوتين ولافروف، اجتماعا على هامش قمة مؤتمر "التعاون وتدابير بناء الثقة في آسيا".',
      [],
    ],
    [
      'but words after "في حسابه" are said',
      'وكتب لافروف في حسابه "نحن ندعم الحوار بين جميع الأطراف المعنية في المنطقة".',
      [['direct', 'نحن ندعم الحوار بين جميع الأطراف المعنية في المنطقة', 'sergey-lavrov']],
    ],
    [
      'nor a name after its noun and adjectives',
      'والتقى لافروف، في إطار المنتدى الاقتصادي الدولي "روسيا-العالم الإسلامي: منتدى قازان".',
      [],
    ],
    [
      'a status held in marks (بصفتها «…») is no statement',
      'وأكد لافروف أن انضمام قطر إلى المنظمة بصفتها «شريك حوار» يجسد دورها البارز.',
      [
        [
          'reported',
          'انضمام قطر إلى المنظمة بصفتها «شريك حوار» يجسد دورها البارز',
          'sergey-lavrov',
        ],
      ],
    ],
    [
      "a stray mark opening an army's name is no quotation to the end of the paragraph",
      'وأعرب لافروف عن قلقه إزاء المواجهة بين قوات قائد “الجيش الوطني الليبي، خليفة حفتر، ' +
        'الذي أطلق حملة عسكرية على طرابلس، والقوات التابعة للحكومة.',
      [],
    ],
    [
      'the titles of the one just named, in marks, are no statement',
      'وأكد لافروف أن العمل يحظى بدعم بيسكوف «المتحدث باسم الكرملين».',
      [['reported', 'العمل يحظى بدعم بيسكوف «المتحدث باسم الكرملين»', 'sergey-lavrov']],
    ],
    [
      'a scare quote far from any verb of saying is no statement',
      'وتحتفل روسيا اليوم بعيد "حماة الوطن" في جميع المدن الكبرى.',
      [],
    ],
    [
      "a quotation after a verb that is no saying is the sentence's person's",
      'بحث لافروف مع الرئيس "الحاجة إلى المزيد من الجهود من أجل تسوية عادلة".',
      [['direct', 'الحاجة إلى المزيد من الجهود من أجل تسوية عادلة', 'sergey-lavrov']],
    ],
    [
      "with no person in its sentence, the last speaker's",
      'وقال بيسكوف إن العمل مستمر بشكل طبيعي.\n\nوفي الملف الأوكراني "لا نرى أي تقدم حتى الآن".',
      [
        ['reported', 'العمل مستمر بشكل طبيعي', 'dmitry-peskov'],
        ['direct', 'لا نرى أي تقدم حتى الآن', 'dmitry-peskov'],
      ],
    ],
    [
      'a scare quote of two words beside a person is still no statement',
      'وشارك لافروف في احتفال "حماة الوطن" في موسكو.',
      [],
    ],
  ])('%s', (_case, text, expected) => {
    expect(statements(text)).toEqual(expected);
  });

  it('takes a quote after a name and a colon ("بيسكوف: «…»", as headlines write it)', () => {
    expect(statements('وفي موسكو، بيسكوف: «لا نرى أي تقدم في المفاوضات».')).toEqual([
      ['direct', 'لا نرى أي تقدم في المفاوضات', 'dmitry-peskov'],
    ]);
  });

  // Each clause runs to its sentence's end; a paragraph with no full stop would otherwise
  // give statements whose text grows with the square of its length.
  it('keeps each statement of a long paragraph with no full stop within one sentence', () => {
    const paragraph = 'قال الوزير إن التعاون مهم '.repeat(1_000);
    const found = statements(`عنوان\n\n${paragraph}`);
    expect(found.length).toBeGreaterThan(900);
    expect(Math.max(...found.map(([, text]) => text!.length))).toBeLessThanOrEqual(
      maxSentenceLength,
    );
  });

  it('dates a statement by its sentence, with the year of the article', () => {
    const document = documentThrough(
      article('وقال لافروف في 10 مارس إن المحادثات كانت بناءة ومفيدة.'),
      'statements',
      { publishedAt: new Date('2023-03-14T00:00:00Z') },
    );
    expect(document.statements[0]?.saidOn?.toISOString().slice(0, 10)).toBe('2023-03-10');
  });

  // The headline is read as a block of its own, index -1 (annotation: a quote in the headline
  // counts, once).
  it.each([
    [
      'a quote after a name and a colon',
      'لافروف: «العلاقات مع باكو في أفضل حالاتها»\n\nوقال لافروف إن الجانبين بحثا التعاون.',
      [
        ['direct', 'العلاقات مع باكو في أفضل حالاتها', 'sergey-lavrov', -1],
        ['reported', 'الجانبين بحثا التعاون', 'sergey-lavrov', 0],
      ],
    ],
    [
      "a bare quote, said by the body's first speaker",
      'وزير الخارجية: "نأمل أن يزور الرئيس بلادنا"\n\n' +
        'وقال بيسكوف في حديث للصحفيين: "تم الاتفاق على الموعد".',
      [
        ['direct', 'نأمل أن يزور الرئيس بلادنا', 'dmitry-peskov', -1],
        ['direct', 'تم الاتفاق على الموعد', 'dmitry-peskov', 0],
      ],
    ],
    [
      'a fragment of a body quote, said by whoever says it there',
      '«تقدم ملموس» في محادثات موسكو\n\nوقال بيسكوف إن الأجواء جيدة.\n\n' +
        'وقال لافروف: «حققنا تقدم ملموس في المحادثات مع باكو».',
      [
        ['direct', 'تقدم ملموس', 'sergey-lavrov', -1],
        ['reported', 'الأجواء جيدة', 'dmitry-peskov', 0],
        ['direct', 'حققنا تقدم ملموس في المحادثات مع باكو', 'sergey-lavrov', 1],
      ],
    ],
    [
      'a quote the body repeats, once',
      'بيسكوف: «لا تقدم في المفاوضات»\n\nوقال بيسكوف: «لا تقدم في المفاوضات».',
      [['direct', 'لا تقدم في المفاوضات', 'dmitry-peskov', 0]],
    ],
    [
      'one quoted word a body quote holds is a name, no statement',
      'أسعار النفط و«أوبك+» في موسكو\n\nوقال بيسكوف: «نحن نعمل مع أوبك+ منذ سنوات».',
      [['direct', 'نحن نعمل مع أوبك+ منذ سنوات', 'dmitry-peskov', 0]],
    ],
    [
      'a mark the headline never closes is stray',
      '«زيارة لافروف إلى القاهرة\n\nوقال لافروف إن الجانبين بحثا التعاون.',
      [['reported', 'الجانبين بحثا التعاون', 'sergey-lavrov', 0]],
    ],
    [
      'a named forum in marks, no statement',
      'لافروف يشارك في منتدى «فالداي»\n\nوقال لافروف إن الجانبين بحثا التعاون.',
      [['reported', 'الجانبين بحثا التعاون', 'sergey-lavrov', 0]],
    ],
  ])('reads the headline: %s', (_case, text, expected) => {
    const found = documentThrough(text, 'statements', {
      publishedAt: new Date('2023-03-14T00:00:00Z'),
    }).statements.map((s) => [
      s.direct ? 'direct' : 'reported',
      s.text,
      speakerName(s.speaker),
      s.blockIndex,
    ]);
    expect(found).toEqual(expected);
  });
});

describe('quotations', () => {
  it.each([
    ['two side by side', 'قال «نعم» ثم قال «لا»', [false, false]],
    ['one inside another', 'قال: «الاتفاق "تاريخي" حقا»', [false, true]],
    ['three deep', 'قال: «أولا "ثانيا (ثالثا) “رابعا” ثانيا" أولا»', [false, true, true]],
    ['one inside, one after', 'قال: «هذا "مهم" جدا» و"ذلك"', [false, true, false]],
  ])('%s: which are nested', (_case, text, nested) => {
    expect(findQuotes(text).map((q) => q.nested)).toEqual(nested);
  });
});
