// Every country from i18n-iso-countries (a maintained library of ISO 3166 names) with its
// Arabic, English and Russian names, plus the nisba adjectives Arabic news uses for the
// countries it writes about most ("الروسي/الروسية" → Russia). The curated gazetteer
// (seeds/gazetteer.json) takes precedence for the countries it lists.
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/ar.json'));
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
countries.registerLocale(require('i18n-iso-countries/langs/ru.json'));

/** Masculine and feminine nisba of a country, with the article (الروسي، الروسية). */
const nisbas: Record<string, [string, string]> = {
  RU: ['الروسي', 'الروسية'],
  AZ: ['الأذربيجاني', 'الأذربيجانية'],
  AM: ['الأرمني', 'الأرمنية'],
  GE: ['الجورجي', 'الجورجية'],
  TR: ['التركي', 'التركية'],
  IR: ['الإيراني', 'الإيرانية'],
  US: ['الأمريكي', 'الأمريكية'],
  CN: ['الصيني', 'الصينية'],
  UA: ['الأوكراني', 'الأوكرانية'],
  BY: ['البيلاروسي', 'البيلاروسية'],
  KZ: ['الكازاخستاني', 'الكازاخستانية'],
  UZ: ['الأوزبكي', 'الأوزبكية'],
  TJ: ['الطاجيكي', 'الطاجيكية'],
  KG: ['القرغيزي', 'القرغيزية'],
  TM: ['التركماني', 'التركمانية'],
  SA: ['السعودي', 'السعودية'],
  AE: ['الإماراتي', 'الإماراتية'],
  QA: ['القطري', 'القطرية'],
  KW: ['الكويتي', 'الكويتية'],
  BH: ['البحريني', 'البحرينية'],
  OM: ['العماني', 'العمانية'],
  YE: ['اليمني', 'اليمنية'],
  IQ: ['العراقي', 'العراقية'],
  SY: ['السوري', 'السورية'],
  LB: ['اللبناني', 'اللبنانية'],
  JO: ['الأردني', 'الأردنية'],
  PS: ['الفلسطيني', 'الفلسطينية'],
  IL: ['الإسرائيلي', 'الإسرائيلية'],
  EG: ['المصري', 'المصرية'],
  LY: ['الليبي', 'الليبية'],
  TN: ['التونسي', 'التونسية'],
  DZ: ['الجزائري', 'الجزائرية'],
  MA: ['المغربي', 'المغربية'],
  SD: ['السوداني', 'السودانية'],
  AF: ['الأفغاني', 'الأفغانية'],
  PK: ['الباكستاني', 'الباكستانية'],
  IN: ['الهندي', 'الهندية'],
  FR: ['الفرنسي', 'الفرنسية'],
  DE: ['الألماني', 'الألمانية'],
  GB: ['البريطاني', 'البريطانية'],
  IT: ['الإيطالي', 'الإيطالية'],
  JP: ['الياباني', 'اليابانية'],
  ID: ['الإندونيسي', 'الإندونيسية'],
  MY: ['الماليزي', 'الماليزية'],
  BR: ['البرازيلي', 'البرازيلية'],
  ZA: ['الجنوب أفريقي', 'الجنوب أفريقية'],
  KP: ['الكوري الشمالي', 'الكورية الشمالية'],
  KR: ['الكوري الجنوبي', 'الكورية الجنوبية'],
  RS: ['الصربي', 'الصربية'],
  PL: ['البولندي', 'البولندية'],
  VE: ['الفنزويلي', 'الفنزويلية'],
};

/** Common short Arabic names where the library's is long ("الولايات المتحدة الأمريكية"). */
const extraAliases: Record<string, string[]> = {
  US: ['الولايات المتحدة', 'أمريكا'],
  RU: ['الاتحاد الروسي', 'روسيا الاتحادية'],
  AE: ['الإمارات'],
  GB: ['بريطانيا', 'المملكة المتحدة'],
  SA: ['السعودية', 'المملكة العربية السعودية'],
  KR: ['كوريا الجنوبية'],
  KP: ['كوريا الشمالية'],
  SY: ['سوريا', 'سورية'],
  IR: ['إيران'],
};

