// createKhabarClient: typed requests for any document, ready-made calls for the common
// pages of a front end, and cursor-following iterators.
import {
  ArticleByIdDocument,
  ArticleBySlugDocument,
  type ArticleFieldsFragment,
  ArticlesDocument,
  type ArticlesQuery,
  type ArticlesQueryVariables,
  IngestArticleDocument,
  type IngestArticleInput,
  type IngestArticleMutation,
  NodeDocument,
  type NodeQuery,
  PeopleDocument,
  type PeopleQuery,
  type PeopleQueryVariables,
  PersonDocument,
  type PersonQuery,
  type PersonQueryVariables,
  type StatementFilter,
  StatementsDocument,
  type StatementsQuery,
  type StatementsQueryVariables,
  type TradeFigureFieldsFragment,
  type TradeFigureFilter,
  TradeFiguresDocument,
  type TradeFiguresQuery,
  type TradeFiguresQueryVariables,
} from './gql/graphql.js';
import { followCursors, type Page, type PaginateOptions } from './paginate.js';
import {
  type Document,
  documentText,
  type RequestArgs,
  type RequestOptions,
  send,
  type TransportConfig,
} from './transport.js';

export interface KhabarClientOptions {
  /** The GraphQL endpoint, e.g. "http://localhost:4000/graphql". */
  url: string;
  /** Sent as `Authorization: Bearer <apiKey>` (needed for mutations such as ingestArticle). */
  apiKey?: string;
  /** Headers added to every request. */
  headers?: Record<string, string>;
  /** A fetch implementation; defaults to the global one (Node 22+, browsers). */
  fetch?: typeof globalThis.fetch;
  /** Aborts every request of this client. */
  signal?: AbortSignal;
}

type Without<T, K extends keyof T> = Omit<T, K>;

export interface IngestOptions extends RequestOptions {
  /** An editor key for this call alone (instead of the client's `apiKey`). */
  apiKey?: string;
}

