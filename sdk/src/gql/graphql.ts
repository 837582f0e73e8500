/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Narrows a list of articles; all given conditions must hold. */
export type ArticleFilter = {
  /** Only articles in this language. */
  language?: Language | null | undefined;
  /** Only articles that mention the organization with this slug. */
  organization?: string | null | undefined;
  /** Only articles that mention the person with this slug. */
  person?: string | null | undefined;
  /** Only articles that mention the place with this slug. */
  place?: string | null | undefined;
  /** Only articles published on or after this day (articles with no known day are left out). */
  publishedFrom?: string | null | undefined;
  /** Only articles published on or before this day (articles with no known day are left out). */
  publishedTo?: string | null | undefined;
};

/** The order of a list of articles. */
export type ArticleOrder = {
  /** Ascending or descending. */
  direction: OrderDirection;
  /** What to order by. */
  field: ArticleOrderField;
};

/** What articles can be ordered by. */
export type ArticleOrderField =
  /** Publication day; articles with no known day come last either way. */
  | 'PUBLISHED_AT'
  /** Title. */
  | 'TITLE';

/** What a block of an article body is. */
export type BlockKind =
  /** A sub-heading. */
  | 'HEADING'
  /** A paragraph. */
  | 'PARAGRAPH';

/** What sort of event it is. */
export type EventKind =
  /** A document adopted or signed: an agreement, a declaration, a joint statement. */
  | 'AGREEMENT'
  /** A telephone call. */
  | 'CALL'
  /** Something that happened on the ground (a road closed, a clash). */
  | 'INCIDENT'
  /** An appeal to a court or another legal step. */
  | 'LEGAL_ACTION'
  /** A meeting. */
  | 'MEETING'
  /** Anything else, such as an initiative. */
  | 'OTHER'
  /** A public statement. */
  | 'STATEMENT'
  /** A meeting of heads of state or government. */
  | 'SUMMIT'
  /** Talks or negotiations between delegations. */
  | 'TALKS';

/** How certain a figure is, from the wording of the text. */
export type FigureStatus =
  /** Reported as reached ("بلغ"). */
  | 'ACTUAL'
  /** Approximate ("حوالي", "أكثر من"). */
  | 'ESTIMATE'
  /** Expected or possible ("قد يصل"). */
  | 'FORECAST';

/** A raw article, as copied from a news page. */
export type IngestArticleInput = {
  /** The language of the text (only AR is extracted for now). */
  language?: Language | null | undefined;
  /** The day of publication, when the text has no date line. */
  publishedAt?: string | null | undefined;
  /** The text as written (Arabic; at most 200000 characters), or the HTML of the page (at most 1000000 characters), which is turned into text. */
  text: string;
  /** Where it was published: http or https, at most 2048 characters. The article's identity: a changed text with the same URL (normalized) replaces this article's extracted facts. */
  url?: string | null | undefined;
};

/** What ingesting a text did. */
export type IngestStatus =
  /** A new article was stored. */
  | 'CREATED'
  /** The same text was already stored, under any URL or none; nothing was written and the stored article is returned. */
  | 'UNCHANGED'
  /** An article with the same URL (normalized) had another text; its machine-extracted facts were replaced. */
  | 'UPDATED';

/** A language of an article or a name. */
export type Language =
  /** Arabic */
  | 'AR'
  /** English */
  | 'EN'
  /** Russian */
  | 'RU';

/** Sort order. */
export type OrderDirection =
  /** Ascending. */
  | 'ASC'
  /** Descending. */
  | 'DESC';

/** What sort of body an organization is. */
export type OrganizationKind =
  /** A state agency or department. */
  | 'AGENCY'
  /** A court. */
  | 'COURT'
  /** A government or presidency as a whole. */
  | 'GOVERNMENT'
  /** An international organization. */
  | 'INTERNATIONAL'
  /** A news agency or outlet. */
  | 'MEDIA'
  /** Armed forces or a peacekeeping contingent. */
  | 'MILITARY'
  /** A ministry, e.g. a foreign ministry. */
  | 'MINISTRY'
  /** Any other body. */
  | 'OTHER';

/** Narrows a list of people; all given conditions must hold. */
export type PersonFilter = {
  /** ISO 3166-1 alpha-2 code of a country the person held a role for, e.g. "RU". */
  country?: string | null | undefined;
  /** Matches any name or alias in any language, ignoring case, diacritics and Arabic spelling variants (أ/ا، ى/ي، ة/ه); at most 200 characters, % and _ taken literally. */
  name?: string | null | undefined;
};

/** What sort of place it is. */
export type PlaceKind =
  /** A city. */
  | 'CITY'
  /** A transport corridor, e.g. the Lachin corridor. */
  | 'CORRIDOR'
  /** A country (has an ISO 3166 code). */
  | 'COUNTRY'
  /** A region spanning places, e.g. the South Caucasus. */
  | 'REGION'
  /** A territory with a disputed or special status. */
  | 'TERRITORY';

/** How a fact entered Khabar. Curated facts are never overwritten by extraction. */
export type Provenance =
  /** Written or checked by an editor. */
  | 'CURATED'
  /** Found in the text by a program; see the confidence. */
  | 'EXTRACTED';

/** Narrows a list of statements; all given conditions must hold. */
export type StatementFilter = {
  /** Slug of the article. */
  article?: string | null | undefined;
  /** True for direct quotations only, false for reported speech only. */
  direct?: boolean | null | undefined;
  /** Said on or after this day. */
  saidFrom?: string | null | undefined;
  /** Said on or before this day. */
  saidTo?: string | null | undefined;
  /** Slug of the speaker, a person or an organization. */
  speaker?: string | null | undefined;
};

