// The newPeople stage on the classes of issue 10: names the gazetteer lacks, introduced by
// role words, titles, a nisba after the role, a comma, a given name, or standing before
// their role; spellings that vary by outlet; and the words that are never a person.
import { describe, expect, it } from 'vitest';
import { article, documentThrough } from './support.js';

const names = (text: string) =>
  documentThrough(article(text), 'newPeople').newPeople.map((p) => p.name);

describe('newPeople stage: who is found', () => {
  it.each([
    [
      'a role word with a feminine head',
      'وقالت وزيرة الخزانة الأمريكية جانيت يلين إن',
      ['جانيت يلين'],
    ],
    ['an expert', 'وقال الخبير الاقتصادي الروسي إيغور يوشكوف إن السوق', ['إيغور يوشكوف']],
    [
      'a compound given name in one word',
      'وأوضح عبدالكريم الزبيدي أن الاتفاق مهم.',
      ['عبدالكريم الزبيدي'],
    ],
    ["a woman's given name", 'وقالت نوال الزهراني إن الاتفاق مهم.', ['نوال الزهراني']],
    [
      'Konstantin spelled with ق, and a Western given name',
      'لاستبدال الطيار الروسي قونستانتين يوريشنكو بالجندي الأمريكي تريفور ريد.',
      ['قونستانتين يوريشنكو', 'تريفور ريد'],
    ],
    [
      'a name before an ordinal and an epithet with a blessing',
      'وأشار إلى أن هزاع المنصوري أول رائد فضاء حقق حلم الشيخ زايد بن سلطان المؤسس رحمه الله.',
      ['هزاع المنصوري', 'زايد بن سلطان'],
    ],
    [
      'a weak given name after a place the gazetteer lacks in the role',
      'ورافقه مدير المركز الثقافي في بعلبك ناجي العطار، في الجولة.',
      ['ناجي العطار'],
    ],
    [
      'a given name with الله ("حجة الله") after a rank',
      'والتقى نائب وزير الدفاع الإيراني، العميد حجة الله قريشي.',
      ['حجة الله قريشي'],
    ],
    [
      'a name ending in a given name with الله',
      'وقال وزير الشؤون الدينية عبدالرحمن غلام الله إن الزيارة مهمة.',
      ['عبدالرحمن غلام الله'],
    ],
    [
      'a family name ending in ا after أبو',
      'والتقى شويغو مع الدكتورة فايزة أبو النجا، مستشارة الأمن القومي.',
      ['فايزة أبو النجا'],
    ],
    [
      'a name after the verb with the role after it',
      'قال خلدون مبارك الرئيس التنفيذي لشركة مبادلة إن الشركة ستوقف استثماراتها.',
      ['خلدون مبارك'],
    ],
    [
      'a Tatar given name in brackets after the role',
      'وقال ممثل الجمعية (راميل بيتيميروف): "ستكون هذه أول مدرسة روسية".',
      ['راميل بيتيميروف'],
    ],
    [
      'an Armenian given name before the role',
      'وكان أرمين غريغوريان أمين مجلس الأمن الأرمني، قد صرح بأن العضوية تخلق مشاكل.',
      ['أرمين غريغوريان'],
    ],
    [
      'a given name that starts like a preposition as the family name ("بشارة")',
      'وعقد الوزير مباحثات مع الدكتور أحمد عيسى بشارة الأمين العام للجنة الوطنية.',
      ['أحمد عيسى بشارة'],
    ],
    [
      'a role phrase that ends on an adjective and its noun ("متعدد الأطراف")',
      'والتقى مدير إدارة الاتحاد الإفريقي بالمديرية العامة للتعاون متعدد الأطراف محمدي ولد آمه.',
      ['محمدي ولد آمه'],
    ],
    [
      'two words set off by a comma before a role phrase',
      'وأجرى رئيس الهيئة محادثات مع زكية الدريوش، الكاتبة العامة لقطاع الصيد البحري.',
      ['زكية الدريوش'],
    ],
    [
      'four words with بن set off by a comma before a role phrase',
      'وقال مدين بن مبارك البلوشي، رئيس قسم تطوير الصادرات في الوزارة، إن التجارة قائمة.',
      ['مدين بن مبارك البلوشي'],
    ],
    [
      'the same behind the preposition ب',
      'وعقد السفير الروسي لقاء بعيدروس الزبيدي ، رئيس المجلس الانتقالي.',
      ['عيدروس الزبيدي'],
    ],
    [
      'but no verb behind و before a name and its role',
      'وقال خالد طوقان، رئيس هيئة الطاقة الذرية الأردنية، إن المشروع مهم.',
      ['خالد طوقان'],
    ],
    [
      'a family name shaped like a feminine adjective (العطية)',
      'زيارة وزير الدفاع القطري خالد العطية إلى موسكو',
      ['خالد العطية'],
    ],
    [
      'the same after بن',
      'قال وزير الخارجية القطري خالد بن محمد العطية إن العلاقات متينة.',
      ['خالد بن محمد العطية'],
    ],
    [
      'a compound given name ending in الدين, before a role in the accusative',
      'زار سفير روسيا الكسندر روداكوف، يرافقه محمد ناصر الدين ممثلا عشائر بعلبك.',
      ['الكسندر روداكوف', 'محمد ناصر الدين'],
    ],
    [
      'a title between two given names is a part of the name (الحاج، الشيخ)',
      'وأكد وزير الزراعة، عباس الحاج حسن، أن الاتفاق مهم.\n\n' +
        'وقال وزير الخارجية اسماعيل ولد الشيخ أحمد إن العلاقات متينة.',
      ['عباس الحاج حسن', 'اسماعيل ولد الشيخ أحمد'],
    ],
    [
      "a country's nisba after a given name, then a comma or أن, is a family name",
      'وأكد الخبير الاقتصادي والمصرفي، هاني المصري، أن القرار سيخفف الضغط.',
      ['هاني المصري'],
    ],
    ['but a nisba after a role is its country', 'وأكد الوزير المصري، أن القرار سيخفف الضغط.', []],
    [
      'but the title of the next person ends a name',
      'والتقى وزير الخارجية ناصر بوريطة الشيخ محمد بن زايد.',
      ['محمد بن زايد', 'ناصر بوريطة'],
    ],
    ['but no given name that is a common word ("صائب")', 'وهذا قرار صائب سيخدم البلدين.', []],
    [
      'a byline after كتب',
      'كتب : محمد أبو بكر\n\nوقال لافروف إن المحادثات مفيدة.',
      ['محمد أبو بكر'],
    ],
    [
      'a byline after the dateline place',
      'مصر - سيف اليزيد - قال لافروف إن المحادثات مفيدة.',
      ['سيف اليزيد'],
    ],
    [
      'a verbal noun after the name starts the object',
      'توقع سفير روسيا لدى المملكة فاجيف غاراييف ارتفاع قيمة التبادل التجاري',
      ['فاجيف غاراييف'],
    ],
    [
      'a purpose after the name ("لمناقشة", "لتعزيز") is no part of it',
      'والتقى السفير برئيس الوزراء اليمني أحمد بن دغر لمناقشة الأوضاع في اليمن',
      ['أحمد بن دغر'],
    ],
    [
      'nor after a two-word name',
      'واستقبل الوزير السفير سامي الحسيني لتعزيز العلاقات الثنائية',
      ['سامي الحسيني'],
    ],
    ['a researcher', 'ويرى الباحث في معهد الاستشراق فاسيلي كوزنيتسوف أن', ['فاسيلي كوزنيتسوف']],
    [
      "a ruler's epithet after the name",
      'وقع الوثيقة السلطان هيثم بن طارق المعظم عام 1985',
      ['هيثم بن طارق'],
    ],
    [
      'the object of the verb right after the name ("عمق", "سبل")',
      'أكد السفير الروسي نيكولاي ماكاروف عمق العلاقات، وناقش مع الوزير عبد الله ناصر سبل التعاون',
      ['نيكولاي ماكاروف', 'عبد الله ناصر'],
    ],
    [
      'a given name that is also a role ("أمير"), and a definite word after a foreign surname',
      'ووصف الوزير خلال لقائه السفير الروسي بالخرطوم أمير غياث شيرينسكي الزيارة بالمهمة',
      ['أمير غياث شيرينسكي'],
    ],
    [
      'a Mauritanian name with "ولد" whose first word looks definite',
      'قال الوزير الناطق باسم الحكومة الناني ولد اشروقه، إن الزيارة مهمة',
      ['الناني ولد اشروقه'],
    ],
    [
      'a Mauritanian name with "ولد" whose first word is also an honorific',
      'وذكر المستشار الفنى لوزير الصيد السيد الشيخ ولد أحمد في كلمة',
      ['الشيخ ولد أحمد'],
    ],
    [
      'a given name that is also a word after a given name ("محمد رضا")',
      'وقال الوزير الإيراني محمد رضا إبراهيمي إن الرئيس سيزور طهران.',
      ['محمد رضا إبراهيمي'],
    ],
    [
      'the Persian "بور" inside a name',
      'وأعلن رئيس اللجنة الاقتصادية محمد رضا بور إبراهيمي، اليوم، أن الرئيس سيزور طهران.',
      ['محمد رضا بور إبراهيمي'],
    ],
    [
      'a role over an agency with definite adjectives',
      'ورئيس الوكالة الفيدرالية الروسية للصيد البحري إيليا شيستاكوف',
      ['إيليا شيستاكوف'],
    ],
    [
      'a role that governs a quoted organization',
      'وقال الأمين العام لمنظمة “أوبك” هيثم الغيص إن',
      ['هيثم الغيص'],
    ],
    [
      'a company named in quotes inside the role',
      'ويضم رئيس شركة "روس آتوم" أليكسي ليخاتشيوف والوفد',
      ['أليكسي ليخاتشيوف'],
    ],
    [
      'a comma between the role and the name',
      'أكد الممثل التجاري الروسي في مصر، إيفان بيتروف، أن التجارة',
      ['إيفان بيتروف'],
    ],
    [
      'a dash between the role and the name',
      'قال نائب رئيس غرفة التجارة في الاتحاد الروسي - فلاديمير سيرغييف خلال',
      ['فلاديمير سيرغييف'],
    ],
    [
      'a given name written with the article',
      'أعلن نائب رئيس الوزراء الروسي اليا ماكاروف',
      ['اليا ماكاروف'],
    ],
    [
      'a hamza, not the article',
      'أكد السفير الروسي لدى العراق ألبروس كوتروف، الخميس',
      ['ألبروس كوتروف'],
    ],
    [
      'a name before its role',
      'وأعلن ذلك نيقولاى سميرنوف سكرتير اللجنة الحكومية المشتركة',
      ['نيقولاى سميرنوف'],
    ],
    [
      'a name, a comma, then its role',
      'وقال استانيسلاف بيلوف، مدير عام مجلس الأعمال، إن',
      ['استانيسلاف بيلوف'],
    ],
    ['a byline', 'كتب : محمد عبد الرحيم', ['محمد عبد الرحيم']],
    [
      'names in a list after a plural role',
      'وعن مشاركة سفيري البلدين، أناتولي سوروكين وجون ماكين، في اللقاء',
      ['أناتولي سوروكين', 'جون ماكين'],
    ],
    [
      'an Arabic name with a family name that has the article',
      'وكشف السفير حيدر الهادي العبيدي، أمس، أن',
      ['حيدر الهادي العبيدي'],
    ],
    [
      'a name with connectors after a title',
      'التقى معالي الشيخ حمدان بن سعيد آل خليفة الوفد',
      ['حمدان بن سعيد آل خليفة'],
    ],
    [
      'a verb ends the name',
      'وكان الرئيس الجزائري عبد المجيد بو شارب زار روسيا',
      ['عبد المجيد بو شارب'],
    ],
    ['a foreign surname alone', 'يطلقون على الشوارع اسم باسايييف الإرهابي', ['باسايييف']],
    [
      'a counterpart by nisba with a name the gazetteer lacks',
      'وقع الاتفاق وزير النفط الإيراني بيجن نامدار ونظيره الروسي الكساندر نواك',
      ['بيجن نامدار', 'الكساندر نواك'],
    ],
    [
      'a name joined to a known person by و',
      'بين الوزيرين سيرغي لافروف وجو كيري في جنيف',
      ['جو كيري'],
    ],
    [
      'a region the gazetteer lacks inside the role',
      'وقال رئيس تركمانستان سردار بردي محمدوف إن',
      ['سردار بردي محمدوف'],
    ],
    [
      'a shorter form of a name found is the same person',
      'وقال رئيس كازاخستان قاسم جومارت توكاييف إن. وأكد جومارت توكاييف ذلك.',
      ['قاسم جومارت توكاييف'],
    ],
    ['a surname alone after a role', 'وقال نظيره الفرنسي ماكرون، إن', ['ماكرون']],
    [
      'a nisba the gazetteer lacks',
      'التقى لافروف نظيره الغاني صامويل أوكودزيتو في موسكو',
      ['صامويل أوكودزيتو'],
    ],
    ['a name with tashkeel', 'وقال السفير الروسي أليكسِي بوريسوفْ إن', ['أليكسِي بوريسوفْ']],
    ['a surname alone before a verb', 'وأكد الرئيس الإيراني رئيسي إن', ['رئيسي']],
    ['a regnal number', 'واستقبل الملك عبدالله الثاني الوفد', ['عبدالله الثاني']],
    [
      'a Georgian surname after a given name ending in ا',
      'أكد سفير روسيا لدى مصر غوتشا بواتشيدزه، الدور الحاسم للإعلام',
      ['غوتشا بواتشيدزه'],
    ],
    [
      'a name between commas before what the person said',
      'صرح السفير الروسي لدى مصر ، أيدار أغانين، بأن العمل مستمر',
      ['أيدار أغانين'],
    ],
    [
      'a name in quote marks after the role',
      'أكد السفير الروسي في مصر "لفان جاغاريانوف"، أن روسيا لم تقلق',
      ['لفان جاغاريانوف'],
    ],
    [
      'a Mauritanian name with ولد',
      'وحضر وزير الدفاع، السيد حننه ولد سيدي، اللقاء',
      ['حننه ولد سيدي'],
    ],
    [
      'a Jordanian family name ending in ة, shown by a given name',
      'قال السفير الأردني في موسكو أمجد عودة العضايلة، إن الأردن تعمل مع روسيا',
      ['أمجد عودة العضايلة'],
    ],
    [
      'a definite given name after د. without a space',
      'أعلن وزير المعادن السوداني د.الصادق الكاروري ، أن الإنتاج سيبدأ',
      ['الصادق الكاروري'],
    ],
    [
      'a Russian given name the list learned',
      'وقال إدوارد ليمونوف إن التعاون مستمر',
      ['إدوارد ليمونوف'],
    ],
    [
      'a family name with the article and ة after a given name',
      'أكد المدير العام المساعد في غرفة تجارة وصناعة الكويت فراس العودة اليوم الحرص على التعاون',
      ['فراس العودة'],
    ],
    [
      'a place the gazetteer lacks between the role and the name',
      'وقال المدير الجهوي لديوان الحبوب بصفاقس رضوان قمار لإذاعة محلية إن الشحنات وصلت',
      ['رضوان قمار'],
    ],
    ['an Arabic given name the list learned', 'وقال رائد فهمي إن الحوار مستمر', ['رائد فهمي']],
    [
      'a family name after آل that ends like a pronoun suffix',
      'وقال السفير العماني محمد بن سالم آل تويه إن الزيارة مهمة',
      ['محمد بن سالم آل تويه'],
    ],
    [
      'an undersecretary',
      'وقال وكيل وزارة التجارة وليد الموسوي إن من المتوقع أن تبلغ المشتريات مليوني طن',
      ['وليد الموسوي'],
    ],
    [
      'a Gulf given name after a role with a place',
      'وقال سفير سلطنة عمان لدى موسكو حمود بن سالم لوكالة الأنباء إن الزيارة مهمة',
      ['حمود بن سالم'],
    ],
  ])('%s', (_case, text, expected) => {
    expect(names(text).sort()).toEqual(expected.sort());
  });
});

