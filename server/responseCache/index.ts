// The response cache (docs/api.md, Caching): whole answers to queries, kept until an ingest or
// a delete touches one of their entities, or until their TTL. Built on
// @graphql-yoga/plugin-response-cache with three changes:
// - Answers are looked up when execution starts, not when the request arrives, so that a
//   cached answer still passes the document limits and pays its cost against the rate limit
//   (useQueryBudget runs first and adds `extensions.cost` to hits as to misses).
// - Lists: an answer is also indexed under `Query.<field>` for each root list it holds (and
//   each root look-up that found nothing), so that a new article invalidates the lists and
//   the empty look-ups it could appear in, not every answer that names an article. A list
//   narrowed to one entity by its filter (`statements(filter: { speaker })`, `articles(filter:
//   { person })`) is indexed under that entity's slug instead: only a change that touches
//   the entity invalidates it.
// - Mutations invalidate explicitly and wait for it (ingestArticle, deleteArticle: the
//   entities before and after the write), rather than from the entities in their payload.
// - Each answer is kept with the cost it was charged and its operation's name, so that the
//   front door (frontDoor.ts) can answer a hit before Yoga and still charge it.
import { createHash } from 'node:crypto';
import { useResponseCache } from '@graphql-yoga/plugin-response-cache';
import {
  type DocumentNode,
  type ExecutionResult,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  getOperationAST,
  isAbstractType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  valueFromAST,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { PrismaClient } from '../db/client.js';
import { idOfType } from '../schema/globalId.js';
import { articleIdAtUrl, type CacheEntity, entitiesOfArticle } from './articleEntities.js';
import { BoundedMap } from './boundedMap.js';
import { createMemoryStore, createRedisStore } from './stores.js';

export interface ResponseCacheSettings {
  /** How long an answer is kept at most, when nothing invalidates it before (ms). */
  ttlMs: number;
  /** How many answers the in-memory store keeps, the least recently used going first. */
  maxAnswers?: number;
  /** Prefix of the Redis keys (one per deployment, or per test run). */
  keyPrefix?: string;
}

export const defaultResponseCacheTtlMs = 60_000;
/**
 * Answers kept in memory: the pages a news site's readers keep asking for (front pages,
 * people, speakers, single articles) are thousands, not hundreds; most answers are a few KB.
 */
export const defaultMaxCachedAnswers = 5000;

/** The longest `max-age` an anonymous GET answer gets, whatever the TTL (as GitHub: 60 s). */
const maxPublicAgeSeconds = 60;

/** An ingest or a delete in progress: what the article touched before it, kept to invalidate. */
export interface ArticleChange {
  /** After the write committed: invalidates the entities before and after it, and their lists. */
  commit(articleIdAfter: number | null): Promise<void>;
}

export interface ResponseCacheInvalidation {
  /** Read before a write; `url` finds the article an ingest would update. */
  articleChange(
    prisma: PrismaClient,
    article: { id: number } | { url: string | null },
  ): Promise<ArticleChange>;
}

/** A whole answer ready to send: its `data` as JSON and the cost it was charged. */
export interface CachedAnswer {
  dataJson: string;
  cost: number;
  /** The name of the operation it answers, for the request log. */
  operation: string | null;
}

/** What the store keeps of an answer. */
type StoredAnswer = ExecutionResult & { operation?: string | null };

/** What a request asks, as its JSON body gives it. */
export interface QueryParams {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

export interface ResponseCache {
  plugins: Plugin[];
  invalidation: ResponseCacheInvalidation;
  /** The answer cached under this key (responseCacheKey), if any: the front door's look-up. */
  answerOf(key: string): Promise<CachedAnswer | null>;
  /**
   * Settles once the answer written under this key since the last call, if any, is written
   * (or refused as stale); false when none was.
   */
  answerWritten(key: string): Promise<boolean>;
}

/** The key of an answer: what the query asks, whoever asks it. */
export function responseCacheKey({ query, operationName, variables }: QueryParams): string {
  return createHash('sha256')
    .update(`${query}|${operationName ?? ''}|${JSON.stringify(variables ?? {})}`)
    .digest('base64url');
}

type RootFieldKind = 'list' | 'lookup' | 'nodeList';
interface RootField {
  responseKey: string;
  fieldName: string;
  kind: RootFieldKind;
  /** A list whose filter names one entity by slug: indexed under that slug alone. */
  narrowedTo?: CacheEntity;
}

/**
 * Root lists narrowed to the entities one filter field names, by field and filter field:
 * whatever the other conditions, such a list changes only when that entity is touched.
 */
const narrowingFilters: Record<string, Record<string, readonly string[]>> = {
  articles: { person: ['Person'], organization: ['Organization'], place: ['Place'] },
  statements: { speaker: ['Person', 'Organization'], article: ['Article'] },
};
const narrowedTypename = (field: string, filter: string) => `Query.${field}(${filter})`;
/** Longer than any slug Khabar makes (an unnamed speaker's holds its article's). */
const maxNarrowingSlugLength = 400;

const noChange: ArticleChange = { commit: async () => {} };

/** No cache: mutations have nothing to invalidate; answers still get HTTP caching headers. */
export function withoutResponseCache(): ResponseCache {
  return {
    plugins: [useHttpCaching(null)],
    invalidation: { articleChange: async () => noChange },
    answerOf: async () => null,
    answerWritten: async () => false,
  };
}

export function createResponseCache(
  schema: GraphQLSchema,
  settings: ResponseCacheSettings,
  redisUrl?: string,
): ResponseCache {
  const ttlMs = settings.ttlMs > 0 ? settings.ttlMs : defaultResponseCacheTtlMs;
  const store = redisUrl
    ? createRedisStore(redisUrl, settings.keyPrefix)
    : createMemoryStore(settings.maxAnswers ?? defaultMaxCachedAnswers);
  const executingQueries = new WeakSet<object>();
  const keyByContext = new WeakMap<object, string>();
  // Both are written when a query starts and read when its answer is stored; bounded, since
  // an answer that is not stored (errors, a refusal) never reads its entry. A lost entry
  // means the answer is not stored: never a stale one.
  const queryByKey = new BoundedMap<string, { rootFields: RootField[]; operation: string | null }>(
    10_000,
  );
  const epochByKey = new BoundedMap<string, string>(10_000);
  const listFields = listFieldsByType(schema);
  // Answers written to the store (or being written), by key, until the front door asks:
  // its waiting requests read the store again once their leader's answer is in it. Kept
  // after the write settles, since an in-memory write settles before the response closes.
  const writes = new BoundedMap<string, Promise<void>>(10_000);

  const cache = {
    async get(key: string) {
      const { result, epoch } = await store.get(key);
      if (result === null && epoch !== null) {
        // Two identical queries at once: keep the older epoch, so neither stores a stale answer.
        const known = epochByKey.get(key);
        if (known === undefined || Number(epoch) < Number(known)) epochByKey.set(key, epoch);
      }
      // The data alone: useQueryBudget adds this request's cost and budget.
      return result && { data: result.data };
    },
    set(key: string, result: ExecutionResult, entities: Iterable<CacheEntity>, ttl: number) {
      const write = storeAnswer(key, result, entities, ttl);
      write.catch(() => {}); // awaited, and its failure ignored, by answerWritten
      writes.set(key, write);
      return write;
    },
    invalidate: (entities: Iterable<CacheEntity>) => store.invalidate([...entities]),
  };

  async function storeAnswer(
    key: string,
    result: ExecutionResult,
    entities: Iterable<CacheEntity>,
    ttl: number,
  ) {
    const epoch = epochByKey.take(key);
    const query = queryByKey.take(key);
    if (epoch === undefined || query === undefined || !result.data) return;
    const lists = listEntitiesOf(query.rootFields, result.data);
    // The data, the cost the query was charged and its operation's name, for the front
    // door, which charges the cost again; the rate limit and headers belong to each request.
    const cost = result.extensions?.cost;
    const answer: StoredAnswer = {
      data: result.data,
      ...(cost ? { extensions: { cost } } : {}),
      operation: query.operation,
    };
    await store.setUnlessStale(key, answer, [...entities, ...lists], ttl, epoch);
  }

  // Marks the queries the cache may answer, when execution starts (after the budget).
  const gate: Plugin = {
    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== 'query') return;
      const context = args.contextValue as object;
      const key = keyByContext.get(context);
      if (key === undefined) return;
      queryByKey.set(key, {
        rootFields: rootFieldsOf(operation, args.document, schema, args.variableValues ?? {}),
        operation: operation.name?.value ?? null,
      });
      executingQueries.add(context);
    },
  };

  const responseCache = useResponseCache<object>({
    cache,
    ttl: ttlMs,
    // Reads do not depend on the API key (it only gates mutations): one answer serves all.
    session: () => null,
    // False when Yoga asks at the request's arrival (its early look-up and its 304): those
    // would skip the rate limit. True once execution of a query starts.
    enabled: (_request, context) => executingQueries.has(context),
    invalidateViaMutation: false,
    includeExtensionMetadata: false,
    // Yoga builds the key once, from the request's parameters (documentString is the query
    // text as sent), as the front door does.
    buildResponseCacheKey: ({ documentString, operationName, variableValues, context }) => {
      const key = responseCacheKey({
        query: documentString,
        operationName,
        variables: variableValues as Record<string, unknown> | undefined,
      });
      keyByContext.set(context as object, key);
      return key;
    },
  });

  const closeStore: Plugin = { onDispose: () => store.close() };
  // The in-memory store hands back the object it keeps: each answer is serialised once.
  const dataJsonOf = new WeakMap<object, string>();

  return {
    plugins: [gate, responseCache, useHttpCaching(ttlMs), closeStore],
    async answerOf(key) {
      const result = (await store.get(key)).result as StoredAnswer | null;
      const cost = (result?.extensions?.cost as { requested?: unknown } | undefined)?.requested;
      if (!result?.data || typeof cost !== 'number') return null;
      let dataJson = dataJsonOf.get(result.data);
      if (dataJson === undefined) {
        dataJson = JSON.stringify(result.data);
        dataJsonOf.set(result.data, dataJson);
      }
      return { dataJson, cost, operation: result.operation ?? null };
    },
    async answerWritten(key) {
      const write = writes.take(key);
      await write?.catch(() => {});
      return write !== undefined;
    },
    invalidation: {
      async articleChange(prisma, article) {
        const idBefore = 'id' in article ? article.id : await articleIdAtUrl(prisma, article.url);
        const before = idBefore === null ? [] : await entitiesOfArticle(prisma, idBefore);
        // Read now: a delete may take some of these entities, and their slugs, with it.
        const narrowedBefore = await narrowedListsOf(prisma, before);
        return {
          async commit(idAfter) {
            const after = idAfter === null ? [] : await entitiesOfArticle(prisma, idAfter);
            const touched = [...before, ...after];
            const types = new Set(touched.map((entity) => entity.typename));
            const lists = new Set(listFields.always);
            for (const type of types)
              for (const field of listFields.byType.get(type) ?? []) lists.add(field);
            await store.invalidate([
              ...touched,
              ...[...lists].map((typename) => ({ typename })),
              ...narrowedBefore,
              ...(await narrowedListsOf(prisma, after)),
            ]);
          },
        };
      },
    },
  };
}