/** Narrows a list of figures; all given conditions must hold. */
export type TradeFigureFilter = {
  /** Only figures of this kind. */
  kind?: TradeFigureKind | null | undefined;
  /** ISO 3166-1 alpha-2 codes that must all be among the partners, e.g. ["RU", "AZ"]; at most 10. */
  partners?: Array<string> | null | undefined;
  /** Only figures with this status. */
  status?: FigureStatus | null | undefined;
  /** Only figures for this year or later. */
  yearFrom?: number | null | undefined;
  /** Only figures for this year or earlier. */
  yearTo?: number | null | undefined;
};

/** What a money figure measures. */
export type TradeFigureKind =
  /** An investment. */
  | 'INVESTMENT'
  /** Any other sum of money. */
  | 'OTHER'
  /** Trade turnover between two countries (both partners are given). */
  | 'TRADE_VOLUME';

export type PageInfoFieldsFragment = { hasNextPage: boolean, endCursor: string | null };

type Names_Organization_Fragment = { names: { ar: string, en: string | null, ru: string | null } };

type Names_Person_Fragment = { names: { ar: string, en: string | null, ru: string | null } };

type Names_Place_Fragment = { names: { ar: string, en: string | null, ru: string | null } };

export type NamesFragment =
  | Names_Organization_Fragment
  | Names_Person_Fragment
  | Names_Place_Fragment
;

export type PersonSummaryFragment = { id: string, slug: string, names: { ar: string, en: string | null, ru: string | null } };

export type OrganizationSummaryFragment = { id: string, slug: string, kind: OrganizationKind, names: { ar: string, en: string | null, ru: string | null } };

export type PlaceSummaryFragment = { id: string, slug: string, kind: PlaceKind, iso2: string | null, names: { ar: string, en: string | null, ru: string | null } };

type SpeakerFields_Organization_Fragment = { __typename: 'Organization', id: string, slug: string, kind: OrganizationKind, names: { ar: string, en: string | null, ru: string | null } };

type SpeakerFields_Person_Fragment = { __typename: 'Person', named: boolean, id: string, slug: string, names: { ar: string, en: string | null, ru: string | null } };

export type SpeakerFieldsFragment =
  | SpeakerFields_Organization_Fragment
  | SpeakerFields_Person_Fragment
;

export type ArticleSummaryFragment = { id: string, slug: string, title: string, titleDerived: boolean, language: Language, publishedAt: string | null, url: string | null, source: string | null, publisher: string | null, photoCredit: string | null };

export type StatementFieldsFragment = { id: string, text: string, direct: boolean, saidOn: string | null, provenance: Provenance, confidence: number, speaker:
    | { __typename: 'Organization', id: string, slug: string, kind: OrganizationKind, names: { ar: string, en: string | null, ru: string | null } }
    | { __typename: 'Person', named: boolean, id: string, slug: string, names: { ar: string, en: string | null, ru: string | null } }
  , article: { id: string, slug: string, title: string, publishedAt: string | null }, span: { blockIndex: number, start: number, end: number } };

export type TradeFigureFieldsFragment = { id: string, kind: TradeFigureKind, amount: string, currency: string, year: number | null, status: FigureStatus, text: string, provenance: Provenance, confidence: number, partners: Array<{ id: string, slug: string, kind: PlaceKind, iso2: string | null, names: { ar: string, en: string | null, ru: string | null } }>, source:
    | { __typename: 'Organization', id: string, slug: string, kind: OrganizationKind, names: { ar: string, en: string | null, ru: string | null } }
    | { __typename: 'Person', named: boolean, id: string, slug: string, names: { ar: string, en: string | null, ru: string | null } }
   | null, article: { id: string, slug: string, title: string, publishedAt: string | null } };

export type EventSummaryFragment = { id: string, slug: string, kind: EventKind, title: string, occurredOn: string | null };

export type ArticleFieldsFragment = { id: string, slug: string, title: string, titleDerived: boolean, language: Language, publishedAt: string | null, url: string | null, source: string | null, publisher: string | null, photoCredit: string | null, blocks: Array<{ index: number, kind: BlockKind, text: string }>, people: Array<{ id: string, slug: string, names: { ar: string, en: string | null, ru: string | null } }>, organizations: Array<{ id: string, slug: string, kind: OrganizationKind, names: { ar: string, en: string | null, ru: string | null } }>, places: Array<{ id: string, slug: string, kind: PlaceKind, iso2: string | null, names: { ar: string, en: string | null, ru: string | null } }>, statements: Array<{ id: string, text: string, direct: boolean, saidOn: string | null, provenance: Provenance, confidence: number, speaker:
      | { __typename: 'Organization', id: string, slug: string, kind: OrganizationKind, names: { ar: string, en: string | null, ru: string | null } }
      | { __typename: 'Person', named: boolean, id: string, slug: string, names: { ar: string, en: string | null, ru: string | null } }
    , article: { id: string, slug: string, title: string, publishedAt: string | null }, span: { blockIndex: number, start: number, end: number } }>, tradeFigures: Array<{ id: string, kind: TradeFigureKind, amount: string, currency: string, year: number | null, status: FigureStatus, text: string, provenance: Provenance, confidence: number, partners: Array<{ id: string, slug: string, kind: PlaceKind, iso2: string | null, names: { ar: string, en: string | null, ru: string | null } }>, source:
      | { __typename: 'Organization', id: string, slug: string, kind: OrganizationKind, names: { ar: string, en: string | null, ru: string | null } }
      | { __typename: 'Person', named: boolean, id: string, slug: string, names: { ar: string, en: string | null, ru: string | null } }
     | null, article: { id: string, slug: string, title: string, publishedAt: string | null } }>, events: Array<{ id: string, slug: string, kind: EventKind, title: string, occurredOn: string | null }> };

