// The one Pothos SchemaBuilder: Prisma types, scalars and the request context are its
// generics, and every plugin is switched on here.
import SchemaBuilder from '@pothos/core';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import type { ApiKeyScope } from './db/apiKeyStore.js';
import type { PrismaClient } from './db/client.js';
import type PrismaTypes from './generated/pothos-types.js';
import { getDatamodel } from './generated/pothos-types.js';
import type { Ingestor } from './ingest/ingest.js';
import type { ResponseCacheInvalidation } from './responseCache/index.js';
import { decodeGlobalId, encodeGlobalId, invalidInput } from './schema/globalId.js';
import { defaultPageSize, maxPageSize } from './schema/pagination.js';

export interface Context {
  prisma: PrismaClient;
  ingestor: Ingestor;
  /** The scope of the request's API key (Authorization: Bearer), or null; looked up once. */
  apiKeyScope: () => Promise<ApiKeyScope | null>;
  /** What a write must tell the response cache (server/responseCache). */
  responseCache: ResponseCacheInvalidation;
}

type DecodedId = { typename: string; id: string };

/** A well-formed ID of a type Khabar does not have resolves to null, like a missing row. */
const isKnownType = (id: DecodedId): boolean => builder.configStore.hasConfig(id.typename);

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: { list: false; items: false };
  DefaultNodeNullability: false;
  Scalars: {
    ID: { Input: string; Output: string | number };
    /** A calendar day, YYYY-MM-DD. */
    Date: { Input: Date; Output: Date };
    /** An exact decimal number, as a string. */
    Decimal: { Input: string; Output: string | { toFixed(): string } };
  };
}>({
  plugins: [RelayPlugin, PrismaPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    encodeGlobalID: encodeGlobalId,
    decodeGlobalID: decodeGlobalId,
    nodeQueryOptions: {
      description: 'Fetches any object by its global ID. Null when no object has that ID.',
      args: { id: { description: 'A global ID, as returned by any `id` field.' } },
      resolve: (_root, { id }, _ctx, _info, resolveNode) =>
        isKnownType(id) ? resolveNode(id) : null,
    },
    nodesQueryOptions: {
      description:
        'Fetches objects by their global IDs, in the same order; null for an unknown ID.',
      args: { ids: { description: 'Global IDs, as returned by any `id` field (at most 100).' } },
      resolve: async (_root, args, _ctx, _info, resolveNodes): Promise<unknown[]> => {
        const ids = args.ids;
        if (ids.length > maxPageSize) {
          throw invalidInput(`"ids" takes at most ${maxPageSize} IDs, got ${ids.length}`, {
            argumentName: 'ids',
          });
        }
        // The relay plugin's resolveNodes ignores its argument and reads args.ids.
        args.ids = ids.filter(isKnownType);
        const found = await resolveNodes(args.ids);
        return ids.map((id) => (isKnownType(id) ? found.shift() : null));
      },
    },
    nodeTypeOptions: { description: 'An object with a stable, opaque global ID.' },
    pageInfoTypeOptions: {
      description:
        'Where a page of a connection sits: cursors at its ends and whether more pages exist.',
    },
    pageInfoFieldOptions: { description: 'Where this page sits in the whole list.' },
    hasNextPageFieldOptions: { description: 'True when more items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'True when items precede this page.' },
    startCursorFieldOptions: { description: 'The cursor of the first item of this page.' },
    endCursorFieldOptions: {
      description:
        'The cursor of the last item of this page; pass it as `after` for the next page.',
    },
    cursorFieldOptions: { description: 'An opaque cursor for this item, for `after`/`before`.' },
    defaultConnectionTypeOptions: {
      description: 'A page of a list (a Relay cursor connection), with the total count.',
    },
    defaultEdgeTypeOptions: { description: 'One item of a page, with its cursor.' },
    firstArgOptions: { description: 'Returns the first n items after `after` (1 to 100).' },
    lastArgOptions: { description: 'Returns the last n items before `before` (1 to 100).' },
    afterArgOptions: { description: 'Returns the items after this cursor.' },
    beforeArgOptions: { description: 'Returns the items before this cursor.' },
    edgesFieldOptions: {
      nullable: { list: false, items: false },
      description: 'The items of this page, each with its cursor.',
    },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    nodesOnConnection: { description: 'The items of this page (the edges without cursors).' },
    idFieldOptions: {
      description: 'The global ID of the object (opaque; use it with Query.node).',
    },
  },
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    filterConnectionTotalCount: true,
    onUnusedQuery: null,
    // The fallbacks; every connection passes pageOptions, which also validate first/last.
    maxConnectionSize: maxPageSize,
    defaultConnectionSize: defaultPageSize,
  },
});