/**
 * Cache-Control and a weak ETag (a hash of `data`, since `extensions` differ per caller) on
 * every query answered over GET, and 304 Not Modified when If-None-Match names it.
 * `ttlMs` null: no server cache, so no `max-age` either.
 */
function useHttpCaching(ttlMs: number | null): Plugin {
  const queryRequests = new WeakSet<Request>();
  const varied = new WeakSet<Request>();
  const maxAge = ttlMs === null ? 0 : Math.min(maxPublicAgeSeconds, Math.floor(ttlMs / 1000));
  return {
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      const operation = getOperationAST(args.document, args.operationName);
      if (request && operation?.operation === 'query') queryRequests.add(request);
    },
    onResultProcess({ request, result, setResult, setResultProcessor }) {
      if (Array.isArray(result) || !('data' in result || 'errors' in result)) return;
      const single = result as ExecutionResult;
      const http = { ...(single.extensions?.http as { headers?: Record<string, string> }) };
      // The plugin's own ETag names the query, not the answer: it would survive a change.
      const { ETag: _etag, 'Last-Modified': _modified, ...headers } = http.headers ?? {};
      const cacheable =
        request.method === 'GET' &&
        queryRequests.has(request) &&
        !single.errors?.length &&
        single.data != null;
      if (!cacheable) {
        headers['Cache-Control'] = 'no-store';
      } else {
        const hash = createHash('sha256').update(JSON.stringify(single.data));
        const etag = `W/"${hash.digest('base64url').slice(0, 32)}"`;
        headers.ETag = etag;
        headers['Cache-Control'] = request.headers.has('authorization')
          ? 'private, no-cache'
          : maxAge > 0
            ? `public, max-age=${maxAge}`
            : 'public, no-cache';
        varied.add(request);
        if (ifNoneMatchNames(request.headers.get('if-none-match'), etag)) {
          const notModified = { ...headers };
          setResultProcessor(
            () => new Response(null, { status: 304, headers: notModified }),
            '*/*',
          );
          return;
        }
      }
      setResult({ ...single, extensions: { ...single.extensions, http: { ...http, headers } } });
    },
    // Added last, since CORS sets its own Vary (Origin) over whatever the answer had.
    onResponse({ request, response }) {
      if (!varied.has(request)) return;
      const vary = new Set(
        (response.headers.get('vary') ?? '').split(',').map((name) => name.trim()),
      );
      for (const name of ['Accept', 'Authorization']) vary.add(name);
      vary.delete('');
      response.headers.set('Vary', [...vary].join(', '));
    },
  };
}