export type RoleFieldsFragment = { title: string, startedOn: string | null, endedOn: string | null, titleAr: string, organization: { id: string, slug: string, kind: OrganizationKind, names: { ar: string, en: string | null, ru: string | null } } | null, country: { id: string, slug: string, kind: PlaceKind, iso2: string | null, names: { ar: string, en: string | null, ru: string | null } } | null };

export type PersonFieldsFragment = { aliases: Array<string>, id: string, slug: string, roles: Array<{ title: string, startedOn: string | null, endedOn: string | null, titleAr: string, organization: { id: string, slug: string, kind: OrganizationKind, names: { ar: string, en: string | null, ru: string | null } } | null, country: { id: string, slug: string, kind: PlaceKind, iso2: string | null, names: { ar: string, en: string | null, ru: string | null } } | null }>, names: { ar: string, en: string | null, ru: string | null } };

export type IngestArticleMutationVariables = Exact<{
  input: IngestArticleInput;
}>;


export type IngestArticleMutation = { ingestArticle: { status: IngestStatus, warnings: Array<string>, article: { id: string, slug: string, title: string, titleDerived: boolean, language: Language, publishedAt: string | null, url: string | null, source: string | null, publisher: string | null, photoCredit: string | null, blocks: Array<{ index: number, kind: BlockKind, text: string }>, people: Array<{ id: string, slug: string, names: { ar: string, en: string | null, ru: string | null } }>, organizations: Array<{ id: string, slug: string, kind: OrganizationKind, names: { ar: string, en: string | null, ru: string | null } }>, places: Array<{ id: string, slug: string, kind: PlaceKind, iso2: string | null, names: { ar: string, en: string | null, ru: string | null } }>, statements: Array<{ id: string, text: string, direct: boolean, saidOn: string | null, provenance: Provenance, confidence: number, speaker:
          | { __typename: 'Organization', id: string, slug: string, kind: OrganizationKind, names: { ar: string, en: string | null, ru: string | null } }
          | { __typename: 'Person', named: boolean, id: string, slug: string, names: { ar: string, en: string | null, ru: string | null } }
        , article: { id: string, slug: string, title: string, publishedAt: string | null }, span: { blockIndex: number, start: number, end: number } }>, tradeFigures: Array<{ id: string, kind: TradeFigureKind, amount: string, currency: string, year: number | null, status: FigureStatus, text: string, provenance: Provenance, confidence: number, partners: Array<{ id: string, slug: string, kind: PlaceKind, iso2: string | null, names: { ar: string, en: string | null, ru: string | null } }>, source:
          | { __typename: 'Organization', id: string, slug: string, kind: OrganizationKind, names: { ar: string, en: string | null, ru: string | null } }
          | { __typename: 'Person', named: boolean, id: string, slug: string, names: { ar: string, en: string | null, ru: string | null } }
         | null, article: { id: string, slug: string, title: string, publishedAt: string | null } }>, events: Array<{ id: string, slug: string, kind: EventKind, title: string, occurredOn: string | null }> } } };

export type ArticleBySlugQueryVariables = Exact<{
  slug: string;
}>;


export type ArticleBySlugQuery = { article: { id: string, slug: string, title: string, titleDerived: boolean, language: Language, publishedAt: string | null, url: string | null, source: string | null, publisher: string | null, photoCredit: string | null, blocks: Array<{ index: number, kind: BlockKind, text: string }>, people: Array<{ id: string, slug: string, names: { ar: string, en: string | null, ru: string | null } }>, organizations: Array<{ id: string, slug: string, kind: OrganizationKind, names: { ar: string, en: string | null, ru: string | null } }>, places: Array<{ id: string, slug: string, kind: PlaceKind, iso2: string | null, names: { ar: string, en: string | null, ru: string | null } }>, statements: Array<{ id: string, text: string, direct: boolean, saidOn: string | null, provenance: Provenance, confidence: number, speaker:
        | { __typename: 'Organization', id: string, slug: string, kind: OrganizationKind, names: { ar: string, en: string | null, ru: string | null } }
        | { __typename: 'Person', named: boolean, id: string, slug: string, names: { ar: string, en: string | null, ru: string | null } }
      , article: { id: string, slug: string, title: string, publishedAt: string | null }, span: { blockIndex: number, start: number, end: number } }>, tradeFigures: Array<{ id: string, kind: TradeFigureKind, amount: string, currency: string, year: number | null, status: FigureStatus, text: string, provenance: Provenance, confidence: number, partners: Array<{ id: string, slug: string, kind: PlaceKind, iso2: string | null, names: { ar: string, en: string | null, ru: string | null } }>, source:
        | { __typename: 'Organization', id: string, slug: string, kind: OrganizationKind, names: { ar: string, en: string | null, ru: string | null } }
        | { __typename: 'Person', named: boolean, id: string, slug: string, names: { ar: string, en: string | null, ru: string | null } }
       | null, article: { id: string, slug: string, title: string, publishedAt: string | null } }>, events: Array<{ id: string, slug: string, kind: EventKind, title: string, occurredOn: string | null }> } | null };

export type ArticleByIdQueryVariables = Exact<{
  id: string;
}>;


