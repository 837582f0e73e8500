// A small hand-made gazetteer and a document run up to one stage: what each stage's table
// of cases reads. No database: the stages are pure.
import {
  type ArticleDocument,
  createDocument,
  type IngestOptions,
  type Layer,
} from '../../server/ingest/document.js';
import { createGazetteer, type KnownEntity } from '../../server/ingest/gazetteer.js';
import { runStages } from '../../server/ingest/pipeline.js';

let nextId = 1;
const person = (slug: string, nameAr: string, role: [string, string, string]): KnownEntity => ({
  kind: 'person',
  id: nextId++,
  slug,
  nameAr,
  iso2: null,
  roles: [{ titleAr: role[0], titleEn: role[1], countryIso2: role[2] }],
});
const country = (slug: string, nameAr: string, iso2: string): KnownEntity => ({
  kind: 'place',
  id: nextId++,
  slug,
  nameAr,
  iso2,
  placeKind: 'COUNTRY',
  roles: [],
});
const city = (slug: string, nameAr: string): KnownEntity => ({
  kind: 'place',
  id: nextId++,
  slug,
  nameAr,
  iso2: null,
  placeKind: 'CITY',
  roles: [],
});
const organization = (
  slug: string,
  nameAr: string,
  kind: string,
  countryIso2: string,
): KnownEntity => ({
  kind: 'organization',
  id: nextId++,
  slug,
  nameAr,
  iso2: null,
  roles: [],
  countryIso2,
  organizationKind: kind,
});

export const gazetteer = createGazetteer([
  {
    entity: person('sergey-lavrov', 'سيرغي لافروف', [
      'وزير الخارجية الروسي',
      'Minister of Foreign Affairs',
      'RU',
    ]),
    forms: ['سيرغي لافروف', 'سيرجي لافروف', 'لافروف'],
  },
  {
    entity: person('jeyhun-bayramov', 'جيهون بيراموف', [
      'وزير الخارجية الأذربيجاني',
      'Minister of Foreign Affairs',
      'AZ',
    ]),
    forms: ['جيهون بيراموف', 'بيراموف'],
  },
  {
    entity: person('dmitry-peskov', 'ديمتري بيسكوف', [
      'المتحدث باسم الكرملين',
      'Press Secretary of the President',
      'RU',
    ]),
    forms: ['ديمتري بيسكوف', 'دميتري بيسكوف', 'بيسكوف'],
  },
  {
    // A Chinese name: the family name (وانغ) comes first.
    entity: person('wang-yi', 'وانغ يي', [
      'وزير الخارجية الصيني',
      'Minister of Foreign Affairs',
      'CN',
    ]),
    forms: ['وانغ يي', 'وانج يي'],
  },
  {
    // Known by the surname alone, which is also a common word ("حصة الأسد").
    entity: person('bashar-al-assad', 'بشار الأسد', ['الرئيس السوري', 'President of Syria', 'SY']),
    forms: ['بشار الأسد', 'الأسد'],
  },
  {
    entity: country('russia', 'روسيا', 'RU'),
    forms: ['روسيا', 'الروسي', 'الروسية', 'روسية'],
  },
  {
    entity: country('azerbaijan', 'أذربيجان', 'AZ'),
    forms: ['أذربيجان', 'الأذربيجاني', 'الأذربيجانية'],
  },
  { entity: country('turkey', 'تركيا', 'TR'), forms: ['تركيا', 'التركي', 'التركية'] },
  { entity: country('egypt', 'مصر', 'EG'), forms: ['مصر', 'المصري', 'المصرية'] },
  { entity: city('khartoum', 'الخرطوم'), forms: ['الخرطوم'] },
  {
    entity: organization('mfa-russia', 'وزارة الخارجية الروسية', 'MINISTRY', 'RU'),
    forms: ['وزارة الخارجية الروسية', 'الخارجية الروسية'],
  },
  { entity: organization('kremlin', 'الكرملين', 'GOVERNMENT', 'RU'), forms: ['الكرملين'] },
  {
    // Stored by an earlier extraction: an Arabic surname is no alias of its own.
    entity: person('khalid-hamdan', 'خالد حمدان', ['نائب', 'Member of parliament', 'EG']),
    forms: ['خالد حمدان'],
  },
]);

/** A document run through the stages up to the one that adds `layer`. */
export const documentThrough = (
  text: string,
  layer: Layer,
  options: IngestOptions = {},
  url: string | null = null,
): ArticleDocument => runStages(createDocument(text, gazetteer, options, url), layer);

/** Two-paragraph article around a body text, so that the parse stage sees a title. */
export const article = (body: string) => `عنوان الخبر\n\n${body}`;
