// @khabar/sdk: a typed client for the Khabar GraphQL API.
export {
  createKhabarClient,
  type IngestOptions,
  type KhabarClient,
  type KhabarClientOptions,
} from './client.js';
export {
  type GraphQLErrorEntry,
  KhabarError,
  KhabarGraphQLError,
  KhabarHttpError,
  KhabarNetworkError,
} from './errors.js';
// Every operation as a typed document, and every result, fragment, input and enum type.
export * from './gql/graphql.js';
export { followCursors, maxPageSize, type Page, type PaginateOptions } from './paginate.js';
export type { Document, RequestArgs, RequestOptions } from './transport.js';