describe('newPeople stage: a credit line opening the text', () => {
  it.each([
    [
      'the place and the reporter',
      'مصر - سعيد طانيوس:\n\nقال لافروف إن المحادثات مفيدة.',
      ['سعيد طانيوس'],
    ],
    ['an agency only', 'القاهرة - وكالات:\n\nقال لافروف إن المحادثات مفيدة.', []],
  ])('%s', (_case, text, expected) => {
    const found = documentThrough(text, 'newPeople').newPeople.map((p) => p.name);
    expect(found).toEqual(expected);
  });
});

describe('newPeople stage: what is not a person', () => {
  it.each([
    [
      'a given name that is an adjective before "our" ("مستقبل زاهر لمنطقتنا")',
      'من أجل مستقبل زاهر لمنطقتنا',
    ],
    ['an astronaut ("رائد فضاء"), not Raed', 'وكان أول رائد فضاء إماراتي ذهب إلى المحطة'],
    ['an adjective spelled like a given name ("حل سلمي")', 'وتدعو إلى حل سلمي السياق الجيوسياسي'],
    [
      'a verb of news after a role ("جدد")',
      'وأفادت وسائل إعلام بأن السفير الروسي جدد تأكيده دعم الحكومة',
    ],
    ["a verb's feminine past after a role", 'وكانت الوزيرة الروسية زارت موسكو الأسبوع الماضي'],
    ['another one', 'وكانت الوزيرة الروسية بحثت مع نظيرها التعاون'],
    [
      'what an institution after a role is for ("لمصايد الأسماك")',
      'ونقلت وكالة إنترفاكس عن رئيس الوكالة الفيدرالية الروسية لمصايد الأسماك، قوله إن',
    ],
    [
      'a given name behind و and another proclitic ("ولدينا" is و + لدينا)',
      'وقال الوزير: ولدينا إمكانات كبيرة للتعاون',
    ],
    [
      'a pronoun-suffixed noun after a role',
      'و من جانبه أكد المبعوث الروسي دعم بلاده للسودان و وحدته',
    ],
    [
      'a company after a role ending in "شركة"',
      'نائب مدير عام شركة روس أتوم سيرفيس، أن عدد العاملين',
    ],
    [
      "a verb after an office's nisba, across أن",
      'واضاف السفير أن السفارة الروسية ستعمل على تعزيز العلاقات',
    ],
    ['a vague noun phrase after a role', 'رسالة لرئيس دولة اوروبية غربية كبيرة الى الجانب'],
    ['a pronoun suffix after a counterpart', 'مؤتمر صحفي عقده مع نظيره الروسي اثناء زيارته لموسكو'],
    ['a verbal noun after the role', 'بعثها زعماء الى رئيس الجمهورية لمساعدته لوقف اطلاق النار'],
    ['a region after a role', 'التقى رئيس تتارستان إحدى الجمهوريات الروسية'],
    ['a quote after the role', 'وأضاف الوزير السعودي: "نحن ملتزمون كلنا بالاتفاق"'],
    ['a company in quotes', 'أعلن رئيس شركة "غاز بروم" الروسية اليوم'],
    ['a dual verb after dual heads', 'وبحث الرئيسان بحثا عددا من القضايا'],
    ['a region joined to a role', 'المبعوث الخاص إلى الشرق الأوسط وبلدان إفريقيا نائب الوزير'],
    ['an agency after the speaker', 'وقال المتحدث لوكالة الأنباء الروسية إن'],
    ['a given name inside a place name', 'وصل الوفد إلى مطار محمد الخامس الدولي'],
    [
      'a place named after someone, behind an honorific',
      'قدمت الفرقة عرضا في قاعة الشيخ جابر العلي الموسيقية بمركز الشيخ جابر الأحمد الثقافي',
    ],
    ['a hospital named after a king', 'ونقل المصابون إلى مستشفى الملك فهد التخصصي بالدمام'],
    ['a weak given name alone', 'وقال إن عمر المشروع طويل'],
    ['a country that is also a given name', 'بين جورجيا وروسيا'],
    ['a month after a role', 'وقال الرئيس الروسي في مايو إن'],
    ['an adverb after a role', 'وبحث الرئيس الروسي هاتفيا مع نظيره'],
    ['an adverb of manner after a role', 'وتوقف السفير بشكل خاص عند ملف الفحم'],
    ['"the same source" after a role', 'وأكد السفير الروسي لنفس المصدر ، أن بلاده تحيي الموقف'],
    [
      'a first-person verb after a role in a headline',
      'وزير الخارجية الكويتي نسعى لتطوير العلاقات',
    ],
    ['a verbal noun after a role', 'وأكد وزير الخارجية الروسي استعداد بلاده للحوار'],
    ['a noun of the sentence after a role', 'وبحث رئيس الوزراء الروسي سبل التعاون'],
    ['a verb after a bare surname', 'وقال إن الرئيس كوتين يؤيد فكرة'],
    ['a verbal noun after a bare surname', 'واقترح الرئيس كوتين إنشاء مركز للغاز'],
    ['a country and a place after a dash', 'مصر - وسط العاصمة: قال لافروف إن المحادثات مفيدة'],
    ['a verb in the future after a role', 'وكشف أن السفير الروسي سيتناول في اللقاء موقف بلاده'],
    ['a quoted speech after a role', 'وقال السفير الروسي "نحن نعمل معا" في اللقاء'],
    ['a quoted word between commas', 'وقال السفير الروسي، "مستمرون"، إن العمل جار'],
    ['the Pacific, not a definite given name', 'وقال الرئيس الروسي في المحيط الهادي إن'],
    ['"the first" of a month in the Maghreb', 'وقال الوزير إن العمل يبدأ فاتح يوليوز المقبل'],
    [
      'a past verb of the form استفعل after a nisba',
      'وأضاف الوزير، أن الشركة الروسية استخدمت معدات حديثة',
    ],
    ['a preposition with its pronoun after a given name', 'وقال إن “محمد له كل الحق في العرش”'],
    ['a plural verbal noun after a nisba', 'ويجري الوزير الروسي مباحثات في نواكشوط مع الرئيس'],
    ['an adjective after a bare indefinite role word', 'وقرر بوتين تعيين سفير جديد لدى اليمن'],
  ])('%s', (_case, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('newPeople stage: later mentions', () => {
  it('maps a later surname with another spelling of ى to the same person', () => {
    const document = documentThrough(
      article('أعلن ذلك نيقولاى أصلانوف سكرتير اللجنة. وأضاف أصلانوف أن التجارة نمت.'),
      'newPeople',
    );
    const people = document.blocks[0]!.matches.filter((m) => m.entity.kind === 'person');
    expect(people.map((m) => m.entity.nameAr)).toEqual(['نيقولاى أصلانوف', 'نيقولاى أصلانوف']);
  });

  it('maps a later surname without its hamza and with tashkeel to the same person', () => {
    const document = documentThrough(
      article('وقال الممثل التجاري الروسي نيكولاي أسلانوف إن. وأضاف اسلانُوف أن التجارة نمت.'),
      'newPeople',
    );
    expect(document.newPeople).toHaveLength(1);
    const people = document.blocks[0]!.matches.filter((m) => m.entity.kind === 'person');
    expect(people.map((m) => m.entity.nameAr)).toEqual(['نيكولاي أسلانوف', 'نيكولاي أسلانوف']);
  });

  it('keeps an Arabic surname for this article only, a foreign one as an alias', () => {
    const [arab, foreign] = documentThrough(
      article('وقال النائب في المجلس محمد طويل إن. وقال رئيس الشركة إيفان ناليشوف إن.'),
      'newPeople',
    ).newPeople;
    expect(arab).toMatchObject({ forms: ['محمد طويل'], articleForms: ['طويل'] });
    expect(foreign).toMatchObject({ forms: ['إيفان ناليشوف', 'ناليشوف'], articleForms: [] });
  });

  it.each([
    ['named in full first', 'وقال خالد حمدان إن الحوار مهم. وأضاف حمدان أن التجارة نمت.', 2],
    ['only the surname', 'وأضاف حمدان أن التجارة نمت.', 0],
  ])('finds a known person by the surname alone only after the full name: %s', (_, text, n) => {
    const document = documentThrough(article(text), 'newPeople');
    const found = document.blocks[0]!.matches.filter((m) => m.entity.slug === 'khalid-hamdan');
    expect(found).toHaveLength(n);
  });

  it('keeps the role without the conjunction before its head', () => {
    const [person] = documentThrough(
      article('التقى بوتين ورئيس الوزراء الأرمني نيكول باشينيان في موسكو'),
      'newPeople',
    ).newPeople;
    expect(person?.role.titleAr).toBe('رئيس الوزراء الأرمني');
  });

  it('takes the role that follows a name found by its given name', () => {
    const [person] = documentThrough(
      article('وقال استانيسلاف بيلوف، مدير عام مجلس الأعمال الروسي العربي، إن'),
      'newPeople',
    ).newPeople;
    expect(person?.role).toEqual({
      titleAr: 'مدير عام مجلس الأعمال الروسي العربي',
      countryIso2: 'RU',
    });
  });
});

describe('roleReferences stage: a bare role word', () => {
  const referred = (text: string, span: string) =>
    documentThrough(article(text), 'mentions').mentions.find((m) => m.text === span)?.entity.slug;

  it.each([
    [
      'the one minister named before',
      'وقال وزير الخارجية الروسي سيرغي لافروف إن الحوار مستمر. وأضاف الوزير أن اللقاء مفيد.',
      'sergey-lavrov',
    ],
    [
      'the one spokesman named before, after a proclitic',
      'وقال بيسكوف إن الكرملين يرحب. وتابع المتحدث: إن الموعد لم يحدد.',
      'dmitry-peskov',
    ],
    [
      'no one when two ministers were named',
      'التقى لافروف نظيره بيراموف. وقال الوزير إن اللقاء مفيد.',
      undefined,
    ],
    ['no one before the role word', 'وقال الوزير إن اللقاء مفيد. وأكد لافروف ذلك.', undefined],
  ])('%s', (_case, text, slug) => {
    const span = /الوزير|المتحدث/.exec(text)![0];
    expect(referred(text, span)).toBe(slug);
  });

  it('leaves a role word that introduces a name to the name', () => {
    const document = documentThrough(
      article('وقال لافروف إن الحوار مستمر. وقال الوزير سيرغي لافروف إن اللقاء مفيد.'),
      'mentions',
    );
    expect(document.mentions.filter((m) => m.text === 'الوزير')).toEqual([]);
  });
});

describe('the headline', () => {
  it('matches a known person in the headline: a mention with block index -1', () => {
    const document = documentThrough(
      'لافروف يصل إلى القاهرة\n\nوصل الوزير إلى مصر أمس.',
      'mentions',
    );
    expect(
      document.mentions.map((m) => [m.entity.slug ?? m.entity.nameAr, m.blockIndex, m.text]),
    ).toContainEqual(['sergey-lavrov', -1, 'لافروف']);
  });

  it('finds no new person among a headline\'s verbs ("سفير روسيا يكشف موقف بلاده")', () => {
    const document = documentThrough(
      'سفير روسيا يكشف موقف بلاده تجاه السودان\n\nقال السفير الروسي إن العلاقات جيدة.',
      'newPeople',
    );
    expect(document.newPeople).toEqual([]);
  });
});

describe('newPeople stage: the role a new person is introduced by', () => {
  it.each([
    [
      'a role with a place the gazetteer knows',
      'ويرى الباحث في معهد الاستشراق فاسيلي كوزنيتسوف أن',
      'الباحث في معهد الاستشراق',
    ],
    [
      'a post in a place the gazetteer lacks',
      'قال القنصل العام الروسي لدى أربيل أوليغ ليفين، إن بلاده حريصة',
      'القنصل العام الروسي لدى أربيل',
    ],
  ])('%s', (_case, text, role) => {
    expect(
      documentThrough(article(text), 'newPeople').newPeople.map((p) => p.role.titleAr),
    ).toEqual([role]);
  });
});