export type ArticleByIdQuery = { article: { id: string, slug: string, title: string, titleDerived: boolean, language: Language, publishedAt: string | null, url: string | null, source: string | null, publisher: string | null, photoCredit: string | null, blocks: Array<{ index: number, kind: BlockKind, text: string }>, people: Array<{ id: string, slug: string, names: { ar: string, en: string | null, ru: string | null } }>, organizations: Array<{ id: string, slug: string, kind: OrganizationKind, names: { ar: string, en: string | null, ru: string | null } }>, places: Array<{ id: string, slug: string, kind: PlaceKind, iso2: string | null, names: { ar: string, en: string | null, ru: string | null } }>, statements: Array<{ id: string, text: string, direct: boolean, saidOn: string | null, provenance: Provenance, confidence: number, speaker:
        | { __typename: 'Organization', id: string, slug: string, kind: OrganizationKind, names: { ar: string, en: string | null, ru: string | null } }
        | { __typename: 'Person', named: boolean, id: string, slug: string, names: { ar: string, en: string | null, ru: string | null } }
      , article: { id: string, slug: string, title: string, publishedAt: string | null }, span: { blockIndex: number, start: number, end: number } }>, tradeFigures: Array<{ id: string, kind: TradeFigureKind, amount: string, currency: string, year: number | null, status: FigureStatus, text: string, provenance: Provenance, confidence: number, partners: Array<{ id: string, slug: string, kind: PlaceKind, iso2: string | null, names: { ar: string, en: string | null, ru: string | null } }>, source:
        | { __typename: 'Organization', id: string, slug: string, kind: OrganizationKind, names: { ar: string, en: string | null, ru: string | null } }
        | { __typename: 'Person', named: boolean, id: string, slug: string, names: { ar: string, en: string | null, ru: string | null } }
       | null, article: { id: string, slug: string, title: string, publishedAt: string | null } }>, events: Array<{ id: string, slug: string, kind: EventKind, title: string, occurredOn: string | null }> } | null };

export type ArticlesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ArticleFilter | null | undefined;
  orderBy?: ArticleOrder | null | undefined;
}>;


export type ArticlesQuery = { articles: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, slug: string, title: string, titleDerived: boolean, language: Language, publishedAt: string | null, url: string | null, source: string | null, publisher: string | null, photoCredit: string | null, people: Array<{ id: string, slug: string, names: { ar: string, en: string | null, ru: string | null } }> }> } };

export type PersonQueryVariables = Exact<{
  slug: string;
  statementsFirst?: number | null | undefined;
  statementsAfter?: string | null | undefined;
  articlesFirst?: number | null | undefined;
}>;


export type PersonQuery = { person: { aliases: Array<string>, id: string, slug: string, statements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, text: string, direct: boolean, saidOn: string | null, provenance: Provenance, confidence: number, speaker:
          | { __typename: 'Organization', id: string, slug: string, kind: OrganizationKind, names: { ar: string, en: string | null, ru: string | null } }
          | { __typename: 'Person', named: boolean, id: string, slug: string, names: { ar: string, en: string | null, ru: string | null } }
        , article: { id: string, slug: string, title: string, publishedAt: string | null }, span: { blockIndex: number, start: number, end: number } }> }, articles: { totalCount: number, nodes: Array<{ id: string, slug: string, title: string, titleDerived: boolean, language: Language, publishedAt: string | null, url: string | null, source: string | null, publisher: string | null, photoCredit: string | null }> }, roles: Array<{ title: string, startedOn: string | null, endedOn: string | null, titleAr: string, organization: { id: string, slug: string, kind: OrganizationKind, names: { ar: string, en: string | null, ru: string | null } } | null, country: { id: string, slug: string, kind: PlaceKind, iso2: string | null, names: { ar: string, en: string | null, ru: string | null } } | null }>, names: { ar: string, en: string | null, ru: string | null } } | null };

export type PeopleQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: PersonFilter | null | undefined;
}>;


export type PeopleQuery = { people: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, slug: string, names: { ar: string, en: string | null, ru: string | null } }> } };

export type StatementsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: StatementFilter | null | undefined;
}>;


export type StatementsQuery = { statements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, text: string, direct: boolean, saidOn: string | null, provenance: Provenance, confidence: number, speaker:
        | { __typename: 'Organization', id: string, slug: string, kind: OrganizationKind, names: { ar: string, en: string | null, ru: string | null } }
        | { __typename: 'Person', named: boolean, id: string, slug: string, names: { ar: string, en: string | null, ru: string | null } }
      , article: { id: string, slug: string, title: string, publishedAt: string | null }, span: { blockIndex: number, start: number, end: number } }> } };

export type TradeFiguresQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: TradeFigureFilter | null | undefined;
}>;


export type TradeFiguresQuery = { tradeFigures: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: TradeFigureKind, amount: string, currency: string, year: number | null, status: FigureStatus, text: string, provenance: Provenance, confidence: number, partners: Array<{ id: string, slug: string, kind: PlaceKind, iso2: string | null, names: { ar: string, en: string | null, ru: string | null } }>, source:
        | { __typename: 'Organization', id: string, slug: string, kind: OrganizationKind, names: { ar: string, en: string | null, ru: string | null } }
        | { __typename: 'Person', named: boolean, id: string, slug: string, names: { ar: string, en: string | null, ru: string | null } }
       | null, article: { id: string, slug: string, title: string, publishedAt: string | null } }> } };

export type NodeQueryVariables = Exact<{
  id: string;
}>;