export function createKhabarClient(options: KhabarClientOptions) {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function')
    throw new TypeError('no fetch available: pass options.fetch');
  const transport: TransportConfig = {
    url: options.url,
    fetch: fetchImpl.bind(globalThis),
    signal: options.signal,
    headers: {
      ...options.headers,
      ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
    },
  };

  /** Runs any typed document (the SDK's or your own) and returns its typed data. */
  function request<TResult, TVariables>(
    document: Document<TResult, TVariables>,
    ...[variables, requestOptions]: RequestArgs<TVariables>
  ): Promise<TResult> {
    return send<TResult>(transport, documentText(document), variables, requestOptions);
  }

  /**
   * Iterates over every node of any connection: `pick` finds the connection in the result;
   * `first` and `after` are set for you.
   */
  function paginateConnection<
    TResult,
    TVariables extends { first?: number | null; after?: string | null },
    TNode,
  >(
    document: Document<TResult, TVariables>,
    variables: Without<TVariables, 'first' | 'after'>,
    pick: (result: TResult) => Page<TNode> | null | undefined,
    paginateOptions?: PaginateOptions & RequestOptions,
  ): AsyncGenerator<TNode, void, undefined> {
    const query = documentText(document);
    return followCursors(
      async (first, after) =>
        pick(
          await send<TResult>(transport, query, { ...variables, first, after }, paginateOptions),
        ),
      paginateOptions,
    );
  }

  const paginate = Object.assign(paginateConnection, {
    articles: (
      variables: Without<ArticlesQueryVariables, 'first' | 'after'> = {},
      paginateOptions?: PaginateOptions & RequestOptions,
    ) =>
      paginateConnection(
        ArticlesDocument,
        variables,
        (r: ArticlesQuery) => r.articles,
        paginateOptions,
      ),
    people: (
      variables: Without<PeopleQueryVariables, 'first' | 'after'> = {},
      paginateOptions?: PaginateOptions & RequestOptions,
    ) =>
      paginateConnection(PeopleDocument, variables, (r: PeopleQuery) => r.people, paginateOptions),
    statements: (
      variables: Without<StatementsQueryVariables, 'first' | 'after'> = {},
      paginateOptions?: PaginateOptions & RequestOptions,
    ) =>
      paginateConnection(
        StatementsDocument,
        variables,
        (r: StatementsQuery) => r.statements,
        paginateOptions,
      ),
    tradeFigures: (
      variables: Without<TradeFiguresQueryVariables, 'first' | 'after'> = {},
      paginateOptions?: PaginateOptions & RequestOptions,
    ) =>
      paginateConnection(
        TradeFiguresDocument,
        variables,
        (r: TradeFiguresQuery) => r.tradeFigures,
        paginateOptions,
      ),
  });

  return {
    request,
    paginate,

    /** One article with its body and every fact found in it; null when there is none. */
    async article(
      key: { slug: string } | { id: string },
      requestOptions?: RequestOptions,
    ): Promise<ArticleFieldsFragment | null> {
      const result =
        'slug' in key
          ? await request(ArticleBySlugDocument, { slug: key.slug }, requestOptions)
          : await request(ArticleByIdDocument, { id: key.id }, requestOptions);
      return result.article;
    },

    /** A page of articles (newest first unless `orderBy` says otherwise). */
    async articles(
      variables: ArticlesQueryVariables = {},
      requestOptions?: RequestOptions,
    ): Promise<ArticlesQuery['articles']> {
      return (await request(ArticlesDocument, variables, requestOptions)).articles;
    },

    /** A person with roles, a page of statements and of articles; null when unknown. */
    async person(
      slug: string,
      variables: Without<PersonQueryVariables, 'slug'> = {},
      requestOptions?: RequestOptions,
    ): Promise<PersonQuery['person']> {
      return (await request(PersonDocument, { slug, ...variables }, requestOptions)).person;
    },

    /** A page of people, e.g. `{ filter: { name: "لافروف" } }`. */
    async people(
      variables: PeopleQueryVariables = {},
      requestOptions?: RequestOptions,
    ): Promise<PeopleQuery['people']> {
      return (await request(PeopleDocument, variables, requestOptions)).people;
    },

    /** A page of statements of one speaker (a person or an organization slug). */
    async statementsBySpeaker(
      speaker: string,
      variables: {
        first?: number;
        after?: string;
        filter?: Without<StatementFilter, 'speaker'>;
      } = {},
      requestOptions?: RequestOptions,
    ): Promise<StatementsQuery['statements']> {
      const { filter, ...page } = variables;
      return (
        await request(
          StatementsDocument,
          { ...page, filter: { ...filter, speaker } },
          requestOptions,
        )
      ).statements;
    },

    /** A page of statements with any filter. */
    async statements(
      variables: StatementsQueryVariables = {},
      requestOptions?: RequestOptions,
    ): Promise<StatementsQuery['statements']> {
      return (await request(StatementsDocument, variables, requestOptions)).statements;
    },

    /** A page of money figures with any filter. */
    async tradeFigures(
      variables: TradeFiguresQueryVariables = {},
      requestOptions?: RequestOptions,
    ): Promise<TradeFiguresQuery['tradeFigures']> {
      return (await request(TradeFiguresDocument, variables, requestOptions)).tradeFigures;
    },

    /**
     * Every trade-volume figure between two countries (ISO codes), oldest year first,
     * all pages fetched: e.g. `tradeSeries(["RU", "AZ"], { yearFrom: 2020 })`.
     */
    async tradeSeries(
      partners: [string, string],
      filter: Without<TradeFigureFilter, 'partners'> = {},
      requestOptions?: RequestOptions,
    ): Promise<TradeFigureFieldsFragment[]> {
      const figures: TradeFigureFieldsFragment[] = [];
      const all = paginate.tradeFigures(
        { filter: { kind: 'TRADE_VOLUME', ...filter, partners } },
        { pageSize: 100, ...requestOptions },
      );
      for await (const figure of all) figures.push(figure);
      return figures;
    },

    /**
     * Stores an article from its raw Arabic text, extracting its people, quotes and figures.
     * Needs an editor key (the client's `apiKey` or `{ apiKey }` here): without one the API
     * answers `UNAUTHENTICATED`, with a reader key `FORBIDDEN` (a KhabarGraphQLError).
     */
    async ingestArticle(
      input: IngestArticleInput,
      ingestOptions: IngestOptions = {},
    ): Promise<IngestArticleMutation['ingestArticle']> {
      const { apiKey, ...requestOptions } = ingestOptions;
      const headers = apiKey
        ? { ...requestOptions.headers, authorization: `Bearer ${apiKey}` }
        : requestOptions.headers;
      return (await request(IngestArticleDocument, { input }, { ...requestOptions, headers }))
        .ingestArticle;
    },

    /** Any object by its global ID; null when there is none. */
    async node(id: string, requestOptions?: RequestOptions): Promise<NodeQuery['node']> {
      return (await request(NodeDocument, { id }, requestOptions)).node;
    },
  };
}

export type KhabarClient = ReturnType<typeof createKhabarClient>;