function ifNoneMatchNames(header: string | null, etag: string): boolean {
  if (!header) return false;
  const strip = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || strip(tag) === strip(etag));
}

/** The narrowed lists the entities of a change appear in, by their slugs. */
async function narrowedListsOf(
  prisma: PrismaClient,
  entities: readonly CacheEntity[],
): Promise<CacheEntity[]> {
  const idsOf = (typename: string) =>
    entities.flatMap((e) => (e.typename === typename && e.id ? [idOfType(e.id, typename)] : []));
  const slugs = async (
    typename: string,
    find: (args: {
      where: { id: { in: number[] } };
      select: { slug: true };
    }) => Promise<{ slug: string }[]>,
  ) => {
    const ids = idsOf(typename);
    return ids.length ? find({ where: { id: { in: ids } }, select: { slug: true } }) : [];
  };
  const [people, organizations, places, articles] = await Promise.all([
    slugs('Person', (args) => prisma.person.findMany(args)),
    slugs('Organization', (args) => prisma.organization.findMany(args)),
    slugs('Place', (args) => prisma.place.findMany(args)),
    slugs('Article', (args) => prisma.article.findMany(args)),
  ]);
  const slugsByType = new Map([
    ['Person', people],
    ['Organization', organizations],
    ['Place', places],
    ['Article', articles],
  ]);
  const lists: CacheEntity[] = [];
  for (const [field, filters] of Object.entries(narrowingFilters))
    for (const [filter, types] of Object.entries(filters))
      for (const type of types)
        for (const row of slugsByType.get(type) ?? [])
          lists.push({ typename: narrowedTypename(field, filter), id: row.slug });
  return lists;
}