export type NodeQuery = { node:
    | { __typename: 'Article', slug: string, title: string, language: Language, publishedAt: string | null, id: string }
    | { __typename: 'Event', slug: string, title: string, occurredOn: string | null, id: string, eventKind: EventKind }
    | { __typename: 'Organization', slug: string, id: string, organizationKind: OrganizationKind, names: { ar: string, en: string | null, ru: string | null } }
    | { __typename: 'Person', id: string, slug: string, names: { ar: string, en: string | null, ru: string | null } }
    | { __typename: 'Place', slug: string, iso2: string | null, id: string, placeKind: PlaceKind, names: { ar: string, en: string | null, ru: string | null } }
    | { __typename: 'Statement', id: string, text: string, direct: boolean, saidOn: string | null, provenance: Provenance, confidence: number, speaker:
        | { __typename: 'Organization', id: string, slug: string, kind: OrganizationKind, names: { ar: string, en: string | null, ru: string | null } }
        | { __typename: 'Person', named: boolean, id: string, slug: string, names: { ar: string, en: string | null, ru: string | null } }
      , article: { id: string, slug: string, title: string, publishedAt: string | null }, span: { blockIndex: number, start: number, end: number } }
    | { __typename: 'TradeFigure', id: string, kind: TradeFigureKind, amount: string, currency: string, year: number | null, status: FigureStatus, text: string, provenance: Provenance, confidence: number, partners: Array<{ id: string, slug: string, kind: PlaceKind, iso2: string | null, names: { ar: string, en: string | null, ru: string | null } }>, source:
        | { __typename: 'Organization', id: string, slug: string, kind: OrganizationKind, names: { ar: string, en: string | null, ru: string | null } }
        | { __typename: 'Person', named: boolean, id: string, slug: string, names: { ar: string, en: string | null, ru: string | null } }
       | null, article: { id: string, slug: string, title: string, publishedAt: string | null } }
   | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PageInfoFieldsFragmentDoc = new TypedDocumentString(`
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}
    `, {"fragmentName":"PageInfoFields"}) as unknown as TypedDocumentString<PageInfoFieldsFragment, unknown>;
export const ArticleSummaryFragmentDoc = new TypedDocumentString(`
    fragment ArticleSummary on Article {
  id
  slug
  title
  titleDerived
  language
  publishedAt
  url
  source
  publisher
  photoCredit
}
    `, {"fragmentName":"ArticleSummary"}) as unknown as TypedDocumentString<ArticleSummaryFragment, unknown>;
export const NamesFragmentDoc = new TypedDocumentString(`
    fragment Names on Named {
  names {
    ar
    en
    ru
  }
}
    `, {"fragmentName":"Names"}) as unknown as TypedDocumentString<NamesFragment, unknown>;
export const PersonSummaryFragmentDoc = new TypedDocumentString(`
    fragment PersonSummary on Person {
  id
  slug
  ...Names
}
    fragment Names on Named {
  names {
    ar
    en
    ru
  }
}`, {"fragmentName":"PersonSummary"}) as unknown as TypedDocumentString<PersonSummaryFragment, unknown>;
export const OrganizationSummaryFragmentDoc = new TypedDocumentString(`
    fragment OrganizationSummary on Organization {
  id
  slug
  kind
  ...Names
}
    fragment Names on Named {
  names {
    ar
    en
    ru
  }
}`, {"fragmentName":"OrganizationSummary"}) as unknown as TypedDocumentString<OrganizationSummaryFragment, unknown>;
export const PlaceSummaryFragmentDoc = new TypedDocumentString(`
    fragment PlaceSummary on Place {
  id
  slug
  kind
  iso2
  ...Names
}
    fragment Names on Named {
  names {
    ar
    en
    ru
  }
}`, {"fragmentName":"PlaceSummary"}) as unknown as TypedDocumentString<PlaceSummaryFragment, unknown>;
export const SpeakerFieldsFragmentDoc = new TypedDocumentString(`
    fragment SpeakerFields on Speaker {
  __typename
  ... on Person {
    ...PersonSummary
    named
  }
  ... on Organization {
    ...OrganizationSummary
  }
}
    fragment Names on Named {
  names {
    ar
    en
    ru
  }
}
fragment PersonSummary on Person {
  id
  slug
  ...Names
}
fragment OrganizationSummary on Organization {
  id
  slug
  kind
  ...Names
}`, {"fragmentName":"SpeakerFields"}) as unknown as TypedDocumentString<SpeakerFieldsFragment, unknown>;
export const StatementFieldsFragmentDoc = new TypedDocumentString(`
    fragment StatementFields on Statement {
  id
  text
  direct
  saidOn
  speaker {
    ...SpeakerFields
  }
  article {
    id
    slug
    title
    publishedAt
  }
  span {
    blockIndex
    start
    end
  }
  provenance
  confidence
}
    fragment Names on Named {
  names {
    ar
    en
    ru
  }
}
fragment PersonSummary on Person {
  id
  slug
  ...Names
}
fragment OrganizationSummary on Organization {
  id
  slug
  kind
  ...Names
}
fragment SpeakerFields on Speaker {
  __typename
  ... on Person {
    ...PersonSummary
    named
  }
  ... on Organization {
    ...OrganizationSummary
  }
}`, {"fragmentName":"StatementFields"}) as unknown as TypedDocumentString<StatementFieldsFragment, unknown>;
export const TradeFigureFieldsFragmentDoc = new TypedDocumentString(`
    fragment TradeFigureFields on TradeFigure {
  id
  kind
  amount
  currency
  year
  status
  text
  partners {
    ...PlaceSummary
  }
  source {
    ...SpeakerFields
  }
  article {
    id
    slug
    title
    publishedAt
  }
  provenance
  confidence
}
    fragment Names on Named {
  names {
    ar
    en
    ru
  }
}
fragment PersonSummary on Person {
  id
  slug
  ...Names
}
fragment OrganizationSummary on Organization {
  id
  slug
  kind
  ...Names
}
fragment PlaceSummary on Place {
  id
  slug
  kind
  iso2
  ...Names
}
fragment SpeakerFields on Speaker {
  __typename
  ... on Person {
    ...PersonSummary
    named
  }
  ... on Organization {
    ...OrganizationSummary
  }
}`, {"fragmentName":"TradeFigureFields"}) as unknown as TypedDocumentString<TradeFigureFieldsFragment, unknown>;
export const EventSummaryFragmentDoc = new TypedDocumentString(`
    fragment EventSummary on Event {
  id
  slug
  kind
  title
  occurredOn
}
    `, {"fragmentName":"EventSummary"}) as unknown as TypedDocumentString<EventSummaryFragment, unknown>;
export const ArticleFieldsFragmentDoc = new TypedDocumentString(`
    fragment ArticleFields on Article {
  ...ArticleSummary
  blocks {
    index
    kind
    text
  }
  people {
    ...PersonSummary
  }
  organizations {
    ...OrganizationSummary
  }
  places {
    ...PlaceSummary
  }
  statements {
    ...StatementFields
  }
  tradeFigures {
    ...TradeFigureFields
  }
  events {
    ...EventSummary
  }
}
    fragment Names on Named {
  names {
    ar
    en
    ru
  }
}
fragment PersonSummary on Person {
  id
  slug
  ...Names
}
fragment OrganizationSummary on Organization {
  id
  slug
  kind
  ...Names
}
fragment PlaceSummary on Place {
  id
  slug
  kind
  iso2
  ...Names
}
fragment SpeakerFields on Speaker {
  __typename
  ... on Person {
    ...PersonSummary
    named
  }
  ... on Organization {
    ...OrganizationSummary
  }
}
fragment ArticleSummary on Article {
  id
  slug
  title
  titleDerived
  language
  publishedAt
  url
  source
  publisher
  photoCredit
}
fragment StatementFields on Statement {
  id
  text
  direct
  saidOn
  speaker {
    ...SpeakerFields
  }
  article {
    id
    slug
    title
    publishedAt
  }
  span {
    blockIndex
    start
    end
  }
  provenance
  confidence
}
fragment TradeFigureFields on TradeFigure {
  id
  kind
  amount
  currency
  year
  status
  text
  partners {
    ...PlaceSummary
  }
  source {
    ...SpeakerFields
  }
  article {
    id
    slug
    title
    publishedAt
  }
  provenance
  confidence
}
fragment EventSummary on Event {
  id
  slug
  kind
  title
  occurredOn
}`, {"fragmentName":"ArticleFields"}) as unknown as TypedDocumentString<ArticleFieldsFragment, unknown>;
export const RoleFieldsFragmentDoc = new TypedDocumentString(`
    fragment RoleFields on Role {
  title
  titleAr: title(language: AR)
  organization {
    ...OrganizationSummary
  }
  country {
    ...PlaceSummary
  }
  startedOn
  endedOn
}
    fragment Names on Named {
  names {
    ar
    en
    ru
  }
}
fragment OrganizationSummary on Organization {
  id
  slug
  kind
  ...Names
}
fragment PlaceSummary on Place {
  id
  slug
  kind
  iso2
  ...Names
}`, {"fragmentName":"RoleFields"}) as unknown as TypedDocumentString<RoleFieldsFragment, unknown>;
export const PersonFieldsFragmentDoc = new TypedDocumentString(`
    fragment PersonFields on Person {
  ...PersonSummary
  aliases
  roles {
    ...RoleFields
  }
}
    fragment Names on Named {
  names {
    ar
    en
    ru
  }
}
fragment PersonSummary on Person {
  id
  slug
  ...Names
}
fragment OrganizationSummary on Organization {
  id
  slug
  kind
  ...Names
}
fragment PlaceSummary on Place {
  id
  slug
  kind
  iso2
  ...Names
}
fragment RoleFields on Role {
  title
  titleAr: title(language: AR)
  organization {
    ...OrganizationSummary
  }
  country {
    ...PlaceSummary
  }
  startedOn
  endedOn
}`, {"fragmentName":"PersonFields"}) as unknown as TypedDocumentString<PersonFieldsFragment, unknown>;
export const IngestArticleDocument = new TypedDocumentString(`
    mutation IngestArticle($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    status
    warnings
    article {
      ...ArticleFields
    }
  }
}
    fragment Names on Named {
  names {
    ar
    en
    ru
  }
}
fragment PersonSummary on Person {
  id
  slug
  ...Names
}
fragment OrganizationSummary on Organization {
  id
  slug
  kind
  ...Names
}
fragment PlaceSummary on Place {
  id
  slug
  kind
  iso2
  ...Names
}
fragment SpeakerFields on Speaker {
  __typename
  ... on Person {
    ...PersonSummary
    named
  }
  ... on Organization {
    ...OrganizationSummary
  }
}
fragment ArticleSummary on Article {
  id
  slug
  title
  titleDerived
  language
  publishedAt
  url
  source
  publisher
  photoCredit
}
fragment StatementFields on Statement {
  id
  text
  direct
  saidOn
  speaker {
    ...SpeakerFields
  }
  article {
    id
    slug
    title
    publishedAt
  }
  span {
    blockIndex
    start
    end
  }
  provenance
  confidence
}
fragment TradeFigureFields on TradeFigure {
  id
  kind
  amount
  currency
  year
  status
  text
  partners {
    ...PlaceSummary
  }
  source {
    ...SpeakerFields
  }
  article {
    id
    slug
    title
    publishedAt
  }
  provenance
  confidence
}
fragment EventSummary on Event {
  id
  slug
  kind
  title
  occurredOn
}
fragment ArticleFields on Article {
  ...ArticleSummary
  blocks {
    index
    kind
    text
  }
  people {
    ...PersonSummary
  }
  organizations {
    ...OrganizationSummary
  }
  places {
    ...PlaceSummary
  }
  statements {
    ...StatementFields
  }
  tradeFigures {
    ...TradeFigureFields
  }
  events {
    ...EventSummary
  }
}`) as unknown as TypedDocumentString<IngestArticleMutation, IngestArticleMutationVariables>;
export const ArticleBySlugDocument = new TypedDocumentString(`
    query ArticleBySlug($slug: String!) {
  article(slug: $slug) {
    ...ArticleFields
  }
}
    fragment Names on Named {
  names {
    ar
    en
    ru
  }
}
fragment PersonSummary on Person {
  id
  slug
  ...Names
}
fragment OrganizationSummary on Organization {
  id
  slug
  kind
  ...Names
}
fragment PlaceSummary on Place {
  id
  slug
  kind
  iso2
  ...Names
}
fragment SpeakerFields on Speaker {
  __typename
  ... on Person {
    ...PersonSummary
    named
  }
  ... on Organization {
    ...OrganizationSummary
  }
}
fragment ArticleSummary on Article {
  id
  slug
  title
  titleDerived
  language
  publishedAt
  url
  source
  publisher
  photoCredit
}
fragment StatementFields on Statement {
  id
  text
  direct
  saidOn
  speaker {
    ...SpeakerFields
  }
  article {
    id
    slug
    title
    publishedAt
  }
  span {
    blockIndex
    start
    end
  }
  provenance
  confidence
}
fragment TradeFigureFields on TradeFigure {
  id
  kind
  amount
  currency
  year
  status
  text
  partners {
    ...PlaceSummary
  }
  source {
    ...SpeakerFields
  }
  article {
    id
    slug
    title
    publishedAt
  }
  provenance
  confidence
}
fragment EventSummary on Event {
  id
  slug
  kind
  title
  occurredOn
}
fragment ArticleFields on Article {
  ...ArticleSummary
  blocks {
    index
    kind
    text
  }
  people {
    ...PersonSummary
  }
  organizations {
    ...OrganizationSummary
  }
  places {
    ...PlaceSummary
  }
  statements {
    ...StatementFields
  }
  tradeFigures {
    ...TradeFigureFields
  }
  events {
    ...EventSummary
  }
}`) as unknown as TypedDocumentString<ArticleBySlugQuery, ArticleBySlugQueryVariables>;
export const ArticleByIdDocument = new TypedDocumentString(`
    query ArticleById($id: ID!) {
  article(id: $id) {
    ...ArticleFields
  }
}
    fragment Names on Named {
  names {
    ar
    en
    ru
  }
}
fragment PersonSummary on Person {
  id
  slug
  ...Names
}
fragment OrganizationSummary on Organization {
  id
  slug
  kind
  ...Names
}
fragment PlaceSummary on Place {
  id
  slug
  kind
  iso2
  ...Names
}
fragment SpeakerFields on Speaker {
  __typename
  ... on Person {
    ...PersonSummary
    named
  }
  ... on Organization {
    ...OrganizationSummary
  }
}
fragment ArticleSummary on Article {
  id
  slug
  title
  titleDerived
  language
  publishedAt
  url
  source
  publisher
  photoCredit
}
fragment StatementFields on Statement {
  id
  text
  direct
  saidOn
  speaker {
    ...SpeakerFields
  }
  article {
    id
    slug
    title
    publishedAt
  }
  span {
    blockIndex
    start
    end
  }
  provenance
  confidence
}
fragment TradeFigureFields on TradeFigure {
  id
  kind
  amount
  currency
  year
  status
  text
  partners {
    ...PlaceSummary
  }
  source {
    ...SpeakerFields
  }
  article {
    id
    slug
    title
    publishedAt
  }
  provenance
  confidence
}
fragment EventSummary on Event {
  id
  slug
  kind
  title
  occurredOn
}
fragment ArticleFields on Article {
  ...ArticleSummary
  blocks {
    index
    kind
    text
  }
  people {
    ...PersonSummary
  }
  organizations {
    ...OrganizationSummary
  }
  places {
    ...PlaceSummary
  }
  statements {
    ...StatementFields
  }
  tradeFigures {
    ...TradeFigureFields
  }
  events {
    ...EventSummary
  }
}`) as unknown as TypedDocumentString<ArticleByIdQuery, ArticleByIdQueryVariables>;
export const ArticlesDocument = new TypedDocumentString(`
    query Articles($first: Int, $after: String, $filter: ArticleFilter, $orderBy: ArticleOrder) {
  articles(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...ArticleSummary
      people {
        ...PersonSummary
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}
fragment Names on Named {
  names {
    ar
    en
    ru
  }
}
fragment PersonSummary on Person {
  id
  slug
  ...Names
}
fragment ArticleSummary on Article {
  id
  slug
  title
  titleDerived
  language
  publishedAt
  url
  source
  publisher
  photoCredit
}`) as unknown as TypedDocumentString<ArticlesQuery, ArticlesQueryVariables>;
export const PersonDocument = new TypedDocumentString(`
    query Person($slug: String!, $statementsFirst: Int = 20, $statementsAfter: String, $articlesFirst: Int = 20) {
  person(slug: $slug) {
    ...PersonFields
    statements(first: $statementsFirst, after: $statementsAfter) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        ...StatementFields
      }
    }
    articles(first: $articlesFirst) {
      totalCount
      nodes {
        ...ArticleSummary
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}
fragment Names on Named {
  names {
    ar
    en
    ru
  }
}
fragment PersonSummary on Person {
  id
  slug
  ...Names
}
fragment OrganizationSummary on Organization {
  id
  slug
  kind
  ...Names
}
fragment PlaceSummary on Place {
  id
  slug
  kind
  iso2
  ...Names
}
fragment SpeakerFields on Speaker {
  __typename
  ... on Person {
    ...PersonSummary
    named
  }
  ... on Organization {
    ...OrganizationSummary
  }
}
fragment ArticleSummary on Article {
  id
  slug
  title
  titleDerived
  language
  publishedAt
  url
  source
  publisher
  photoCredit
}
fragment StatementFields on Statement {
  id
  text
  direct
  saidOn
  speaker {
    ...SpeakerFields
  }
  article {
    id
    slug
    title
    publishedAt
  }
  span {
    blockIndex
    start
    end
  }
  provenance
  confidence
}
fragment RoleFields on Role {
  title
  titleAr: title(language: AR)
  organization {
    ...OrganizationSummary
  }
  country {
    ...PlaceSummary
  }
  startedOn
  endedOn
}
fragment PersonFields on Person {
  ...PersonSummary
  aliases
  roles {
    ...RoleFields
  }
}`) as unknown as TypedDocumentString<PersonQuery, PersonQueryVariables>;
export const PeopleDocument = new TypedDocumentString(`
    query People($first: Int, $after: String, $filter: PersonFilter) {
  people(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...PersonSummary
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}
fragment Names on Named {
  names {
    ar
    en
    ru
  }
}
fragment PersonSummary on Person {
  id
  slug
  ...Names
}`) as unknown as TypedDocumentString<PeopleQuery, PeopleQueryVariables>;
export const StatementsDocument = new TypedDocumentString(`
    query Statements($first: Int, $after: String, $filter: StatementFilter) {
  statements(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...StatementFields
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}
fragment Names on Named {
  names {
    ar
    en
    ru
  }
}
fragment PersonSummary on Person {
  id
  slug
  ...Names
}
fragment OrganizationSummary on Organization {
  id
  slug
  kind
  ...Names
}
fragment SpeakerFields on Speaker {
  __typename
  ... on Person {
    ...PersonSummary
    named
  }
  ... on Organization {
    ...OrganizationSummary
  }
}
fragment StatementFields on Statement {
  id
  text
  direct
  saidOn
  speaker {
    ...SpeakerFields
  }
  article {
    id
    slug
    title
    publishedAt
  }
  span {
    blockIndex
    start
    end
  }
  provenance
  confidence
}`) as unknown as TypedDocumentString<StatementsQuery, StatementsQueryVariables>;
export const TradeFiguresDocument = new TypedDocumentString(`
    query TradeFigures($first: Int, $after: String, $filter: TradeFigureFilter) {
  tradeFigures(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...TradeFigureFields
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  endCursor
}
fragment Names on Named {
  names {
    ar
    en
    ru
  }
}
fragment PersonSummary on Person {
  id
  slug
  ...Names
}
fragment OrganizationSummary on Organization {
  id
  slug
  kind
  ...Names
}
fragment PlaceSummary on Place {
  id
  slug
  kind
  iso2
  ...Names
}
fragment SpeakerFields on Speaker {
  __typename
  ... on Person {
    ...PersonSummary
    named
  }
  ... on Organization {
    ...OrganizationSummary
  }
}
fragment TradeFigureFields on TradeFigure {
  id
  kind
  amount
  currency
  year
  status
  text
  partners {
    ...PlaceSummary
  }
  source {
    ...SpeakerFields
  }
  article {
    id
    slug
    title
    publishedAt
  }
  provenance
  confidence
}`) as unknown as TypedDocumentString<TradeFiguresQuery, TradeFiguresQueryVariables>;
export const NodeDocument = new TypedDocumentString(`
    query Node($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Article {
      slug
      title
      language
      publishedAt
    }
    ... on Person {
      ...PersonSummary
    }
    ... on Organization {
      slug
      organizationKind: kind
      ...Names
    }
    ... on Place {
      slug
      placeKind: kind
      iso2
      ...Names
    }
    ... on Statement {
      ...StatementFields
    }
    ... on TradeFigure {
      ...TradeFigureFields
    }
    ... on Event {
      slug
      eventKind: kind
      title
      occurredOn
    }
  }
}
    fragment Names on Named {
  names {
    ar
    en
    ru
  }
}
fragment PersonSummary on Person {
  id
  slug
  ...Names
}
fragment OrganizationSummary on Organization {
  id
  slug
  kind
  ...Names
}
fragment PlaceSummary on Place {
  id
  slug
  kind
  iso2
  ...Names
}
fragment SpeakerFields on Speaker {
  __typename
  ... on Person {
    ...PersonSummary
    named
  }
  ... on Organization {
    ...OrganizationSummary
  }
}
fragment StatementFields on Statement {
  id
  text
  direct
  saidOn
  speaker {
    ...SpeakerFields
  }
  article {
    id
    slug
    title
    publishedAt
  }
  span {
    blockIndex
    start
    end
  }
  provenance
  confidence
}
fragment TradeFigureFields on TradeFigure {
  id
  kind
  amount
  currency
  year
  status
  text
  partners {
    ...PlaceSummary
  }
  source {
    ...SpeakerFields
  }
  article {
    id
    slug
    title
    publishedAt
  }
  provenance
  confidence
}`) as unknown as TypedDocumentString<NodeQuery, NodeQueryVariables>;