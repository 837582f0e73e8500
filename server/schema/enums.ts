import { builder } from '../builder.js';

export const LanguageEnum = builder.enumType('Language', {
  description: 'A language of an article or a name.',
  values: {
    AR: { description: 'Arabic' },
    EN: { description: 'English' },
    RU: { description: 'Russian' },
  } as const,
});

export const ProvenanceEnum = builder.enumType('Provenance', {
  description: 'How a fact entered Khabar. Curated facts are never overwritten by extraction.',
  values: {
    CURATED: { description: 'Written or checked by an editor.' },
    EXTRACTED: { description: 'Found in the text by a program; see the confidence.' },
  } as const,
});

export const OrderDirectionEnum = builder.enumType('OrderDirection', {
  description: 'Sort order.',
  values: { ASC: { description: 'Ascending.' }, DESC: { description: 'Descending.' } } as const,
});

export type Language = 'AR' | 'EN' | 'RU';

/** The name in the requested language, falling back to English, then Arabic. */
export function nameIn(
  entity: { nameAr: string; nameEn: string | null; nameRu: string | null },
  language: Language,
): string {
  const requested = { AR: entity.nameAr, EN: entity.nameEn, RU: entity.nameRu }[language];
  return requested ?? entity.nameEn ?? entity.nameAr;
}