/** The filter field that narrows a root list to one entity, with that entity's slug. */
function narrowingOf(
  fieldName: string,
  node: FieldNode,
  field: GraphQLField<unknown, unknown>,
  variables: Record<string, unknown>,
): CacheEntity | undefined {
  const filters = narrowingFilters[fieldName];
  const argument = node.arguments?.find((a) => a.name.value === 'filter');
  const definition = field.args.find((a) => a.name === 'filter');
  if (!filters || !argument || !definition) return undefined;
  const filter = valueFromAST(argument.value, definition.type, variables) as
    | Record<string, unknown>
    | undefined;
  for (const name of Object.keys(filters)) {
    const slug = filter?.[name];
    // A slug past any real one's length names nothing; filed under the whole list instead,
    // so that a megabyte-long filter is never kept as an index key.
    if (typeof slug === 'string' && slug !== '' && slug.length <= maxNarrowingSlugLength)
      return { typename: narrowedTypename(fieldName, name), id: slug };
  }
  return undefined;
}

/** The root fields of a query, by response key, with what their answer says about lists. */
function rootFieldsOf(
  operation: OperationDefinitionNode,
  document: DocumentNode,
  schema: GraphQLSchema,
  variables: Record<string, unknown>,
): RootField[] {
  const queryFields = schema.getQueryType()?.getFields() ?? {};
  const fragments = new Map<string, SelectionSetNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition.selectionSet);
  const fields: RootField[] = [];
  const visited = new Set<string>();
  const visit = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (fragment && !visited.has(name)) {
          visited.add(name);
          visit(fragment);
        }
      } else {
        const field = queryFields[selection.name.value];
        if (!field) continue; // __typename, __schema
        const type = getNullableType(field.type);
        const entity = hasId(getNamedType(type));
        const kind = !entity ? 'list' : isListType(type) ? 'nodeList' : 'lookup';
        const narrowedTo =
          kind === 'list'
            ? narrowingOf(selection.name.value, selection, field, variables)
            : undefined;
        fields.push({
          responseKey: selection.alias?.value ?? selection.name.value,
          fieldName: selection.name.value,
          kind,
          ...(narrowedTo ? { narrowedTo } : {}),
        });
      }
    }
  };
  visit(operation.selectionSet);
  return fields;
}

