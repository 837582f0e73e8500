// The curated seed formats (documented for editors in seeds/README.md): the gazetteer of
// known people, organizations and places, and one annotation file per article.
import { z } from 'zod';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lowercase slug such as "sergey-lavrov"');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');
const iso2 = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as "RU"');
const names = z.strictObject({
  ar: z.string().min(1),
  en: z.string().min(1),
  ru: z.string().min(1).optional(),
});
const aliases = z
  .strictObject({
    ar: z.array(z.string().min(1)).optional(),
    en: z.array(z.string().min(1)).optional(),
    ru: z.array(z.string().min(1)).optional(),
  })
  .default({});

export const placeKinds = ['COUNTRY', 'CITY', 'REGION', 'TERRITORY', 'CORRIDOR'] as const;
export const organizationKinds = [
  'GOVERNMENT',
  'MINISTRY',
  'AGENCY',
  'MEDIA',
  'COURT',
  'MILITARY',
  'INTERNATIONAL',
  'OTHER',
] as const;

const personFormat = z.strictObject({
  slug,
  names,
  aliases,
  roles: z.array(
    z.strictObject({
      title: z.strictObject({ en: z.string().min(1), ar: z.string().min(1).optional() }),
      organization: slug.optional(),
      country: iso2.optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
    }),
  ),
});

export const gazetteerFormat = z.strictObject({
  places: z.array(
    z.strictObject({
      slug,
      kind: z.enum(placeKinds),
      iso2: iso2.optional(),
      /** Slug of the containing place (a city's country). */
      parent: slug.optional(),
      names,
      aliases,
    }),
  ),
  organizations: z.array(
    z.strictObject({
      slug,
      kind: z.enum(organizationKinds),
      country: iso2.optional(),
      names,
      aliases,
    }),
  ),
  people: z.array(personFormat),
});
export type Gazetteer = z.infer<typeof gazetteerFormat>;

/**
 * seeds/officials.json: officeholders the coverage keeps naming, in the gazetteer's person
 * format, each with the public references (URLs) its names and offices were taken from.
 */
export const officialsFormat = z.strictObject({
  about: z.string().optional(),
  people: z.array(
    personFormat.extend({
      sources: z.array(z.url()).min(1, 'at least one public reference (a URL)'),
    }),
  ),
});
export type Officials = z.infer<typeof officialsFormat>;

/** A passage of the article, copied exactly; `occurrence` (1-based) picks one when it recurs. */
const span = z.strictObject({
  text: z.string().min(1),
  occurrence: z.number().int().positive().optional(),
});
export type SpanRef = z.infer<typeof span>;

/** Who said something: a known person or a known organization. */
const speaker = z.union([z.strictObject({ person: slug }), z.strictObject({ organization: slug })]);
export type SpeakerRef = z.infer<typeof speaker>;

export const annotationFormat = z.strictObject({
  slug,
  language: z.enum(['AR', 'EN', 'RU']),
  publishedAt: isoDate,
  url: z.url().optional(),
  /** Every surface form of each entity in the text; every occurrence becomes a mention. */
  mentions: z.array(
    z.union([
      z.strictObject({ person: slug, forms: z.array(z.string().min(1)).min(1) }),
      z.strictObject({ organization: slug, forms: z.array(z.string().min(1)).min(1) }),
      z.strictObject({ place: slug, forms: z.array(z.string().min(1)).min(1) }),
    ]),
  ),
  statements: z.array(
    z.strictObject({ span, speaker, direct: z.boolean(), saidOn: isoDate.optional() }),
  ),
  tradeFigures: z.array(
    z
      .strictObject({
        span,
        kind: z.enum(['TRADE_VOLUME', 'INVESTMENT', 'OTHER']),
        amount: z
          .string()
          .regex(/^\d+(?:\.\d+)?$/, 'an exact decimal written as a string, e.g. "3400000000"'),
        currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as "USD"'),
        year: z.number().int().min(1900).max(2100).optional(),
        status: z.enum(['ACTUAL', 'FORECAST', 'ESTIMATE']),
        partners: z.array(iso2).default([]),
        source: speaker.optional(),
      })
      .refine((figure) => figure.kind !== 'TRADE_VOLUME' || figure.partners.length === 2, {
        message: 'a TRADE_VOLUME needs exactly two partner countries',
        path: ['partners'],
      }),
  ),
  events: z.array(
    z.strictObject({
      slug,
      kind: z.enum([
        'CALL',
        'TALKS',
        'MEETING',
        'SUMMIT',
        'AGREEMENT',
        'STATEMENT',
        'INCIDENT',
        'LEGAL_ACTION',
        'OTHER',
      ]),
      title: z.strictObject({ en: z.string().min(1), ar: z.string().min(1).optional() }),
      date: isoDate.optional(),
      participants: z.array(speaker).default([]),
      places: z.array(slug).default([]),
      span,
    }),
  ),
});
export type Annotation = z.infer<typeof annotationFormat>;
