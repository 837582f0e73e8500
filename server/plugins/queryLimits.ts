// What one request may ask of the server, checked before anything executes: the shape of
// the document (GraphQL Armor: depth, aliases, tokens, directives, field suggestions) and
// its cost (graphql-query-complexity, with lists multiplied by their size). The figures and
// the reasons for them are in docs/api.md.
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import {
  type GraphQLError,
  type GraphQLField,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  NoSchemaIntrospectionCustomRule,
} from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { defaultPageSize } from '../schema/pagination.js';

export interface QueryLimits {
  /** Deepest field nesting (fragments flattened). */
  maxDepth: number;
  /** Aliases in one document. */
  maxAliases: number;
  /** Lexical tokens in one document. */
  maxTokens: number;
  /** Directives in one document. */
  maxDirectives: number;
  /** Largest cost of one operation (see costOf). */
  maxCost: number;
  /** Largest JSON answer, in bytes. */
  maxResponseBytes: number;
  /** Longest execution, in milliseconds; the operation is stopped after it. */
  executionTimeoutMs: number;
  /** "Did you mean …?" hints in validation errors (they reveal the schema). */
  fieldSuggestions: boolean;
  /** Schema introspection (the playground's docs and autocompletion need it). */
  introspection: boolean;
}

export const defaultQueryLimits: QueryLimits = {
  maxDepth: 10,
  maxAliases: 30,
  maxTokens: 2_000,
  maxDirectives: 50,
  maxCost: 50_000,
  maxResponseBytes: 8 * 1024 * 1024,
  executionTimeoutMs: 15_000,
  fieldSuggestions: process.env.NODE_ENV !== 'production',
  introspection: true,
};

/**
 * The size assumed for a list without `first`/`last`: the most items the extraction
 * stores for one article, or a bound the schema keeps (a person's roles).
 */
const listSizes: Record<string, number> = {
  'Article.blocks': 60,
  'Article.mentions': 60,
  'Article.statements': 30,
  'Article.people': 20,
  'Article.organizations': 20,
  'Article.places': 20,
  'Article.tradeFigures': 20,
  'Article.events': 10,
  'Article.translations': 3,
  'Event.articles': 10,
  'Event.participants': 10,
  'Event.places': 10,
  'TradeFigure.partners': 2,
};
const defaultListSize = 10;

function isConnectionField(field: GraphQLField<unknown, unknown>): boolean {
  return getNamedType(field.type).name.endsWith('Connection');
}

/** How many times a field's selection is resolved. */
function multiplierOf(
  parentType: string,
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
): number {
  if (typeof args.first === 'number') return args.first;
  if (typeof args.last === 'number') return args.last;
  if (Array.isArray(args.ids)) return args.ids.length;
  if (isConnectionField(field)) return defaultPageSize;
  // A connection's nodes and edges: its first/last already multiplied them.
  if (parentType.endsWith('Connection')) return 1;
  if (isListType(getNullableType(field.type))) {
    return listSizes[`${parentType}.${field.name}`] ?? defaultListSize;
  }
  return 1;
}

/**
 * The cost of a field: 1 for each object it returns (leaves are free), times its list size,
 * plus the cost of its selection for each of them. Roughly the number of objects the
 * answer can hold, as GitHub counts nodes.
 */
const estimateCost: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const own = isLeafType(getNamedType(field.type)) ? 0 : 1;
  return multiplierOf(type.name, field, args) * (own + childComplexity);
};

export const limitError = (code: string, message: string, extra: Record<string, unknown> = {}) =>
  createGraphQLError(message, { extensions: { code, ...extra } });

/** Gives Armor's refusals a code a client can branch on. */
const coded =
  (code: string): GraphQLArmorRejectCallback =>
  (_context, error: GraphQLError) => {
    Object.assign(error.extensions as Record<string, unknown>, { code });
  };

/** Depth, aliases, tokens, directives and field suggestions, checked in parse and validation. */
export function useDocumentLimits(limits: QueryLimits): Plugin[] {
  const armor = new EnvelopArmor({
    maxDepth: {
      n: limits.maxDepth,
      flattenFragments: true,
      onReject: [coded('QUERY_TOO_DEEP')],
    },
    maxAliases: { n: limits.maxAliases, onReject: [coded('TOO_MANY_ALIASES')] },
    maxTokens: { n: limits.maxTokens, onReject: [coded('TOO_MANY_TOKENS')] },
    maxDirectives: { n: limits.maxDirectives, onReject: [coded('TOO_MANY_DIRECTIVES')] },
    // Cost is ours (lists multiplied by their size), not Armor's flat count.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: !limits.fieldSuggestions },
  });
  const plugins: Plugin[] = armor.protect().plugins as Plugin[];
  if (!limits.introspection) {
    plugins.push({
      onValidate: ({ addValidationRule }) => addValidationRule(NoSchemaIntrospectionCustomRule),
    });
  }
  return plugins;
}

/** The cost of an operation with its variables, or the reason it cannot be computed. */
export function costOf(
  args: Parameters<typeof getComplexity>[0] extends infer O ? Omit<O, 'estimators'> : never,
): number {
  return getComplexity({ ...args, estimators: [estimateCost] });
}