/** Connections and other answers without an ID, look-ups that found nothing. */
function listEntitiesOf(rootFields: RootField[], data: Record<string, unknown>): CacheEntity[] {
  const lists: CacheEntity[] = [];
  for (const { responseKey, fieldName, kind, narrowedTo } of rootFields) {
    const value = data[responseKey];
    const missing =
      value == null || (kind === 'nodeList' && Array.isArray(value) && value.includes(null));
    if (narrowedTo && value != null) lists.push(narrowedTo);
    else if (kind === 'list' || missing) lists.push({ typename: `Query.${fieldName}` });
  }
  return lists;
}

function hasId(type: GraphQLNamedType): boolean {
  return (
    (isObjectType(type) || isAbstractType(type)) &&
    ('getFields' in type ? 'id' in type.getFields() : true)
  );
}

/**
 * Which `Query.<field>` lists an entity of each type may appear in: a connection by the type
 * of its `nodes`, a list or look-up by its own type (Node: every type). Root fields of no
 * entity type (`always`) are invalidated by every change.
 */
function listFieldsByType(schema: GraphQLSchema): {
  byType: Map<string, string[]>;
  always: string[];
} {
  const byType = new Map<string, string[]>();
  const always: string[] = [];
  const objectTypes = Object.values(schema.getTypeMap()).filter(isObjectType);
  for (const [name, field] of Object.entries(schema.getQueryType()?.getFields() ?? {})) {
    let item = getNamedType(field.type);
    const nodes = isObjectType(item) ? item.getFields().nodes : undefined;
    if (nodes && !hasId(item)) item = getNamedType(nodes.type);
    const types = isAbstractType(item)
      ? objectTypes.filter((type) => schema.isSubType(item as never, type)).map((type) => type.name)
      : isObjectType(item) && hasId(item)
        ? [item.name]
        : [];
    if (types.length === 0) always.push(`Query.${name}`);
    for (const type of types) byType.set(type, [...(byType.get(type) ?? []), `Query.${name}`]);
  }
  return { byType, always };
}