export interface LibraryCountry {
  iso2: string;
  slug: string;
  names: { ar: string; en: string; ru?: string };
  aliases: { ar: string[] };
}

const slugify = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** "جمهورية أفريقيا الوسطى" is also written "أفريقيا الوسطى", "جمهورية التشيك" "التشيك". */
const withoutRepublic = (name: string) => (name.startsWith('جمهورية ') ? [name.slice(8)] : []);

export function libraryCountries(): LibraryCountry[] {
  return Object.keys(countries.getAlpha2Codes()).map((iso2) => {
    const en = countries.getName(iso2, 'en') ?? iso2;
    const ar = countries.getName(iso2, 'ar') ?? en;
    return {
      iso2,
      slug: slugify(en),
      names: { ar, en, ru: countries.getName(iso2, 'ru') },
      aliases: {
        ar: [...(nisbas[iso2] ?? []), ...(extraAliases[iso2] ?? []), ...withoutRepublic(ar)],
      },
    };
  });
}

/**
 * Capitals Arabic news uses for their governments ("ذكرت أنقرة"), with their country.
 * Left out where the name is also the country's (الجزائر، تونس، الكويت) or ambiguous (عمان).
 */
const capitals: [string, string, string][] = [
  ['TR', 'أنقرة', 'Ankara'],
  ['IR', 'طهران', 'Tehran'],
  ['SY', 'دمشق', 'Damascus'],
  ['EG', 'القاهرة', 'Cairo'],
  ['SA', 'الرياض', 'Riyadh'],
  ['AE', 'أبوظبي', 'Abu Dhabi'],
  ['QA', 'الدوحة', 'Doha'],
  ['IQ', 'بغداد', 'Baghdad'],
  ['LB', 'بيروت', 'Beirut'],
  ['AF', 'كابول', 'Kabul'],
  ['PK', 'إسلام آباد', 'Islamabad'],
  ['CN', 'بكين', 'Beijing'],
  ['GB', 'لندن', 'London'],
  ['FR', 'باريس', 'Paris'],
  ['DE', 'برلين', 'Berlin'],
  ['UA', 'كييف', 'Kyiv'],
  ['BY', 'مينسك', 'Minsk'],
  ['KZ', 'أستانا', 'Astana'],
  ['UZ', 'طشقند', 'Tashkent'],
  ['TJ', 'دوشنبه', 'Dushanbe'],
  ['KG', 'بيشكيك', 'Bishkek'],
  ['TM', 'عشق آباد', 'Ashgabat'],
  ['MA', 'الرباط', 'Rabat'],
  ['SD', 'الخرطوم', 'Khartoum'],
  ['LY', 'طرابلس', 'Tripoli'],
  ['YE', 'صنعاء', 'Sanaa'],
  ['BH', 'المنامة', 'Manama'],
  ['OM', 'مسقط', 'Muscat'],
  ['IN', 'نيودلهي', 'New Delhi'],
  ['JP', 'طوكيو', 'Tokyo'],
  ['IT', 'روما', 'Rome'],
  ['RS', 'بلغراد', 'Belgrade'],
  ['PL', 'وارسو', 'Warsaw'],
  ['IL', 'تل أبيب', 'Tel Aviv'],
  ['US', 'واشنطن', 'Washington'],
  ['JO', 'عمّان', 'Amman'],
];

export function libraryCapitals(): {
  iso2: string;
  slug: string;
  names: { ar: string; en: string };
  aliases: { ar: string[] };
}[] {
  return capitals.map(([iso2, ar, en]) => ({
    iso2,
    slug: slugify(en),
    names: { ar, en },
    aliases: { ar: [] },
  }));
}
