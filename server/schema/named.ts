// Names in three languages, shared by people, organizations and places through the
// `Named` interface.
import { builder } from '../builder.js';
import { LanguageEnum, nameIn } from './enums.js';

interface NameColumns {
  nameAr: string;
  nameEn: string | null;
  nameRu: string | null;
}

const Names = builder.objectRef<NameColumns>('Names').implement({
  description: 'A name in Arabic, English and Russian, as far as known.',
  fields: (t) => ({
    ar: t.exposeString('nameAr', { description: 'The name in Arabic, as Arabic news writes it.' }),
    en: t.exposeString('nameEn', { nullable: true, description: 'The name in English, if known.' }),
    ru: t.exposeString('nameRu', { nullable: true, description: 'The name in Russian, if known.' }),
  }),
});

export const Named = builder.interfaceRef<NameColumns>('Named').implement({
  description: 'Something with a name in several languages.',
  fields: (t) => ({
    name: t.string({
      description: 'The name in the requested language; falls back to English, then Arabic.',
      args: {
        language: t.arg({
          type: LanguageEnum,
          required: true,
          defaultValue: 'AR',
          description: 'The language wanted.',
        }),
      },
      resolve: (entity, { language }) => nameIn(entity, language),
    }),
    names: t.field({
      type: Names,
      description: 'The name in each language.',
      resolve: (entity) => entity,
    }),
  }),
});
